import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Months an approval holds, by the tier it was decided in (null: it does not expire).' })
export class ApprovalPeriods {
  @Field(() => Int, { nullable: true })
  exempt: number | null;

  @Field(() => Int, { nullable: true })
  expedited: number | null;

  @Field(() => Int, { nullable: true })
  full: number | null;
}

@ObjectType('ContinuingReviewPolicy', {
  description: "A venue's continuing-review policy: how long approvals hold, and when their holders are reminded.",
})
export class ContinuingReviewPolicyModel {
  @Field(() => ApprovalPeriods)
  periodMonths: ApprovalPeriods;

  @Field(() => [Int], { description: 'Days before expiry on which the authors and chairs are reminded, largest first; the re-evaluation opens with the first.' })
  reminderDays: readonly number[];
}
