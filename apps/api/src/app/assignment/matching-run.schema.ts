import { Schema, type Types } from 'mongoose';
import {
  MATCHING_OBJECTIVES,
  MATCHING_PHASES,
  MATCHING_RUN_STATES,
  type HistogramBin,
  type MatchingObjective,
  type MatchingRunPhase,
  type MatchingRunState,
} from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/** What a finished run found, shown with its proposal. */
export interface MatchingResultDocument {
  status: 'optimal' | 'feasible' | 'infeasible' | 'institution-rule-unresolved';
  objective: number;
  minStatementScore: number;
  statements: number;
  reviewers: number;
  /** New pairs the proposal adds; kept (already committed) ones are counted apart. */
  proposed: number;
  kept: number;
  uncoveredStatements: number;
  /** The first open slots, each with the constraint that binds it. */
  uncovered: { statementId: string; kind: 'expert' | 'community'; missing: number; explanation: string }[];
  diagnosis: string | null;
  inputProblems: string[];
  detectedConflicts: number;
  candidatePairs: number;
  loadHistogram: HistogramBin[];
  scoreHistogram: HistogramBin[];
  /** Seconds per phase, for the chairs and the benchmark. */
  seconds: Partial<Record<MatchingRunPhase, number>>;
}

/** One run of the matcher for a venue: a job with progress, then a proposal until committed. */
export interface MatchingRunDocument {
  _id: Types.ObjectId;
  venueId: string;
  /**
   * The venue's id while the run is queued or running, the run's own id after: a unique index on
   * it lets one run at a time through, whoever starts it.
   */
  activeSlot: string;
  state: MatchingRunState;
  phase: MatchingRunPhase;
  percent: number;
  objective: MatchingObjective;
  startedById: string;
  cancelRequested: boolean;
  error: string | null;
  result: MatchingResultDocument | null;
  committedAt: Date | null;
  committedById: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

export const MATCHING_RUN_MODEL = 'MatchingRun';

export const matchingRunSchema = new Schema<MatchingRunDocument>(
  {
    venueId: { type: String, required: true },
    activeSlot: { type: String, required: true },
    state: { type: String, required: true, enum: MATCHING_RUN_STATES },
    phase: { type: String, required: true, enum: MATCHING_PHASES },
    percent: { type: Number, required: true },
    objective: { type: String, required: true, enum: MATCHING_OBJECTIVES },
    startedById: { type: String, required: true },
    cancelRequested: { type: Boolean, default: false },
    error: { type: String, default: null },
    // Built by the run service from the engine's outcome; stored as given.
    result: { type: Schema.Types.Mixed, default: null },
    committedAt: { type: Date, default: null },
    committedById: { type: String, default: null },
    finishedAt: { type: Date, default: null },
  },
  { collection: 'matching_runs', timestamps: true, minimize: false },
);
matchingRunSchema.index({ activeSlot: 1 }, { unique: true });
matchingRunSchema.index({ venueId: 1, createdAt: -1 });
auditedSchema(matchingRunSchema);

/** One pair of a run's proposal, with why it is there. */
export interface ProposedAssignmentDocument {
  _id: Types.ObjectId;
  runId: string;
  venueId: string;
  submissionId: string;
  reviewerId: string;
  kind: 'expert' | 'community';
  score: number;
  /** optimised, forced (a chair's rule), kept (already committed), chair (added by hand here). */
  origin: 'optimised' | 'forced' | 'kept' | 'chair';
  terms: string[];
  areas: string[];
  bid: string | null;
}

export const PROPOSED_ASSIGNMENT_MODEL = 'ProposedAssignment';

export const proposedAssignmentSchema = new Schema<ProposedAssignmentDocument>(
  {
    runId: { type: String, required: true },
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    reviewerId: { type: String, required: true },
    kind: { type: String, required: true },
    score: { type: Number, required: true },
    origin: { type: String, required: true },
    terms: { type: [String], default: [] },
    areas: { type: [String], default: [] },
    bid: { type: String, default: null },
  },
  { collection: 'proposed_assignments' },
);
proposedAssignmentSchema.index({ runId: 1, submissionId: 1, reviewerId: 1 }, { unique: true });
proposedAssignmentSchema.index({ runId: 1, reviewerId: 1 });
