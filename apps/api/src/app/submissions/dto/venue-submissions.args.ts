import { Field, InputType } from '@nestjs/graphql';
import type { SubmissionPhase, Tier } from '@impact-review/domain';
import type { SortDirection, SubmissionSortField, TierStatus } from '@impact-review/domain';
import {
  SortDirectionEnum,
  SubmissionPhaseEnum,
  SubmissionSortFieldEnum,
  TierEnum,
  TierStatusEnum,
} from '../models/statement-enums';

@InputType()
export class VenueSubmissionsFilter {
  @Field(() => TierEnum, {
    nullable: true,
    description: 'The tier the submission is handled under (decision, else suggestion).',
  })
  tier?: Tier | null;

  @Field(() => TierStatusEnum, { nullable: true })
  tierStatus?: TierStatus | null;

  @Field(() => SubmissionPhaseEnum, { nullable: true })
  phase?: SubmissionPhase | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive text in the title.' })
  search?: string | null;
}

@InputType()
export class SubmissionSort {
  @Field(() => SubmissionSortFieldEnum)
  field: SubmissionSortField;

  @Field(() => SortDirectionEnum)
  direction: SortDirection;
}
