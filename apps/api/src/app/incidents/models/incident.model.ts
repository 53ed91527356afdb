import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  INCIDENT_STATES,
  TRIAGE_ACTIONS,
  type ApprovalState,
  type ContentLevel,
  type DecisionOutcome,
  type IncidentState,
  type ReleaseDistribution,
  type ReleaseTiming,
  type TriageAction,
} from '@impact-review/domain';
import { ApprovalStateEnum } from '../../approvals/models/approval.model';
import { enumFromValues } from '../../common/graphql/enum-from-values';
import { DecisionOutcomeEnum } from '../../decisions/models/decision.model';
import { ContentLevelEnum, ReleaseDistributionEnum, ReleaseTimingEnum } from '../../submissions/models/statement-enums';
import { Submission } from '../../submissions/models/submission.model';
import { User } from '../../users/models/user.model';

export const IncidentStateEnum = enumFromValues(INCIDENT_STATES);
registerEnumType(IncidentStateEnum, { name: 'IncidentState', description: 'Where an incident report stands.' });

export const TriageActionEnum = enumFromValues(TRIAGE_ACTIONS);
registerEnumType(TriageActionEnum, {
  name: 'TriageAction',
  description: 'What a chair does with a report: dismiss, ask the authors, open a re-evaluation, suspend at once, resolve.',
});

@ObjectType({ description: 'One artifact of a public approval’s release plan.' })
export class PublicReleaseItem {
  @Field()
  artifactName: string;

  @Field(() => ContentLevelEnum)
  contentLevel: ContentLevel;

  @Field(() => ReleaseTimingEnum)
  timing: ReleaseTiming;

  @Field(() => ReleaseDistributionEnum)
  distribution: ReleaseDistribution;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the embargo lifts.' })
  embargoUntil: string | null;

  @Field({ description: 'Its release is suspended now.' })
  suspended: boolean;
}

@ObjectType({ description: 'An approval as the public release registry shows it: no authors, no reviews, no conditions.' })
export class PublicApproval {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ID)
  venueId: string;

  @Field()
  venueName: string;

  @Field()
  venueShortName: string;

  @Field(() => DecisionOutcomeEnum)
  outcome: DecisionOutcome;

  @Field()
  outcomeLabel: string;

  @Field(() => ApprovalStateEnum)
  state: ApprovalState;

  @Field()
  stateLabel: string;

  @Field(() => GraphQLISODateTime)
  approvedAt: Date;

  @Field(() => [PublicReleaseItem])
  releasePlan: PublicReleaseItem[];
}

@ObjectType({ description: 'A report was taken: the confirmation link went to this address.' })
export class IncidentReportReceipt {
  @Field()
  email: string;

  @Field()
  message: string;
}

@ObjectType({ description: 'A confirmed report.' })
export class IncidentConfirmation {
  @Field({ description: 'The reference to quote, e.g. IR-64B7F0.' })
  reference: string;

  @Field({ description: 'What it is about, in words.' })
  about: string;
}

@ObjectType({ description: 'A chair’s step on a report.' })
export class IncidentTriageStep {
  @Field(() => TriageActionEnum)
  action: TriageAction;

  @Field()
  label: string;

  @Field()
  reason: string;

  @Field(() => User, { nullable: true })
  by: User | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType({ description: 'An incident report, as the venue’s chairs read it (confidential).' })
export class Incident {
  @Field(() => ID)
  id: string;

  @Field()
  reference: string;

  @Field(() => IncidentStateEnum)
  state: IncidentState;

  @Field()
  stateLabel: string;

  @Field(() => Submission, { nullable: true, description: 'The approved work it is about (null: the venue in general).' })
  submission: Submission | null;

  @Field(() => ID, { nullable: true })
  approvalId: string | null;

  @Field()
  whatHappened: string;

  @Field(() => [String])
  evidenceLinks: string[];

  @Field({ description: 'The reporter’s confirmed address (for the chairs only).' })
  reporterEmail: string;

  @Field({ description: 'The reporter agreed to be named to the authors.' })
  shareWithAuthors: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => [IncidentTriageStep])
  triage: IncidentTriageStep[];

  @Field(() => String, { nullable: true, description: 'The final answer the reporter got.' })
  answer: string | null;

  @Field(() => [TriageActionEnum], { description: 'What a chair may do with it now.' })
  availableActions: TriageAction[];

  @Field(() => Int)
  revision: number;
}
