import { Field, InputType } from '@nestjs/graphql';
import type { DecisionOutcome } from '@impact-review/domain';
import { ReleasePlanItemModel } from '../../submissions/models/statement-content.model';
import { DecisionOutcomeEnum } from '../models/decision.model';

@InputType()
export class DecidedConditionInput {
  @Field(() => String, { nullable: true })
  libraryId: string | null;

  @Field()
  text: string;

  @Field(() => String, { nullable: true })
  artifactKey: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dueOn: string | null;
}

@InputType()
export class DecisionInput {
  @Field(() => DecisionOutcomeEnum)
  outcome: DecisionOutcome;

  @Field(() => [DecidedConditionInput], { defaultValue: [] })
  conditions: DecidedConditionInput[];

  @Field(() => [ReleasePlanItemModel], { defaultValue: [], description: 'The decided plan per artifact (approvals).' })
  releasePlan: ReleasePlanItemModel[];

  @Field({ defaultValue: '', description: 'Why the committee decides without all the reviews its policy asks for.' })
  withoutReviewsReason: string;
}

@InputType()
export class LetterInput {
  @Field()
  subject: string;

  @Field()
  body: string;
}

@InputType()
export class ConditionLibraryEntryInput {
  @Field()
  id: string;

  @Field()
  text: string;

  @Field({ defaultValue: false })
  needsArtifact: boolean;

  @Field({ defaultValue: false })
  needsDueDate: boolean;
}
