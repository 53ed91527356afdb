import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class ApprovalPeriodsInput {
  @Field(() => Int, { nullable: true })
  exempt: number | null;

  @Field(() => Int, { nullable: true })
  expedited: number | null;

  @Field(() => Int, { nullable: true })
  full: number | null;
}

@InputType()
export class ContinuingReviewPolicyInput {
  @Field(() => ApprovalPeriodsInput)
  periodMonths: ApprovalPeriodsInput;

  @Field(() => [Int])
  reminderDays: number[];
}
