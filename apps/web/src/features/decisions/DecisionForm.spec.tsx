import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { DEFAULT_CONDITION_LIBRARY, DEFAULT_TIER_POLICY } from '@impact-review/domain';
import type { Artifact, ReleasePlanItem } from '@impact-review/domain';
import { DecisionForm, emptyDraft, type DecisionFormContext } from './DecisionForm';
import { RecordDecisionMutation } from './decisions.operations';

const artifacts: Artifact[] = [
  {
    key: 'paper',
    kind: 'paper_concept',
    name: 'Paper',
    description: 'The paper.',
    powerLevel: 'description_only',
  },
  { key: 'model', kind: 'trained_model', name: 'Voice model', description: 'Weights.', powerLevel: 'full' },
];

const plan: ReleasePlanItem[] = [
  {
    artifactKey: 'paper',
    contentLevel: 'full',
    timing: 'immediate',
    distribution: 'public',
    embargoUntil: null,
    reviewEveryMonths: null,
    releaseEvent: '',
    stages: [],
    accessConditions: '',
  },
  {
    artifactKey: 'model',
    contentLevel: 'reduced',
    timing: 'immediate',
    distribution: 'ask_for_access',
    embargoUntil: null,
    reviewEveryMonths: null,
    releaseEvent: '',
    stages: [],
    accessConditions: 'Academic researchers who accept the use terms.',
  },
];

const context = (overrides: Partial<DecisionFormContext> = {}): DecisionFormContext => ({
  submissionId: 's1',
  revision: 4,
  latestVersion: 1,
  tier: 'expedited',
  policy: DEFAULT_TIER_POLICY,
  submittedReviews: { expert: 1, community: 0 },
  artifacts,
  proposedPlan: plan,
  library: DEFAULT_CONDITION_LIBRARY,
  today: '2030-01-15',
  ...overrides,
});

function renderForm(shown: DecisionFormContext = context(), mocks: unknown[] = []) {
  const onRecorded = jest.fn();
  render(
    <MockedProvider mocks={mocks as never[]}>
      <DecisionForm context={shown} initial={emptyDraft(shown.proposedPlan)} onRecorded={onRecorded} />
    </MockedProvider>,
  );
  return { onRecorded };
}

const record = () => screen.getByRole('button', { name: 'Record decision' });

describe('DecisionForm', () => {
  it('offers the outcomes the tier’s review may reach, and says that an expedited “not approved” goes to full review', () => {
    renderForm();
    const outcomes = screen.getByRole('group', { name: 'Outcome' });
    expect(
      within(outcomes)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['approved', 'approved_with_conditions', 'revise_and_resubmit', 'not_approved']);
    expect(screen.getByRole('radio', { name: 'Not approved' })).toHaveAccessibleDescription(
      /An expedited review cannot disapprove: recording it sends the statement to full review instead\./,
    );
  });

  it('asks for an outcome first, on the outcome, which takes the focus', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(record());
    expect(await screen.findByText('Choose an outcome.')).toBeInTheDocument();
    const first = screen.getByRole('radio', { name: 'Approved' });
    expect(first).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(first).toHaveFocus());
  });

  it('shows the reason field when the policy’s reviews are missing, and requires a reason there', async () => {
    const user = userEvent.setup();
    renderForm(context({ submittedReviews: { expert: 0, community: 0 } }));
    const reason = screen.getByRole('textbox', { name: /Why the committee decides without them/ });
    expect(reason).toHaveAccessibleDescription(
      /The expedited review policy asks for 1 expert review more than are submitted\./,
    );
    await user.click(screen.getByRole('radio', { name: 'Revise and resubmit' }));
    await user.click(record());
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      /Record why the committee decides without them \(at least 20 characters\)\./,
    );
    await waitFor(() => expect(reason).toHaveFocus());
  });

  it('has no reason field when the reviews are in', () => {
    renderForm();
    expect(
      screen.queryByRole('textbox', { name: /Why the committee decides without them/ }),
    ).not.toBeInTheDocument();
  });

  it('needs a condition for an approval with conditions, and the artifact a standard condition is about', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('radio', { name: 'Approved with conditions' }));
    await user.click(record());
    expect(
      await screen.findByText('An approval with conditions needs at least one condition.'),
    ).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Standard condition' });
    await waitFor(() => expect(picker).toHaveFocus());

    await user.selectOptions(picker, 'watermark-generated-audio');
    await user.click(screen.getByRole('button', { name: 'Add this condition' }));
    expect(
      screen.queryByText('An approval with conditions needs at least one condition.'),
    ).not.toBeInTheDocument();
    const appliesTo = screen.getByRole('combobox', { name: /Condition 1: applies to/ });
    await waitFor(() => expect(appliesTo).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Condition 1' })).toHaveValue('Watermark generated audio.');
    await user.click(record());
    expect(appliesTo).toHaveAttribute('aria-invalid', 'true');
    expect(appliesTo).toHaveAccessibleDescription(/Choose the artifact this condition applies to\./);
    await waitFor(() => expect(appliesTo).toHaveFocus());
  });

  it('starts the decided plan from the authors’ and marks what the committee changes on both sides', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('radio', { name: 'Approved' }));
    const model = screen.getByRole('region', { name: 'Voice model' });
    expect(within(model).getByText('As proposed')).toBeInTheDocument();
    const toWhom = within(model).getByRole('combobox', { name: /^Voice model: to whom/ });
    expect(toWhom).toHaveValue('ask_for_access');
    await user.selectOptions(
      within(model).getByRole('combobox', { name: /^Voice model: what is released/ }),
      'withheld',
    );
    expect(within(model).getByText('Changed: What is released')).toBeInTheDocument();
    expect(
      within(model).getByRole('combobox', { name: 'Voice model: what is released changed' }),
    ).toHaveValue('withheld');
    // The authors' side keeps their value, marked as changed too.
    expect(within(model).getAllByText('changed')).toHaveLength(2);
    expect(within(model).getByText('Reduced', { selector: 'dd' })).toBeInTheDocument();
  });

  it('puts the server’s field errors on the inputs they name', async () => {
    const user = userEvent.setup();
    renderForm(context(), [
      {
        request: { query: RecordDecisionMutation, variables: () => true },
        result: {
          errors: [
            {
              message: 'Some fields need attention.',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [
                  {
                    path: 'releasePlan.1.accessConditions',
                    message: 'Release plan for “Voice model”: say who checks requesters.',
                  },
                ],
              },
            },
          ],
        },
      },
    ]);
    await user.click(screen.getByRole('radio', { name: 'Approved' }));
    await user.click(record());
    const conditions = await screen.findByRole('textbox', { name: /^Voice model: access conditions/ });
    await waitFor(() => expect(conditions).toHaveAttribute('aria-invalid', 'true'));
    expect(conditions).toHaveAccessibleDescription(/say who checks requesters/);
    await waitFor(() => expect(conditions).toHaveFocus());
  });

  it('says a full review is decided at a meeting, on the outcome', async () => {
    const user = userEvent.setup();
    renderForm(context({ tier: 'full' }));
    await user.click(screen.getByRole('radio', { name: 'Approved' }));
    await user.click(record());
    expect(
      await screen.findByText(
        'A full review is decided by a convened meeting: put the statement on a meeting’s agenda.',
      ),
    ).toBeInTheDocument();
  });

  it('sends an expedited “not approved” on, and reports the referral', async () => {
    const user = userEvent.setup();
    const referral =
      'An expedited review cannot disapprove: the statement goes to full review, where a convened meeting decides.';
    const { onRecorded } = renderForm(context(), [
      {
        request: {
          query: RecordDecisionMutation,
          variables: {
            submissionId: 's1',
            expectedRevision: 4,
            decision: { outcome: 'not_approved', conditions: [], releasePlan: [], withoutReviewsReason: '' },
          },
        },
        result: {
          data: {
            recordDecision: {
              __typename: 'DecisionResult',
              referredToFull: true,
              referral,
              submission: {
                __typename: 'Submission',
                id: 's1',
                revision: 5,
                tier: 'full',
                tierStatus: 'overridden',
                tierDecision: null,
                tierHistory: [],
                decision: null,
                letterDraft: null,
              },
            },
          },
        },
      },
    ]);
    await user.click(screen.getByRole('radio', { name: 'Not approved' }));
    await user.click(record());
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith({ referredToFull: true, referral }));
  });
});
