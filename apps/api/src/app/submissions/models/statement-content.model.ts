import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type {
  AccessRatchetStage,
  Artifact,
  ArtifactKind,
  ContentLevel,
  Hazard,
  HazardKind,
  ImpactStatementContent,
  IndirectHarm,
  IndirectHarmKind,
  Mitigation,
  MitigationChallenge,
  MitigationChallengeKind,
  MitigationKind,
  PathToHarmFactor,
  PathToHarmRating,
  PowerLevel,
  Rating,
  ReleaseDistribution,
  ReleasePlanItem,
  ReleaseStagePlan,
  ReleaseTiming,
  Severity,
} from '@impact-review/domain';
import {
  AccessRatchetStageEnum,
  ArtifactKindEnum,
  ContentLevelEnum,
  HazardKindEnum,
  IndirectHarmKindEnum,
  MitigationChallengeKindEnum,
  MitigationKindEnum,
  PathToHarmFactorEnum,
  PowerLevelEnum,
  RatingEnum,
  ReleaseDistributionEnum,
  ReleaseTimingEnum,
  SeverityEnum,
} from './statement-enums';

// The statement content is both read and written with the same shape, so each class is decorated
// as an output type (`Hazard`) and as an input type (`HazardInput`). `implements` keeps every
// class field-for-field in step with libs/domain.

@ObjectType('Artifact', { description: 'A thing the submission might release.' })
@InputType('ArtifactInput')
export class ArtifactModel implements Artifact {
  @Field({ description: 'Stable within the submission; release plans refer to it.' })
  key: string;

  @Field(() => ArtifactKindEnum)
  kind: ArtifactKind;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => PowerLevelEnum)
  powerLevel: PowerLevel;
}

@ObjectType('Hazard', { description: 'A product, data or attention hazard the work creates.' })
@InputType('HazardInput')
export class HazardModel implements Hazard {
  @Field(() => HazardKindEnum)
  kind: HazardKind;

  @Field()
  description: string;

  @Field(() => SeverityEnum, { nullable: true, description: 'null: not yet rated (blocks submission).' })
  severity: Severity | null;
}

@ObjectType('PathToHarmRating', {
  description: 'One factor of the path to harm, rated and justified.',
})
@InputType('PathToHarmRatingInput')
export class PathToHarmRatingModel implements PathToHarmRating {
  @Field(() => PathToHarmFactorEnum)
  factor: PathToHarmFactor;

  @Field(() => RatingEnum, { nullable: true, description: 'null: not yet rated (blocks submission).' })
  rating: Rating | null;

  @Field()
  justification: string;
}

@ObjectType('IndirectHarm', { description: 'An indirect harm; answered for every kind.' })
@InputType('IndirectHarmInput')
export class IndirectHarmModel implements IndirectHarm {
  @Field(() => IndirectHarmKindEnum)
  kind: IndirectHarmKind;

  @Field(() => Boolean, { nullable: true, description: 'null: not answered yet (blocks submission).' })
  applies: boolean | null;

  @Field()
  description: string;
}

@ObjectType('MitigationChallenge', { description: 'Why mitigation may be hard; answered for every kind.' })
@InputType('MitigationChallengeInput')
export class MitigationChallengeModel implements MitigationChallenge {
  @Field(() => MitigationChallengeKindEnum)
  kind: MitigationChallengeKind;

  @Field(() => Boolean, { nullable: true, description: 'null: not answered yet (blocks submission).' })
  applies: boolean | null;

  @Field()
  description: string;
}

@ObjectType('Mitigation', { description: 'A measure that reduces the risk of misuse.' })
@InputType('MitigationInput')
export class MitigationModel implements Mitigation {
  @Field(() => MitigationKindEnum)
  kind: MitigationKind;

  @Field()
  description: string;
}

@ObjectType('ReleaseStagePlan', { description: 'One step of a staged release.' })
@InputType('ReleaseStagePlanInput')
export class ReleaseStagePlanModel implements ReleaseStagePlan {
  @Field()
  description: string;

  @Field(() => String, {
    nullable: true,
    description: "'YYYY-MM-DD', or null when a trigger opens the stage.",
  })
  opensOn: string | null;

  @Field()
  trigger: string;
}

@ObjectType('ReleasePlanItem', {
  description: 'For one artifact: content level x timing x distribution.',
})
@InputType('ReleasePlanItemInput')
export class ReleasePlanItemModel implements ReleasePlanItem {
  @Field()
  artifactKey: string;

  @Field(() => ContentLevelEnum)
  contentLevel: ContentLevel;

  @Field(() => ReleaseTimingEnum)
  timing: ReleaseTiming;

  @Field(() => ReleaseDistributionEnum)
  distribution: ReleaseDistribution;

  @Field(() => String, { nullable: true, description: "timed: 'YYYY-MM-DD' the embargo lifts." })
  embargoUntil: string | null;

  @Field(() => Int, { nullable: true, description: 'periodic_evaluation: months between re-assessments.' })
  reviewEveryMonths: number | null;

  @Field({ description: 'evented: the external event that releases the artifact.' })
  releaseEvent: string;

  @Field(() => [ReleaseStagePlanModel])
  stages: ReleaseStagePlanModel[];

  @Field()
  accessConditions: string;
}

@ObjectType('StatementContent', { description: "The authors' structured impact analysis." })
@InputType('StatementContentInput')
export class StatementContentModel implements ImpactStatementContent {
  @Field()
  summary: string;

  @Field(() => [HazardModel])
  hazards: HazardModel[];

  @Field(() => [PathToHarmRatingModel])
  pathToHarm: PathToHarmRatingModel[];

  @Field(() => AccessRatchetStageEnum, { nullable: true })
  accessRatchetStage: AccessRatchetStage | null;

  @Field()
  accessRatchetJustification: string;

  @Field(() => [IndirectHarmModel])
  indirectHarms: IndirectHarmModel[];

  @Field(() => [MitigationChallengeModel])
  mitigationChallenges: MitigationChallengeModel[];

  @Field()
  benefits: string;

  @Field(() => [String])
  affectedGroups: string[];

  @Field(() => [MitigationModel])
  mitigations: MitigationModel[];

  @Field(() => [ReleasePlanItemModel])
  releasePlan: ReleasePlanItemModel[];
}
