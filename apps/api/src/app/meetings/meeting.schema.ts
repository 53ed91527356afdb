import { Schema, type Types } from 'mongoose';
import {
  AGENDA_ITEM_STATES,
  MEETING_STATES,
  MOTION_STATES,
  VOTE_CHOICES,
  type AgendaItemState,
  type MeetingState,
  type MotionState,
  type VoteChoice,
} from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

export interface MeetingMemberDocument {
  userId: string;
  /** Counts toward the community part of the quorum. */
  community: boolean;
  voting: boolean;
}

export interface AgendaItemDocument {
  submissionId: string;
  state: AgendaItemState;
  /** Members conflicted with the statement when the item was taken up: off the item, not counted. */
  recusedUserIds: string[];
  /** The outcome decided for it (a decision outcome), or null. */
  outcome: string | null;
}

export interface MeetingDocument {
  _id: Types.ObjectId;
  venueId: string;
  title: string;
  scheduledFor: Date;
  state: MeetingState;
  members: MeetingMemberDocument[];
  /** Members present (checked in or marked by a chair), and when each arrived (by user id). */
  presentIds: string[];
  joinedAt: Record<string, Date>;
  items: AgendaItemDocument[];
  currentSubmissionId: string | null;
  /** The motion open now (at most one): members vote on it. */
  openMotionId: string | null;
  requireCommunityMember: boolean;
  startedAt: Date | null;
  endedAt: Date | null;
  /** Generated when the meeting ends, and kept. */
  minutes: { title: string; sections: { heading: string; lines: string[] }[]; text: string } | null;
  createdById: string;
  revision: number;
}

/** A motion on an agenda item: a proposed decision members vote on. */
export interface MotionDocument {
  _id: Types.ObjectId;
  meetingId: string;
  venueId: string;
  submissionId: string;
  text: string;
  /** The decision it proposes (checked like any decision before it opens). */
  proposal: Record<string, unknown>;
  state: MotionState;
  proposedById: string;
  openedAt: Date;
  closedAt: Date | null;
  result: { passed: boolean; reason: string; for: number; against: number; abstain: number } | null;
}

/** One member's vote on a motion (changed while the motion is open; the last one counts). */
export interface VoteDocument {
  _id: Types.ObjectId;
  motionId: string;
  meetingId: string;
  userId: string;
  choice: VoteChoice;
  at: Date;
}

export const MEETING_MODEL = 'Meeting';
export const MOTION_MODEL = 'MeetingMotion';
export const VOTE_MODEL = 'MeetingVote';

export const meetingSchema = new Schema<MeetingDocument>(
  {
    venueId: { type: String, required: true },
    title: { type: String, required: true },
    scheduledFor: { type: Date, required: true },
    state: { type: String, required: true, enum: MEETING_STATES },
    members: {
      type: [new Schema<MeetingMemberDocument>({ userId: String, community: Boolean, voting: Boolean }, { _id: false })],
      default: [],
    },
    presentIds: { type: [String], default: [] },
    joinedAt: { type: Schema.Types.Mixed, default: {} },
    items: {
      type: [
        new Schema<AgendaItemDocument>(
          {
            submissionId: { type: String, required: true },
            state: { type: String, required: true, enum: AGENDA_ITEM_STATES },
            recusedUserIds: { type: [String], default: [] },
            outcome: { type: String, default: null },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    currentSubmissionId: { type: String, default: null },
    openMotionId: { type: String, default: null },
    requireCommunityMember: { type: Boolean, default: true },
    startedAt: { type: Date, default: null },
    endedAt: { type: Date, default: null },
    minutes: { type: Schema.Types.Mixed, default: null },
    createdById: { type: String, required: true },
    revision: { type: Number, required: true },
  },
  { collection: 'meetings' },
);
meetingSchema.index({ venueId: 1, scheduledFor: -1 });
auditedSchema(meetingSchema);

export const motionSchema = new Schema<MotionDocument>(
  {
    meetingId: { type: String, required: true },
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    text: { type: String, required: true },
    proposal: { type: Schema.Types.Mixed, required: true },
    state: { type: String, required: true, enum: MOTION_STATES },
    proposedById: { type: String, required: true },
    openedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    result: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'meeting_motions' },
);
motionSchema.index({ meetingId: 1, openedAt: 1 });
auditedSchema(motionSchema);

export const voteSchema = new Schema<VoteDocument>(
  {
    motionId: { type: String, required: true },
    meetingId: { type: String, required: true },
    userId: { type: String, required: true },
    choice: { type: String, required: true, enum: VOTE_CHOICES },
    at: { type: Date, required: true },
  },
  { collection: 'meeting_votes' },
);
voteSchema.index({ motionId: 1, userId: 1 }, { unique: true });
