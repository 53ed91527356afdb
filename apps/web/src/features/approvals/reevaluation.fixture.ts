// An approval under re-evaluation and its re-evaluation, as the statement page receives them, for
// the specs of the continuing-review section and its forms.
import { approvalConsequence, DEFAULT_CONTINUING_FORM } from '@impact-review/domain';
import type {
  ApprovalWithReevaluationFieldsFragment as Approval,
  ReevaluationFieldsFragment as Reevaluation,
} from '../../gql/graphql';

export const ARTIFACTS = [
  {
    key: 'paper',
    kind: 'paper_concept',
    name: 'Paper',
    description: 'The paper.',
    powerLevel: 'description_only',
  },
  { key: 'model', kind: 'trained_model', name: 'Voice model', description: 'Weights.', powerLevel: 'full' },
  { key: 'code', kind: 'source_code', name: 'Training code', description: '', powerLevel: 'full' },
] as const;

export const CONDITIONS: Approval['conditions'] = [
  {
    __typename: 'DecidedCondition',
    libraryId: null,
    text: 'Withhold the trained model.',
    artifactKey: 'model',
    artifactName: 'Voice model',
    dueOn: null,
  },
  {
    __typename: 'DecidedCondition',
    libraryId: null,
    text: 'Watermark every released sample.',
    artifactKey: null,
    artifactName: null,
    dueOn: '2031-09-01',
  },
];

export function reevaluation(overrides: Partial<Reevaluation> = {}): Reevaluation {
  return {
    __typename: 'Reevaluation',
    id: 'r1',
    revision: 2,
    state: 'open',
    trigger: 'chair',
    triggerLabel: 'Opened by a chair',
    reason: 'A replication of the model appeared online.',
    openedAt: '2031-06-15T09:00:00.000Z',
    report: null,
    recommendations: [],
    rubric: DEFAULT_CONTINUING_FORM.questions.map((q) => ({ __typename: 'FormQuestion' as const, ...q })),
    tally: [],
    decision: null,
    viewerCan: { __typename: 'ReevaluationPermissions', report: false, recommend: false, decide: false },
    ...overrides,
  };
}

type Recommendation = Reevaluation['recommendations'][number];
type RubricAnswer = Recommendation['answers'][number];

/** An answer to the continuing-review rubric, as a recommendation carries it back. */
export const rubricAnswer = (
  questionId: string,
  prompt: string,
  rating: RubricAnswer['rating'],
  text: string,
  overrides: Partial<RubricAnswer> = {},
): RubricAnswer => ({
  __typename: 'ReviewAnswer',
  questionId,
  prompt,
  kind: rating === null ? 'text' : 'rating',
  retired: false,
  rating,
  text,
  ...overrides,
});

/** A reviewer's answers to the default continuing-review rubric (DEFAULT_CONTINUING_FORM). */
export const RUBRIC_ANSWERS: RubricAnswer[] = [
  rubricAnswer('conditions_kept', 'The conditions of approval are kept', 'partly_met', 'The model stays withheld; half the samples are watermarked.'),
  rubricAnswer('risks_unchanged', 'The risks are as approved', 'not_met', 'A similar model is out now: the voice-cloning risk grew.'),
  rubricAnswer('notes', 'Anything the committee should know', null, 'Ask the authors about the Lyon release.'),
];

/** A reviewer of record's recommendation, as the statement page receives it. */
export function recommendation(overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    __typename: 'ReevaluationRecommendationModel',
    reviewer: null,
    mine: false,
    outcome: 'continue',
    outcomeLabel: 'Continue for a new period',
    comment: 'The report answers every condition; nothing was misused.',
    answers: [],
    at: '2031-06-21T09:00:00.000Z',
    ...overrides,
  };
}

export const FILED_REPORT: NonNullable<Reevaluation['report']> = {
  __typename: 'ContinuingReviewReportModel',
  progress: 'The paper is out; the model stays withheld.',
  changes: '',
  incidents: 'None that we know of.',
  replication: 'A lab in Lyon released a similar model.',
  milestones: '',
  conditions: [
    {
      __typename: 'ReportConditionAnswer',
      condition: 'Withhold the trained model.',
      status: 'met',
      statusLabel: 'Met',
      note: '',
    },
    {
      __typename: 'ReportConditionAnswer',
      condition: 'Watermark every released sample.',
      status: 'in_progress',
      statusLabel: 'In progress',
      note: 'Half the samples are watermarked; the rest by August.',
    },
  ],
  submittedAt: '2031-06-20T10:00:00.000Z',
  submittedBy: { __typename: 'User', id: 'u2', name: 'Amal Author' },
};

type ReleasePoint = Approval['releaseSchedule'][number];

/** A release that opened with the approval (the plan's immediate releases). */
export const openPoint = (
  artifactKey: string,
  artifactName: string,
  overrides: Partial<ReleasePoint> = {},
): ReleasePoint => ({
  __typename: 'ReleasePoint',
  artifactKey,
  artifactName,
  stage: null,
  label: 'Released with the approval',
  date: null,
  gated: false,
  gatePassedAt: null,
  openedOn: '2031-01-15',
  status: 'open',
  statusLabel: 'Open',
  reason: 'Released with the approval.',
  ...overrides,
  // The day it opens follows the day it opened unless given.
  opensOn: overrides.opensOn !== undefined ? overrides.opensOn : overrides.openedOn !== undefined ? overrides.openedOn : '2031-01-15',
});

export function approval(overrides: Partial<Approval> = {}): Approval {
  return {
    __typename: 'Approval',
    id: 'a1',
    revision: 5,
    state: 'under_reevaluation',
    stateLabel: 'Under re-evaluation',
    consequence: approvalConsequence('under_reevaluation'),
    outcome: 'approved_with_conditions',
    tier: 'expedited',
    forVersion: 1,
    approvedAt: '2031-01-15T09:00:00.000Z',
    expiresAt: '2031-07-15T09:00:00.000Z',
    daysUntilExpiry: 30,
    reevaluationOpensAt: '2031-06-15T09:00:00.000Z',
    remindersSent: [30],
    suspendedArtifacts: [],
    lastChange: {
      __typename: 'ApprovalTransition',
      action: 'open_reevaluation',
      label: 'Re-evaluation opened',
      by: 'chair',
      actor: { __typename: 'User', id: 'u1', name: 'Dana Chair' },
      reason: 'A replication of the model appeared online.',
      at: '2031-06-15T09:00:00.000Z',
    },
    availableActions: ['continue', 'suspend', 'terminate'],
    conditions: CONDITIONS,
    releasePlan: ARTIFACTS.map((a) => ({
      __typename: 'ReleasePlanItem' as const,
      artifactKey: a.key,
      contentLevel: 'full' as const,
      timing: 'immediate' as const,
      distribution: 'public' as const,
      embargoUntil: null,
      reviewEveryMonths: null,
      releaseEvent: '',
      stages: [],
      accessConditions: '',
    })),
    artifacts: ARTIFACTS.map((a) => ({ __typename: 'ApprovalArtifact' as const, key: a.key, name: a.name })),
    releaseSchedule: ARTIFACTS.map((a) => openPoint(a.key, a.name)),
    nextGates: [],
    reevaluation: reevaluation(),
    ...overrides,
  };
}

/** A GraphQL answer refusing the input, with one message on `path`. */
export const fieldError = (path: string, message: string) => ({
  errors: [
    {
      message: 'Some fields need attention.',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ path, message }] },
    },
  ],
});
