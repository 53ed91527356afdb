import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ASSIGNMENT_ORIGINS,
  ASSIGNMENT_STATES,
  BID_LEVELS,
  MATCHING_OBJECTIVES,
  MATCHING_PHASES,
  MATCHING_RUN_STATES,
  REVIEWER_KINDS,
  type AssignmentOrigin,
  type AssignmentState,
  type BidLevel,
  type MatchingObjective,
  type MatchingRunPhase,
  type MatchingRunState,
  type ReviewerKind,
} from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';
import { Submission } from '../../submissions/models/submission.model';
import { User } from '../../users/models/user.model';

export const ReviewerKindEnum = enumFromValues(REVIEWER_KINDS);
registerEnumType(ReviewerKindEnum, { name: 'ReviewerKind', description: 'Expert reviewers and members of affected communities.' });

export const BidLevelEnum = enumFromValues(BID_LEVELS);
registerEnumType(BidLevelEnum, { name: 'BidLevel', description: 'How much a reviewer wants to review a statement.' });

export const AssignmentStateEnum = enumFromValues(ASSIGNMENT_STATES);
registerEnumType(AssignmentStateEnum, { name: 'AssignmentState', description: 'Assigned (waiting for an answer), accepted or declined.' });

export const AssignmentOriginEnum = enumFromValues(ASSIGNMENT_ORIGINS);
registerEnumType(AssignmentOriginEnum, { name: 'AssignmentOrigin' });

export const MatchingObjectiveEnum = enumFromValues(MATCHING_OBJECTIVES);
registerEnumType(MatchingObjectiveEnum, {
  name: 'MatchingObjective',
  description: 'total: best total affinity and bids; fair: the best lowest statement first.',
});

export const MatchingRunStateEnum = enumFromValues(MATCHING_RUN_STATES);
registerEnumType(MatchingRunStateEnum, { name: 'MatchingRunState' });

export const MatchingPhaseEnum = enumFromValues(MATCHING_PHASES);
registerEnumType(MatchingPhaseEnum, { name: 'MatchingPhase' });

const PROPOSAL_ORIGINS = ['optimised', 'forced', 'kept', 'chair'] as const;
export type ProposalOrigin = (typeof PROPOSAL_ORIGINS)[number];
export const ProposalOriginEnum = enumFromValues(PROPOSAL_ORIGINS);
registerEnumType(ProposalOriginEnum, {
  name: 'ProposalOrigin',
  description: 'optimised by the matcher, forced by a chair’s rule, kept (already committed), or added by hand in this proposal.',
});

@ObjectType({ description: 'Reviewers by kind.' })
export class KindCounts {
  @Field(() => Int)
  expert: number;

  @Field(() => Int)
  community: number;
}

@ObjectType({ description: 'One bar of a histogram.' })
export class HistogramBin {
  @Field()
  label: string;

  @Field(() => Float)
  from: number;

  @Field(() => Float)
  to: number;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class PhaseSeconds {
  @Field(() => MatchingPhaseEnum)
  phase: MatchingRunPhase;

  @Field(() => Float)
  seconds: number;
}

@ObjectType({ description: 'A slot the proposal leaves open, with the constraint that binds it.' })
export class UncoveredSlot {
  @Field(() => Submission, { nullable: true, description: 'Null when you may not see the statement.' })
  submission: Submission | null;

  @Field(() => ReviewerKindEnum)
  kind: ReviewerKind;

  @Field(() => Int)
  missing: number;

  @Field()
  explanation: string;
}

@ObjectType({ description: 'What a finished matcher run found.' })
export class MatchingResult {
  @Field({ description: 'optimal, feasible, infeasible (best partial proposal) or institution-rule-unresolved.' })
  status: string;

  @Field(() => Float, { description: 'Sum of the pair scores (affinity plus bids).' })
  objective: number;

  @Field(() => Float, { description: 'Lowest total score of a statement with demand.' })
  minStatementScore: number;

  @Field(() => Int)
  statements: number;

  @Field(() => Int)
  reviewers: number;

  @Field(() => Int, { description: 'New pairs the proposal adds.' })
  proposed: number;

  @Field(() => Int, { description: 'Committed assignments the run kept.' })
  kept: number;

  @Field(() => Int)
  uncoveredStatements: number;

  @Field(() => String, { nullable: true, description: 'Why not every slot is filled, in plain words; null when all are.' })
  diagnosis: string | null;

  @Field(() => [String])
  inputProblems: string[];

  @Field(() => Int, { description: 'Conflicts the matcher found (same institution within 3 years, shared publication).' })
  detectedConflicts: number;

  @Field(() => Int)
  candidatePairs: number;

  @Field(() => [HistogramBin], { description: 'How many reviewers get 0, 1, 2, ... statements.' })
  loadHistogram: HistogramBin[];

  @Field(() => [HistogramBin], { description: 'Statements by their total score.' })
  scoreHistogram: HistogramBin[];

  @Field(() => [PhaseSeconds])
  phaseSeconds: PhaseSeconds[];
}

@ObjectType({ description: 'A run of the matcher at a venue: a job with progress, then a proposal until committed.' })
export class MatchingRun {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  venueId: string;

  @Field(() => MatchingRunStateEnum)
  state: MatchingRunState;

  @Field(() => MatchingPhaseEnum)
  phase: MatchingRunPhase;

  @Field({ description: 'The phase in words.' })
  phaseLabel: string;

  @Field(() => Int, { description: '0 to 100.' })
  percent: number;

  @Field(() => MatchingObjectiveEnum)
  objective: MatchingObjective;

  @Field()
  cancelRequested: boolean;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  committedAt: Date | null;

  @Field(() => MatchingResult, { nullable: true })
  result: MatchingResult | null;

  startedById: string;
  uncoveredRows: { statementId: string; kind: ReviewerKind; missing: number; explanation: string }[];
}

@ObjectType({ description: 'One reviewer of a statement in a proposal, with why.' })
export class ProposedReviewer {
  @Field(() => User)
  reviewer: User;

  @Field(() => ReviewerKindEnum)
  kind: ReviewerKind;

  @Field(() => Float)
  score: number;

  @Field(() => ProposalOriginEnum)
  origin: ProposalOrigin;

  @Field(() => [String], { description: 'Words of the statement that matched the reviewer’s profile.' })
  terms: string[];

  @Field(() => [String], { description: 'Areas the statement and the reviewer share.' })
  areas: string[];

  @Field(() => BidLevelEnum, { nullable: true })
  bid: BidLevel | null;
}

@ObjectType({ description: 'A statement in a proposal: what its tier asks for and who the proposal gives it.' })
export class StatementProposal {
  @Field(() => Submission)
  submission: Submission;

  @Field(() => KindCounts)
  demand: KindCounts;

  @Field(() => KindCounts, { description: 'Reviewers still missing by kind.' })
  missing: KindCounts;

  @Field(() => [ProposedReviewer])
  reviewers: ProposedReviewer[];
}

@ObjectType()
export class ProposalPage {
  @Field(() => [StatementProposal])
  statements: StatementProposal[];

  @Field(() => ID, { nullable: true, description: 'Pass as `after` for the next page; null at the end.' })
  nextAfter: string | null;
}

@ObjectType({ description: 'A hand edit of a proposal: made, with what the chair should know.' })
export class ProposalEditResult {
  @Field(() => [String], { description: 'Overloads and missing kinds, naming the person and the statement.' })
  warnings: string[];

  @Field(() => StatementProposal)
  statement: StatementProposal;
}

@ObjectType()
export class CommitResult {
  @Field(() => MatchingRun)
  run: MatchingRun;

  @Field(() => Int, { description: 'Assignments made (reviewers told).' })
  committed: number;

  @Field(() => Int, { description: 'Pairs left out: conflicted since the run, or already assigned.' })
  skipped: number;
}

@ObjectType({ description: 'A reviewer’s assignment to a statement.' })
export class ReviewerAssignment {
  @Field(() => ID)
  id: string;

  @Field(() => ReviewerKindEnum)
  kind: ReviewerKind;

  @Field(() => AssignmentStateEnum)
  state: AssignmentState;

  @Field(() => AssignmentOriginEnum)
  origin: AssignmentOrigin;

  @Field(() => Float)
  score: number;

  @Field(() => [String])
  terms: string[];

  @Field(() => [String])
  areas: string[];

  @Field(() => BidLevelEnum, { nullable: true })
  bid: BidLevel | null;

  @Field(() => GraphQLISODateTime)
  assignedAt: Date;

  @Field(() => GraphQLISODateTime)
  dueAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt: Date | null;

  @Field({ description: 'The reviewer’s reason for declining; empty otherwise.' })
  declineReason: string;

  reviewerId: string;
  submissionId: string;
  venueId: string;
}

@ObjectType({ description: 'A reviewer who could take an open slot.' })
export class Replacement {
  @Field(() => User)
  reviewer: User;

  @Field(() => Float)
  affinity: number;

  @Field(() => Int)
  load: number;

  @Field(() => Int)
  maxLoad: number;
}

@ObjectType({ description: 'A reviewer of the venue a chair can put on a statement by hand.' })
export class ReviewerChoice {
  @Field(() => User)
  reviewer: User;

  @Field(() => ReviewerKindEnum)
  kind: ReviewerKind;
}

@ObjectType({ description: 'A statement on a reviewer’s bidding page.' })
export class BiddingItem {
  @Field(() => Submission)
  submission: Submission;

  @Field(() => Float)
  affinity: number;

  @Field(() => [String], { description: 'Words of the statement that matched your profile, strongest first.' })
  terms: string[];

  @Field(() => [String], { description: 'Your areas the statement speaks to.' })
  areas: string[];

  @Field(() => BidLevelEnum, { nullable: true, description: 'Your bid; null for none yet.' })
  bid: BidLevel | null;
}

@ObjectType()
export class BiddingPage {
  @Field(() => [BiddingItem])
  items: BiddingItem[];

  @Field(() => Int)
  total: number;
}

@ObjectType()
export class Bid {
  @Field(() => ID)
  submissionId: string;

  @Field(() => BidLevelEnum)
  level: BidLevel;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType({ description: 'How far one reviewer got with bidding.' })
export class BiddingProgress {
  @Field(() => User)
  reviewer: User;

  @Field(() => ReviewerKindEnum)
  kind: ReviewerKind;

  @Field(() => Int)
  bids: number;

  @Field(() => Int)
  veryHigh: number;

  @Field(() => Int)
  high: number;

  @Field(() => Int)
  neutral: number;

  @Field(() => Int)
  low: number;

  @Field(() => Int)
  veryLow: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastBidAt: Date | null;
}

@ObjectType({ description: 'A page of the reviewers’ bidding progress with the venue’s totals.' })
export class BiddingProgressPage {
  @Field(() => Int, { description: 'Reviewers of the venue.' })
  total: number;

  @Field(() => Int, { description: 'Reviewers who placed at least one bid.' })
  reviewersWithBids: number;

  @Field(() => Int, { description: 'Bids placed (on statements you may see).' })
  bids: number;

  @Field(() => [BiddingProgress], { description: 'This page, fewest bids first.' })
  rows: BiddingProgress[];
}

@ObjectType({ description: 'A statement the signed-in reviewer is asked to review.' })
export class MyAssignment {
  @Field(() => ReviewerAssignment)
  assignment: ReviewerAssignment;

  @Field(() => Submission, { nullable: true, description: 'Null once declined or conflicted.' })
  submission: Submission | null;

  @Field({ description: 'The statement’s title (kept after a decline).' })
  title: string;
}
