// An approval's plan and its amendments as the statement page receives them, for the specs of the
// amendments section and its forms.
import type {
  AmendmentFieldsFragment as Amendment,
  ArtifactFieldsFragment,
  PlanItemFieldsFragment,
} from '../../gql/graphql';

export const ARTIFACTS: ArtifactFieldsFragment[] = [
  {
    __typename: 'Artifact',
    key: 'paper',
    kind: 'paper_concept',
    name: 'Paper',
    description: 'The paper.',
    powerLevel: 'description_only',
  },
  {
    __typename: 'Artifact',
    key: 'model',
    kind: 'trained_model',
    name: 'Voice model',
    description: 'Weights.',
    powerLevel: 'full',
  },
];

export const PAPER_ITEM: PlanItemFieldsFragment = {
  __typename: 'ReleasePlanItem',
  artifactKey: 'paper',
  contentLevel: 'full',
  timing: 'immediate',
  distribution: 'public',
  embargoUntil: null,
  reviewEveryMonths: null,
  releaseEvent: '',
  stages: [],
  accessConditions: '',
};

export const MODEL_ITEM: PlanItemFieldsFragment = {
  __typename: 'ReleasePlanItem',
  artifactKey: 'model',
  contentLevel: 'reduced',
  timing: 'immediate',
  distribution: 'ask_for_access',
  embargoUntil: null,
  reviewEveryMonths: null,
  releaseEvent: '',
  stages: [],
  accessConditions: 'Academic researchers who accept the use terms.',
};

export const APPROVED_PLAN: PlanItemFieldsFragment[] = [PAPER_ITEM, MODEL_ITEM];

/** The approval as the section takes it from the page. */
export const APPROVAL = {
  __typename: 'Approval' as const,
  id: 'a1',
  revision: 5,
  state: 'active' as const,
  releasePlan: APPROVED_PLAN,
};

const can = (what: Partial<Amendment['viewerCan']> = {}): Amendment['viewerCan'] => ({
  __typename: 'AmendmentPermissions',
  withdraw: false,
  recommend: false,
  decide: false,
  ...what,
});
export { can as amendmentPermissions };

export function recommendation(
  name: string | null,
  decision: 'approve' | 'decline',
  mine = false,
): Amendment['recommendations'][number] {
  return {
    __typename: 'AmendmentRecommendation',
    reviewer: name ? { __typename: 'User', id: name, name } : null,
    mine,
    decision,
    comment: `${name ?? 'I'} think the wider release is safe enough.`,
    at: '2031-07-02T09:00:00.000Z',
  };
}

/** An amendment under review that opens the voice model to the public. */
export function amendment(overrides: Partial<Amendment> = {}): Amendment {
  return {
    __typename: 'Amendment',
    id: 'm1',
    revision: 1,
    state: 'requested',
    stateLabel: 'Under review',
    reason: 'A replication of the model is public now; withholding ours protects no one.',
    tier: 'expedited',
    tierReasons: [],
    changes: [
      {
        __typename: 'AmendmentChange',
        kind: 'wider_distribution',
        label: 'A wider distribution',
        artifactKey: 'model',
        artifactName: 'Voice model',
      },
    ],
    planChanges: [
      {
        __typename: 'ReleasePlanChange',
        artifactKey: 'paper',
        artifactName: 'Paper',
        status: 'unchanged',
        changedParts: [],
        proposed: PAPER_ITEM,
        decided: PAPER_ITEM,
      },
      {
        __typename: 'ReleasePlanChange',
        artifactKey: 'model',
        artifactName: 'Voice model',
        status: 'changed',
        changedParts: ['To whom'],
        proposed: MODEL_ITEM,
        decided: { ...MODEL_ITEM, distribution: 'public' },
      },
    ],
    newArtifacts: [],
    requestedAt: '2031-07-01T09:00:00.000Z',
    requestedBy: { __typename: 'User', id: 'u2', name: 'Amal Author' },
    recommendations: [],
    recommendationsNeeded: 0,
    recommendationCount: 0,
    decision: null,
    viewerCan: can(),
    ...overrides,
  };
}

/** A GraphQL answer refusing the input, with its messages on their paths. */
export const fieldErrors = (message: string, problems: { path: string; message: string }[]) => ({
  errors: [{ message, extensions: { code: 'BAD_USER_INPUT', fieldErrors: problems } }],
});
