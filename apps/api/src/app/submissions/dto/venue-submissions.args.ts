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
    description: 'The tier in force (Submission.tier): the standing decision, else the latest suggestion.',
  })
  tier?: Tier | null;

  @Field(() => TierStatusEnum, { nullable: true })
  tierStatus?: TierStatus | null;

  @Field(() => SubmissionPhaseEnum, {
    nullable: true,
    description: 'submitted or revising (chairs never see drafts: draft matches nothing).',
  })
  phase?: SubmissionPhase | null;

  @Field(() => String, {
    nullable: true,
    description: "Text in the submitted version's title or its authors' names; case and accents are ignored.",
  })
  search?: string | null;
}

@InputType()
export class SubmissionSort {
  @Field(() => SubmissionSortFieldEnum)
  field: SubmissionSortField;

  @Field(() => SortDirectionEnum)
  direction: SortDirection;
}
