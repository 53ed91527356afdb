import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { useFragment } from '@apollo/client/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { APPROVAL_STATE_LABELS, approvalConsequence, type ApprovalState } from '@impact-review/domain';
import type { ApprovalFieldsFragment as Approval, PlanItemFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { ApprovalPanel } from './ApprovalPanel';
import { ApprovalFieldsFragment, ChangeApprovalMutation } from './approvals.operations';

const NOW = new Date('2031-03-01T12:00:00Z');

const artifacts = [
  { key: 'paper', name: 'Paper' },
  { key: 'model', name: 'Voice model' },
  { key: 'code', name: 'Training code' },
];

const planItem = (artifactKey: string): PlanItemFieldsFragment => ({
  __typename: 'ReleasePlanItem',
  artifactKey,
  contentLevel: 'full',
  timing: 'immediate',
  distribution: 'public',
  embargoUntil: null,
  reviewEveryMonths: null,
  releaseEvent: '',
  stages: [],
  accessConditions: '',
});

const policy = {
  __typename: 'ContinuingReviewPolicy' as const,
  periodMonths: { __typename: 'ApprovalPeriods' as const, exempt: null, expedited: 6, full: 12 },
  reminderDays: [30, 7, 1],
};

const approval = (overrides: Partial<Approval> = {}): Approval => ({
  __typename: 'Approval',
  id: 'a1',
  revision: 3,
  state: 'active',
  stateLabel: 'Active',
  consequence: approvalConsequence('active'),
  outcome: 'approved_with_conditions',
  tier: 'expedited',
  forVersion: 1,
  approvedAt: '2031-01-15T09:00:00.000Z',
  expiresAt: '2031-07-15T09:00:00.000Z',
  daysUntilExpiry: 136,
  reevaluationOpensAt: '2031-06-15T09:00:00.000Z',
  remindersSent: [],
  suspendedArtifacts: [],
  lastChange: {
    __typename: 'ApprovalTransition',
    action: 'created',
    label: 'Approved',
    by: 'chair',
    actor: { __typename: 'User', id: 'u1', name: 'Dana Chair' },
    reason: '',
    at: '2031-01-15T09:00:00.000Z',
  },
  availableActions: ['open_reevaluation', 'suspend', 'terminate', 'close'],
  conditions: [
    {
      __typename: 'DecidedCondition',
      libraryId: null,
      text: 'Withhold the trained model.',
      artifactKey: 'model',
      artifactName: 'Voice model',
      dueOn: null,
    },
  ],
  releasePlan: artifacts.map((a) => planItem(a.key)),
  artifacts: artifacts.map((a) => ({ __typename: 'ApprovalArtifact' as const, ...a })),
  releaseSchedule: artifacts.map((a) => ({
    __typename: 'ReleasePoint' as const,
    artifactKey: a.key,
    artifactName: a.name,
    stage: null,
    label: 'Released with the approval',
    date: null,
    gated: false,
    gatePassedAt: null,
    openedOn: '2031-01-15',
    opensOn: '2031-01-15',
    status: 'open' as const,
    statusLabel: 'Open',
    reason: 'Released with the approval.',
  })),
  nextGates: [],
  ...overrides,
});

/** The panel as the page shows it: reading the approval from the cache, so a change's answer re-renders it. */
function CachedPanel({ onStale }: { onStale: () => unknown }) {
  const { data, complete } = useFragment({
    fragment: ApprovalFieldsFragment,
    fragmentName: 'ApprovalFields',
    from: { __typename: 'Approval', id: 'a1' },
  });
  return complete ? (
    <ApprovalPanel approval={data} artifacts={artifacts} policy={policy} onStale={onStale} now={NOW} />
  ) : null;
}

function renderPanel(shown: Approval, mocks: unknown[] = []) {
  const cache = new InMemoryCache();
  cache.writeFragment({ fragment: ApprovalFieldsFragment, fragmentName: 'ApprovalFields', data: shown });
  const onStale = jest.fn();
  render(
    <MemoryRouter>
      <MockedProvider cache={cache} mocks={mocks as never[]}>
        <CachedPanel onStale={onStale} />
      </MockedProvider>
    </MemoryRouter>,
  );
  return { onStale, panel: screen.getByRole('region', { name: 'Approval' }) };
}

const changeMock = (input: Record<string, unknown>, result: object) => ({
  request: { query: ChangeApprovalMutation, variables: { input } },
  result,
});

const fieldError = (path: string, message: string) => ({
  errors: [
    {
      message: 'The approval cannot be changed so; see the marked fields.',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ path, message }] },
    },
  ],
});

describe('ApprovalPanel', () => {
  it('shows an active approval: its outcome and version, when it expires and is re-evaluated, the last change, and its period as a bar', () => {
    const { panel } = renderPanel(approval());
    expect(within(panel).getByText('Active')).toHaveClass('badge--success');
    expect(panel).toHaveTextContent(
      `Approved with conditions for version 1, since ${formatDate('2031-01-15T09:00:00.000Z')}`,
    );
    expect(panel).toHaveTextContent(`Holds until ${formatDate('2031-07-15T09:00:00.000Z')} — in 136 days`);
    expect(panel).toHaveTextContent(
      `Opens on ${formatDate('2031-06-15T09:00:00.000Z')}, with the first reminder.`,
    );
    expect(panel).toHaveTextContent('Approved by Dana Chair (chair) on');
    expect(panel).toHaveTextContent('while its condition is met');
    // The registry's page of the approval, for pointing others (and reporters) to it.
    expect(within(panel).getByRole('link', { name: 'Public page' })).toHaveAttribute('href', '/approvals/a1');
    const bar = within(panel).getByRole('img');
    expect(bar).toHaveAccessibleName(
      `Approval period from ${formatDate('2031-01-15T09:00:00.000Z')} to ${formatDate('2031-07-15T09:00:00.000Z')}: today is 25% of the way through, 136 days left. Reminders 30, 7 and 1 days before expiry; none sent yet.`,
    );
  });

  it('says when an approval does not expire, and has no bar then', () => {
    const { panel } = renderPanel(
      approval({
        tier: 'exempt',
        outcome: 'exempt',
        expiresAt: null,
        daysUntilExpiry: null,
        reevaluationOpensAt: null,
      }),
    );
    expect(panel).toHaveTextContent('Does not expire');
    expect(within(panel).queryByRole('img')).toBeNull();
    expect(panel).not.toHaveTextContent('Continuing review');
  });

  it.each<[ApprovalState, string, string]>([
    [
      'under_reevaluation',
      'badge--info',
      `Open now: the committee decides before ${formatDate('2031-07-15T09:00:00.000Z')}.`,
    ],
    ['suspended', 'badge--warning', 'Holds until'],
    ['expired', 'badge--warning', `Lapsed on ${formatDate('2031-07-15T09:00:00.000Z')}`],
    ['terminated', 'badge--danger', 'Terminated by Dana Chair (chair)'],
    ['closed', 'badge--neutral', 'Closed by Dana Chair (chair)'],
  ])(
    'shows an approval in state %s with its badge and, first, what it asks of the authors',
    (state, badge, detail) => {
      const label = state === 'terminated' ? 'Terminated' : state === 'closed' ? 'Closed' : 'Suspended';
      const { panel } = renderPanel(
        approval({
          state,
          stateLabel: APPROVAL_STATE_LABELS[state],
          consequence: approvalConsequence(state),
          availableActions: [],
          lastChange: { ...approval().lastChange, action: state, label, reason: 'Misuse was reported.' },
        }),
      );
      expect(within(panel).getByText(APPROVAL_STATE_LABELS[state])).toHaveClass(badge);
      expect(within(panel).getByText(approvalConsequence(state))).toHaveTextContent(/^What this means:/);
      expect(panel).toHaveTextContent(detail);
      expect(panel).toHaveTextContent('Misuse was reported.');
      const ended = state === 'terminated' || state === 'closed';
      expect(within(panel).queryByRole('img') === null).toBe(ended);
      expect(within(panel).queryByRole('group', { name: 'Change the approval' })).toBeNull();
    },
  );

  it('lists the artifacts whose release a partial suspension stops', () => {
    const { panel } = renderPanel(
      approval({
        state: 'suspended',
        stateLabel: 'Suspended',
        consequence: approvalConsequence('suspended', true),
        suspendedArtifacts: [{ __typename: 'ApprovalArtifact', key: 'model', name: 'Voice model' }],
        availableActions: ['reinstate', 'terminate'],
      }),
    );
    expect(panel).toHaveTextContent(
      'What this means: Release nothing more of the suspended artifacts until the committee reinstates the approval.',
    );
    expect(panel).toHaveTextContent('Suspended releases (the rest of the approval holds):');
    expect(
      within(within(panel).getByRole('list', { name: 'Suspended releases' })).getByRole('listitem'),
    ).toHaveTextContent('Voice model');
  });

  it('shows the release schedule, and links to the timeline from the statement’s page', () => {
    render(
      <MemoryRouter initialEntries={['/submissions/s1']}>
        <MockedProvider>
          <Routes>
            <Route
              path="/submissions/:id"
              element={
                <ApprovalPanel
                  approval={approval({
                    releaseSchedule: [
                      {
                        __typename: 'ReleasePoint',
                        artifactKey: 'model',
                        artifactName: 'Voice model',
                        stage: 1,
                        label: 'Stage 2: the full model',
                        date: '2031-02-01',
                        gated: true,
                        gatePassedAt: null,
                        openedOn: null,
                        opensOn: null,
                        status: 'blocked',
                        statusLabel: 'Blocked',
                        reason:
                          'Blocked: its date (2031-02-01) came, but no re-evaluation before it decided to advance to it.',
                      },
                    ],
                  })}
                  artifacts={artifacts}
                  policy={policy}
                  onStale={jest.fn()}
                  now={NOW}
                />
              }
            />
          </Routes>
        </MockedProvider>
      </MemoryRouter>,
    );
    const panel = screen.getByRole('region', { name: 'Approval' });
    expect(within(panel).getByRole('link', { name: 'Timeline' })).toHaveAttribute(
      'href',
      '/submissions/s1/timeline',
    );
    const schedule = within(panel).getByRole('region', { name: 'Release schedule' });
    const [point] = within(within(schedule).getByRole('list', { name: 'Voice model' })).getAllByRole(
      'listitem',
    );
    expect(point).toHaveTextContent('Stage 2: the full modelBlocked');
    expect(point).toHaveTextContent('no re-evaluation before it decided to advance to it.');
  });

  it('says the schedule’s changes happened automatically, with its reason, and marks the reminders sent', () => {
    const { panel } = renderPanel(
      approval({
        state: 'under_reevaluation',
        stateLabel: 'Under re-evaluation',
        remindersSent: [30],
        lastChange: {
          __typename: 'ApprovalTransition',
          action: 'open_reevaluation',
          label: 'Re-evaluation opened',
          by: 'system',
          actor: null,
          reason: 'Continuing review is due before the approval expires on 2031-07-15.',
          at: '2031-06-15T09:00:00.000Z',
        },
      }),
    );
    expect(panel).toHaveTextContent('Re-evaluation opened automatically on');
    expect(panel).toHaveTextContent('Continuing review is due before the approval expires on 2031-07-15.');
    expect(within(panel).getByRole('img')).toHaveAccessibleName(/sent so far: 30 days before\.$/);
  });

  it('offers one button per action the viewer may take, and authors only “Close the approval…”', () => {
    const { panel } = renderPanel(approval());
    const group = within(panel).getByRole('group', { name: 'Change the approval' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Open re-evaluation…', 'Suspend…', 'Terminate…', 'Close the approval…']);
  });

  it('gives authors only the close, which needs no reason', async () => {
    const user = userEvent.setup();
    const { panel } = renderPanel(approval({ availableActions: ['close'] }));
    const group = within(panel).getByRole('group', { name: 'Change the approval' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Close the approval…']);
    await user.click(within(group).getByRole('button', { name: 'Close the approval…' }));
    const form = screen.getByRole('form', { name: 'Close the approval' });
    const note = within(form).getByRole('textbox', { name: 'Note (optional)' });
    expect(note).not.toBeRequired();
    await waitFor(() => expect(note).toHaveFocus());
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(within(group).getByRole('button', { name: 'Close the approval…' })).toHaveFocus();
  });

  it('asks for the reason a suspension needs on the field, which takes the focus, before anything is sent', async () => {
    const user = userEvent.setup();
    const { panel } = renderPanel(approval());
    await user.click(within(panel).getByRole('button', { name: 'Suspend…' }));
    const form = screen.getByRole('form', { name: 'Suspend the approval' });
    expect(form).toHaveTextContent('Nothing ticked: the whole approval is suspended.');
    const reason = within(form).getByRole('textbox', { name: /^Reason/ });
    expect(reason).toBeRequired();
    expect(reason).toHaveAccessibleDescription(/at least 10 characters/);
    await user.click(within(form).getByRole('button', { name: 'Suspend the whole approval' }));
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      /Give the reason, in a sentence or more \(at least 10 characters\)\.$/,
    );
  });

  it('puts the server’s field error on the reason', async () => {
    const user = userEvent.setup();
    const reasonText = 'Scams with cloned voices were reported.';
    renderPanel(approval(), [
      changeMock(
        { approvalId: 'a1', action: 'terminate', reason: reasonText, artifactKeys: [], expectedRevision: 3 },
        fieldError('reason', 'Say where the misuse was reported.'),
      ),
    ]);
    await user.click(screen.getByRole('button', { name: 'Terminate…' }));
    const form = screen.getByRole('form', { name: 'Terminate the approval' });
    const reason = within(form).getByRole('textbox', { name: /^Reason/ });
    await user.type(reason, reasonText);
    await user.click(within(form).getByRole('button', { name: 'Terminate the approval' }));
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription(/Say where the misuse was reported\.$/);
    await waitFor(() => expect(reason).toHaveFocus());
    // The field says it all: no summary above the form repeats it.
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('suspends only the ticked artifact, says who is told, and shows the updated approval', async () => {
    const user = userEvent.setup();
    const reasonText = 'Cloned voices from the demo were used in phone scams.';
    const suspended = approval({
      revision: 4,
      state: 'suspended',
      stateLabel: 'Suspended',
      consequence: approvalConsequence('suspended', true),
      suspendedArtifacts: [{ __typename: 'ApprovalArtifact', key: 'model', name: 'Voice model' }],
      availableActions: ['reinstate', 'terminate'],
      lastChange: { ...approval().lastChange, action: 'suspend', label: 'Suspended', reason: reasonText },
    });
    const { panel } = renderPanel(approval(), [
      changeMock(
        {
          approvalId: 'a1',
          action: 'suspend',
          reason: reasonText,
          artifactKeys: ['model'],
          expectedRevision: 3,
        },
        { data: { changeApproval: { ...suspended, reevaluation: null } } },
      ),
    ]);
    await user.click(within(panel).getByRole('button', { name: 'Suspend…' }));
    const form = screen.getByRole('form', { name: 'Suspend the approval' });
    const what = within(form).getByRole('group', { name: 'What is suspended' });
    await user.click(within(what).getByRole('checkbox', { name: 'Voice model' }));
    expect(what).toHaveTextContent('Only the release of 1 artifact stops; the rest of the approval holds.');
    expect(form).toHaveTextContent(
      'Afterwards: Release nothing more of the suspended artifacts until the committee reinstates the approval.',
    );
    await user.type(within(form).getByRole('textbox', { name: /^Reason/ }), reasonText);
    await user.click(within(form).getByRole('button', { name: 'Suspend 1 artifact' }));

    const status = await within(panel).findByText(
      'The approval is suspended. The authors, the chairs and the reviewers are told by email.',
    );
    await waitFor(() => expect(status).toHaveFocus());
    expect(screen.queryByRole('form')).toBeNull();
    expect(within(panel).getByText('Suspended', { selector: '.badge' })).toBeInTheDocument();
    expect(
      within(within(panel).getByRole('list', { name: 'Suspended releases' })).getByRole('listitem'),
    ).toHaveTextContent('Voice model');
    expect(
      within(within(panel).getByRole('group', { name: 'Change the approval' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Reinstate…', 'Terminate…']);
  });

  it('says so when the approval changed in the meantime, and reloads it', async () => {
    const user = userEvent.setup();
    const { panel, onStale } = renderPanel(approval(), [
      changeMock(
        {
          approvalId: 'a1',
          action: 'open_reevaluation',
          reason: 'The authors asked for an early review.',
          artifactKeys: [],
          expectedRevision: 3,
        },
        {
          errors: [
            {
              message: 'The approval changed in the meantime. Look at it again, then try once more.',
              extensions: { code: 'CONFLICT' },
            },
          ],
        },
      ),
    ]);
    await user.click(within(panel).getByRole('button', { name: 'Open re-evaluation…' }));
    const form = screen.getByRole('form', { name: 'Open the re-evaluation' });
    await user.type(
      within(form).getByRole('textbox', { name: /^Reason/ }),
      'The authors asked for an early review.',
    );
    await user.click(within(form).getByRole('button', { name: 'Open the re-evaluation' }));
    expect(await within(panel).findByText(/^The approval changed in the meantime\./)).toHaveTextContent(
      'What you see here is the approval as it is now.',
    );
    expect(onStale).toHaveBeenCalledTimes(1);
    // What the person wrote is still there, to send again once they have looked.
    expect(within(form).getByRole('textbox', { name: /^Reason/ })).toHaveValue(
      'The authors asked for an early review.',
    );
  });
});
