import { Schema, type Types } from 'mongoose';
import { INCIDENT_STATES, type IncidentState, type TriageAction } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

export interface TriageDocument {
  action: TriageAction;
  reason: string;
  byId: string;
  at: Date;
}

/**
 * An incident report from anyone, about an approval (or a venue in general): confidential to the
 * venue's chairs; the reporter's address is kept for the answer and shown to the authors only when
 * the reporter agreed. It counts once the address is confirmed (`confirmTokenHash` until then).
 */
export interface IncidentDocument {
  _id: Types.ObjectId;
  venueId: string;
  approvalId: string | null;
  submissionId: string | null;
  whatHappened: string;
  evidenceLinks: string[];
  email: string;
  shareWithAuthors: boolean;
  state: IncidentState;
  confirmTokenHash: string | null;
  createdAt: Date;
  confirmedAt: Date | null;
  triage: TriageDocument[];
  answer: string | null;
  answeredAt: Date | null;
  revision: number;
}

export const INCIDENT_MODEL = 'Incident';

export const incidentSchema = new Schema<IncidentDocument>(
  {
    venueId: { type: String, required: true },
    approvalId: { type: String, default: null },
    submissionId: { type: String, default: null },
    whatHappened: { type: String, required: true },
    evidenceLinks: { type: [String], default: [] },
    email: { type: String, required: true },
    shareWithAuthors: { type: Boolean, default: false },
    state: { type: String, required: true, enum: INCIDENT_STATES },
    confirmTokenHash: { type: String, default: null },
    createdAt: { type: Date, required: true },
    confirmedAt: { type: Date, default: null },
    // Checked by libs/domain before every write; stored as given.
    triage: { type: Schema.Types.Mixed, default: [] },
    answer: { type: String, default: null },
    answeredAt: { type: Date, default: null },
    revision: { type: Number, required: true },
  },
  { collection: 'incidents' },
);
incidentSchema.index({ confirmTokenHash: 1 });
incidentSchema.index({ venueId: 1, state: 1, createdAt: -1 });
incidentSchema.index({ approvalId: 1, createdAt: -1 });
auditedSchema(incidentSchema);
