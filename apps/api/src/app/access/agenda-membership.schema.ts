import { Schema, type Types } from 'mongoose';

/**
 * A statement on the agenda of a convened meeting that has not ended, with the meeting's members:
 * an access fact (members read the statements they will decide, unless conflicted with them).
 */
export interface AgendaMembershipDocument {
  _id: Types.ObjectId;
  meetingId: string;
  venueId: string;
  submissionId: string;
  memberIds: string[];
}

export const AGENDA_MEMBERSHIP_MODEL = 'AgendaMembership';

export const agendaMembershipSchema = new Schema<AgendaMembershipDocument>(
  {
    meetingId: { type: String, required: true },
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    memberIds: { type: [String], default: [] },
  },
  { collection: 'agenda_memberships' },
);
agendaMembershipSchema.index({ meetingId: 1, submissionId: 1 }, { unique: true });
agendaMembershipSchema.index({ submissionId: 1 });
