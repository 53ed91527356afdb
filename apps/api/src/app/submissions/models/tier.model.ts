import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type { StatementSection, Tier, TierDriver, TierSuggestion } from '@impact-review/domain';
import { StatementSectionEnum, TierEnum } from './statement-enums';

@ObjectType('TierDriver', { description: 'One answer that moved the suggested tier, and why.' })
export class TierDriverModel implements TierDriver {
  @Field({ description: 'Content path of the answer, e.g. hazards.0.severity.' })
  path: string;

  @Field(() => StatementSectionEnum)
  section: StatementSection;

  @Field()
  answer: string;

  @Field(() => Int)
  points: number;

  @Field(() => TierEnum, { nullable: true, description: 'A tier this answer forces at least.' })
  floor: Tier | null;

  @Field()
  reason: string;
}

@ObjectType('TierSuggestion', { description: "The rubric's suggested tier and the answers that drove it." })
export class TierSuggestionModel implements TierSuggestion {
  @Field(() => TierEnum)
  tier: Tier;

  @Field(() => Int)
  score: number;

  @Field(() => [TierDriverModel])
  drivers: TierDriverModel[];
}

@ObjectType('TierDecision', { description: "A chair's confirmation or override of the suggested tier." })
export class TierDecisionModel {
  @Field(() => TierEnum)
  tier: Tier;

  @Field(() => TierEnum, { description: 'What the rubric suggested when the chair decided.' })
  suggestedTier: Tier;

  @Field()
  reason: string;

  @Field(() => GraphQLISODateTime)
  decidedAt: Date;

  @Field(() => Int, { description: 'The statement version the decision was made on.' })
  forVersion: number;

  /** Resolved to decidedBy by TierDecisionResolver. */
  decidedById: string;

  /** For the email visibility of decidedBy. */
  venueId: string;
}
