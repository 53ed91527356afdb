import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { compareReleasePlans, DECISION_OUTCOMES, RELEASE_PLAN_PART_LABELS, type DecisionOutcome, type ReleasePlanItem, type Tier } from '@impact-review/domain';
import { KindCounts } from '../../assignment/models/assignment.model';
import { enumFromValues } from '../../common/graphql/enum-from-values';
import { ReleasePlanItemModel } from '../../submissions/models/statement-content.model';
import { TierEnum } from '../../submissions/models/statement-enums';
import { Submission } from '../../submissions/models/submission.model';
import { User } from '../../users/models/user.model';

export const DecisionOutcomeEnum = enumFromValues(DECISION_OUTCOMES);
registerEnumType(DecisionOutcomeEnum, {
  name: 'DecisionOutcome',
  description: 'Exempt, approved, approved with conditions, revise and resubmit, not approved.',
});

@ObjectType({ description: 'A condition of a decision.' })
export class DecidedCondition {
  @Field(() => String, { nullable: true, description: 'The library entry it started from.' })
  libraryId: string | null;

  @Field()
  text: string;

  @Field(() => String, { nullable: true, description: 'The artifact it is about (null: the whole work).' })
  artifactKey: string | null;

  @Field(() => String, { nullable: true })
  artifactName: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or null while the approval lasts.' })
  dueOn: string | null;
}

@ObjectType({ description: 'One artifact’s plan: the authors’ proposal beside the committee’s decision.' })
export class ReleasePlanChange {
  @Field()
  artifactKey: string;

  @Field()
  artifactName: string;

  @Field({ description: 'unchanged, changed, added (by the committee) or dropped.' })
  status: string;

  @Field(() => [String], { description: 'The parts that changed, in words (e.g. “Timing”).' })
  changedParts: string[];

  @Field(() => ReleasePlanItemModel, { nullable: true })
  proposed: ReleasePlanItemModel | null;

  @Field(() => ReleasePlanItemModel, { nullable: true })
  decided: ReleasePlanItemModel | null;
}

@ObjectType({ description: 'A decision letter.' })
export class DecisionLetter {
  @Field()
  subject: string;

  @Field()
  body: string;
}

@ObjectType({ description: 'The committee’s decision on a version of the statement.' })
export class Decision {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  forVersion: number;

  @Field(() => TierEnum)
  tier: Tier;

  @Field(() => DecisionOutcomeEnum)
  outcome: DecisionOutcome;

  @Field()
  outcomeLabel: string;

  @Field(() => [DecidedCondition])
  conditions: DecidedCondition[];

  @Field(() => [ReleasePlanItemModel], { description: 'The decided release plan (approvals).' })
  releasePlan: ReleasePlanItemModel[];

  @Field(() => [ReleasePlanChange], { description: 'The decided plan beside the authors’ proposal, artifact by artifact.' })
  releasePlanComparison: ReleasePlanChange[];

  @Field({ description: 'Why the committee decided without all the reviews its policy asks for (empty when it had them).' })
  withoutReviewsReason: string;

  @Field(() => KindCounts, { description: 'The submitted reviews the decision had.' })
  reviewsCounted: KindCounts;

  @Field(() => ID, { nullable: true, description: 'The meeting that decided it (full review).' })
  meetingId: string | null;

  @Field(() => GraphQLISODateTime)
  decidedAt: Date;

  @Field(() => User, { nullable: true })
  decidedBy: User | null;

  @Field({ description: 'Its letter went to the authors.' })
  sent: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentAt: Date | null;

  @Field(() => DecisionLetter, { nullable: true, description: 'The letter as sent (null before).' })
  letter: DecisionLetter | null;
}

@ObjectType({ description: 'What recording a decision did.' })
export class DecisionResult {
  @Field(() => Submission)
  submission: Submission;

  @Field({ description: 'An expedited disapproval: the statement went to full review instead.' })
  referredToFull: boolean;

  @Field(() => String, { nullable: true })
  referral: string | null;
}

@ObjectType({ description: 'A standard condition in the venue’s library.' })
export class ConditionLibraryEntryModel {
  @Field()
  id: string;

  @Field()
  text: string;

  @Field()
  needsArtifact: boolean;

  @Field()
  needsDueDate: boolean;
}

@ObjectType({ description: 'A decision letter template of the venue.' })
export class LetterTemplateModel {
  @Field(() => DecisionOutcomeEnum)
  outcome: DecisionOutcome;

  @Field()
  subject: string;

  @Field()
  body: string;

  @Field({ description: 'Changed by the chairs (else the default).' })
  custom: boolean;
}

@ObjectType({ description: 'A variable a letter template may use.' })
export class LetterVariableModel {
  @Field({ description: 'Written {{name}} in a template.' })
  name: string;

  @Field()
  description: string;
}

@ObjectType({ description: 'The venue’s standard conditions and letter templates (chairs).' })
export class DecisionSettings {
  @Field(() => [ConditionLibraryEntryModel])
  conditionLibrary: ConditionLibraryEntryModel[];

  @Field(() => [LetterTemplateModel])
  letterTemplates: LetterTemplateModel[];

  @Field(() => [LetterVariableModel])
  variables: LetterVariableModel[];

  @Field(() => Int, { description: 'Send it back when saving; 0 while nothing was changed.' })
  revision: number;
}

/** Two plans compared artifact by artifact, as the API shows it (decisions and amendments). */
export function toReleasePlanChanges(before: readonly ReleasePlanItem[], after: readonly ReleasePlanItem[], names: ReadonlyMap<string, string>): ReleasePlanChange[] {
  return compareReleasePlans(before, after).map((row) => ({
    artifactKey: row.artifactKey,
    artifactName: names.get(row.artifactKey) ?? row.artifactKey,
    status: row.status,
    changedParts: row.changed.map((part) => RELEASE_PLAN_PART_LABELS[part]),
    proposed: row.proposed as ReleasePlanChange['proposed'],
    decided: row.decided as ReleasePlanChange['decided'],
  }));
}
