import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ApprovalAction } from '@impact-review/domain';
import { ApprovalActionEnum } from '../models/approval.model';

@InputType({ description: 'A change to an approval by hand, at the revision the person loaded.' })
export class ChangeApprovalInput {
  @Field(() => ID)
  approvalId: string;

  @Field(() => ApprovalActionEnum)
  action: ApprovalAction;

  @Field({ defaultValue: '', description: 'Why (needed to open a re-evaluation, suspend, reinstate or terminate).' })
  reason: string;

  @Field(() => [String], { defaultValue: [], description: 'Suspension only: the artifacts whose release stops; none for the whole approval.' })
  artifactKeys: string[];

  @Field(() => Int)
  expectedRevision: number;
}
