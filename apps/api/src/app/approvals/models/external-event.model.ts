import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ApprovalState } from '@impact-review/domain';
import { Submission } from '../../submissions/models/submission.model';
import { ApprovalStateEnum } from './approval.model';

@ObjectType({ description: 'An artifact released when an external event happens.' })
export class EventedArtifact {
  @Field()
  artifactName: string;

  @Field({ description: 'The event its release waits for, in the authors’ words.' })
  releaseEvent: string;
}

@ObjectType({ description: 'An approval whose plan waits for an external event (evented release).' })
export class EventedApproval {
  @Field(() => ID)
  approvalId: string;

  @Field(() => Submission)
  submission: Submission;

  @Field(() => ApprovalStateEnum)
  state: ApprovalState;

  @Field()
  stateLabel: string;

  @Field(() => [EventedArtifact])
  events: EventedArtifact[];
}

@ObjectType({ description: 'An approval an external event did not re-open, and why.' })
export class SkippedApproval {
  @Field(() => ID)
  approvalId: string;

  @Field()
  reason: string;
}

@ObjectType({ description: 'What recording an external event did.' })
export class ExternalEventResult {
  @Field(() => [ID], { description: 'The approvals now under re-evaluation.' })
  opened: string[];

  @Field(() => [SkippedApproval])
  skipped: SkippedApproval[];
}
