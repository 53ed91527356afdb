import { Schema, type Types } from 'mongoose';
import {
  AFFILIATION_STATES,
  VENUE_KINDS,
  type AffiliationState,
  type ReviewVisibilitySettings,
  type ContinuingReviewPolicy,
  type TierPolicy,
  type VenueKind,
  type VenueTaxonomy,
} from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/** A deadline keeps the wall time the chair entered and the exact instant it means. */
export interface DeadlineDocument {
  label: string;
  /** 'YYYY-MM-DDTHH:mm' in the venue's time zone. */
  dueLocal: string;
  dueAt: Date;
}

/** The conference chairs' answer to a workshop's request to be held at their conference. */
export interface AffiliationDecisionDocument {
  decidedById: string;
  decidedAt: Date;
  note: string;
}

export interface VenueDocument {
  _id: Types.ObjectId;
  name: string;
  shortName: string;
  kind: VenueKind;
  /**
   * The conference a workshop asked to be held at; null for conferences. Fixed after creation.
   * The workshop is held there only once `parentApproval` is approved.
   */
  parentVenueId: string | null;
  /** Null for conferences. Workshops stored before approvals existed have none and count as approved. */
  parentApproval: AffiliationState | null;
  parentDecision: AffiliationDecisionDocument | null;
  timeZone: string;
  description: string;
  deadlines: DeadlineDocument[];
  /** Authors see their tier and its decisions (missing in venues stored before the setting: true). */
  tiersVisibleToAuthors?: boolean;
  /** The bidding phase: reviewers see and bid on submitted statements (missing: closed). */
  biddingOpen?: boolean;
  /** Reviewers do not see who wrote a statement (missing: true). */
  doubleBlind?: boolean;
  /** Missing in venues stored before tier policies: the default policy. */
  tierPolicy?: TierPolicy;
  /** How long approvals hold and when their holders are reminded (missing: the default policy). */
  continuingReviewPolicy?: ContinuingReviewPolicy;
  /** Expertise areas and communities; missing: none yet. */
  taxonomy?: VenueTaxonomy;
  /** Who reads which reviews under which name (missing: the defaults, as HotCRP's). */
  reviewVisibility?: ReviewVisibilitySettings;
  /** A chair released every statement's reviews to its authors at once (missing: not). */
  reviewsReleased?: boolean;
  /** The authors' response phase (missing: closed, 500 words). */
  responsePhase?: { open: boolean; deadline: Date | null; wordLimit: number };
  /** Reviewers may change submitted reviews until then (after the authors' response); missing: null. */
  reviewsReopenedUntil?: Date | null;
  createdBy: string;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const VENUE_MODEL = 'Venue';

const deadlineSchema = new Schema<DeadlineDocument>(
  {
    label: { type: String, required: true },
    dueLocal: { type: String, required: true },
    dueAt: { type: Date, required: true },
  },
  { _id: false },
);

export const venueSchema = new Schema<VenueDocument>(
  {
    name: { type: String, required: true },
    shortName: { type: String, required: true },
    tiersVisibleToAuthors: { type: Boolean, default: true },
    biddingOpen: { type: Boolean, default: false },
    doubleBlind: { type: Boolean, default: true },
    kind: { type: String, required: true, enum: VENUE_KINDS },
    parentVenueId: { type: String, default: null },
    parentApproval: { type: String, enum: [...AFFILIATION_STATES, null], default: null },
    parentDecision: {
      type: new Schema<AffiliationDecisionDocument>(
        { decidedById: { type: String, required: true }, decidedAt: { type: Date, required: true }, note: { type: String, default: '' } },
        { _id: false },
      ),
      default: null,
    },
    timeZone: { type: String, required: true },
    description: { type: String, default: '' },
    // Validated by libs/domain before every write; stored as given.
    tierPolicy: { type: Schema.Types.Mixed, default: undefined },
    continuingReviewPolicy: { type: Schema.Types.Mixed, default: undefined },
    taxonomy: { type: Schema.Types.Mixed, default: undefined },
    reviewVisibility: { type: Schema.Types.Mixed, default: undefined },
    reviewsReleased: { type: Boolean, default: false },
    responsePhase: { type: Schema.Types.Mixed, default: undefined },
    reviewsReopenedUntil: { type: Date, default: null },
    deadlines: { type: [deadlineSchema], default: [] },
    createdBy: { type: String, required: true },
    revision: { type: Number, required: true, default: 1 },
  },
  { collection: 'venues', timestamps: true },
);
// Workshops of a conference and the requests waiting for its chairs, by one compound index.
venueSchema.index({ parentVenueId: 1, parentApproval: 1 });
// Changes record their log events in the same write (see audit/pending-events.ts).
auditedSchema(venueSchema);
