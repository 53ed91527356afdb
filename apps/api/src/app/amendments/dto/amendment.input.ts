import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { AmendmentDecision } from '@impact-review/domain';
import { ArtifactModel, ReleasePlanItemModel } from '../../submissions/models/statement-content.model';
import { AmendmentDecisionEnum } from '../models/amendment.model';

@InputType({ description: 'The authors’ request to change an approved release plan: the whole plan as they want it, the artifacts it adds, and why.' })
export class AmendmentRequestInput {
  @Field(() => ID)
  approvalId: string;

  @Field()
  reason: string;

  @Field(() => [ReleasePlanItemModel], { description: 'The plan from now on, one item per artifact (the approved ones and the new).' })
  releasePlan: ReleasePlanItemModel[];

  @Field(() => [ArtifactModel], { defaultValue: [], description: 'Artifacts the amendment adds (each needs its plan item).' })
  newArtifacts: ArtifactModel[];
}

@InputType()
export class AmendmentRecommendationInput {
  @Field(() => ID)
  amendmentId: string;

  @Field(() => AmendmentDecisionEnum)
  decision: AmendmentDecision;

  @Field()
  comment: string;
}

@InputType({ description: 'A chair’s decision on an amendment, at the amendment and approval revisions loaded.' })
export class AmendmentDecisionInput {
  @Field(() => ID)
  amendmentId: string;

  @Field(() => AmendmentDecisionEnum)
  decision: AmendmentDecision;

  @Field({ defaultValue: '', description: 'Why (needed to decline; sent to the authors).' })
  reason: string;

  @Field(() => Int)
  expectedRevision: number;

  @Field(() => Int)
  approvalRevision: number;
}
