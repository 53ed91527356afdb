import { Field, InputType, Int } from '@nestjs/graphql';
import type { DisapprovalRule } from '@impact-review/domain';
import { DisapprovalRuleEnum } from '../models/tier-policy.model';

@InputType()
export class TierRequirementInput {
  @Field()
  chairCheck: boolean;

  @Field(() => Int)
  expertReviewers: number;

  @Field(() => Int)
  communityReviewers: number;

  @Field(() => Int)
  reviewDays: number;

  @Field(() => DisapprovalRuleEnum)
  disapproval: DisapprovalRule;
}

@InputType()
export class TierPolicyInput {
  @Field(() => TierRequirementInput)
  exempt: TierRequirementInput;

  @Field(() => TierRequirementInput)
  expedited: TierRequirementInput;

  @Field(() => TierRequirementInput)
  full: TierRequirementInput;
}

@InputType()
export class TaxonomyAreaInput {
  @Field()
  label: string;

  @Field(() => [String], { defaultValue: [] })
  subAreas: string[];
}

@InputType()
export class VenueTaxonomyInput {
  @Field(() => [TaxonomyAreaInput])
  areas: TaxonomyAreaInput[];

  @Field(() => [String])
  communities: string[];
}
