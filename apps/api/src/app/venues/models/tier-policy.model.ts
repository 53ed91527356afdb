import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DISAPPROVAL_RULES, type DisapprovalRule } from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';

export const DisapprovalRuleEnum = enumFromValues(DISAPPROVAL_RULES);
registerEnumType(DisapprovalRuleEnum, {
  name: 'DisapprovalRule',
  description: 'What a review of a tier may do with a disapproval: decide it, or refer the statement to full review.',
});

@ObjectType({ description: 'What a statement of one tier needs: its reviewers by kind, their time, and what they may decide.' })
export class TierRequirement {
  @Field({ description: 'A chair checks the statement (the whole review for exempt work).' })
  chairCheck: boolean;

  @Field(() => Int)
  expertReviewers: number;

  @Field(() => Int)
  communityReviewers: number;

  @Field(() => Int, { description: 'Days the reviewers have, from their assignment.' })
  reviewDays: number;

  @Field(() => DisapprovalRuleEnum)
  disapproval: DisapprovalRule;
}

@ObjectType('TierPolicy', { description: "A venue's tier policy: what each review tier needs." })
export class TierPolicyModel {
  @Field(() => TierRequirement)
  exempt: TierRequirement;

  @Field(() => TierRequirement)
  expedited: TierRequirement;

  @Field(() => TierRequirement)
  full: TierRequirement;
}

@ObjectType({ description: 'An expertise area of the venue, with its sub-areas.' })
export class TaxonomyArea {
  @Field()
  label: string;

  @Field(() => [String])
  subAreas: string[];
}

@ObjectType('VenueTaxonomy', { description: "The venue's expertise areas and the communities its reviewers represent." })
export class VenueTaxonomyModel {
  @Field(() => [TaxonomyArea])
  areas: TaxonomyArea[];

  @Field(() => [String], { description: 'e.g. "people who work as voice actors", "journalists and fact-checkers".' })
  communities: string[];
}
