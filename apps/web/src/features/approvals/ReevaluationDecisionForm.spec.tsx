import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { DecideReevaluationMutation } from './approvals.operations';
import { needsWithoutReportReason, ReevaluationDecisionForm } from './ReevaluationDecisionForm';
import { approval, ARTIFACTS, FILED_REPORT, fieldError, reevaluation } from './reevaluation.fixture';

const decideMock = (input: Record<string, unknown>, result: object) => ({
  request: { query: DecideReevaluationMutation, variables: { input } },
  result,
});

const decided = approval({
  revision: 6,
  state: 'active',
  stateLabel: 'Active',
  availableActions: ['open_reevaluation', 'suspend', 'terminate', 'close'],
  expiresAt: '2032-06-20T10:00:00.000Z',
  reevaluation: reevaluation({
    state: 'decided',
    report: FILED_REPORT,
    decision: {
      __typename: 'ReevaluationDecisionModel',
      outcome: 'continue',
      outcomeLabel: 'Continue for a new period',
      reason: '',
      withoutReportReason: '',
      decidedAt: '2031-06-20T12:00:00.000Z',
    },
  }),
});

// Two staged artifacts whose next stage waits for its gate.
const GATES = [
  {
    __typename: 'ReleaseGate' as const,
    artifactKey: 'model',
    artifactName: 'Voice model',
    stage: 1,
    label: 'Stage 2: the full model',
  },
  {
    __typename: 'ReleaseGate' as const,
    artifactKey: 'code',
    artifactName: 'Training code',
    stage: 1,
    label: 'Stage 2: Training code.',
  },
];

function renderForm({
  reportFiled = true,
  mocks = [] as unknown[],
  shown = approval(),
}: { reportFiled?: boolean; mocks?: unknown[]; shown?: ReturnType<typeof approval> } = {}) {
  const onDone = jest.fn();
  const onStale = jest.fn();
  render(
    <MockedProvider mocks={mocks as never[]}>
      <ReevaluationDecisionForm
        approval={shown}
        context={{ reportFiled, artifacts: ARTIFACTS, library: [], today: '2031-06-20' }}
        periodMonths={12}
        onDone={onDone}
        onStale={onStale}
      />
    </MockedProvider>,
  );
  return { onDone, onStale, form: screen.getByRole('form', { name: 'Decide the re-evaluation' }) };
}

const base = {
  approvalId: 'a1',
  expectedRevision: 5,
  withoutReportReason: '',
  conditions: [],
  advanceArtifactKeys: [],
};

describe('ReevaluationDecisionForm', () => {
  it('asks why the committee decides without the report only while none is filed', () => {
    expect(needsWithoutReportReason(false)).toBe(true);
    expect(needsWithoutReportReason(true)).toBe(false);
    const { form } = renderForm({ reportFiled: false });
    expect(
      within(form).getByRole('textbox', { name: 'Why the committee decides without the authors’ report' }),
    ).toBeRequired();
  });

  it('has no such field once the authors filed their report', () => {
    const { form } = renderForm();
    expect(within(form).queryByRole('textbox', { name: /without the authors’ report/ })).toBeNull();
  });

  it('checks the decision first: an outcome, and the reason the missing report needs', async () => {
    const user = userEvent.setup();
    const { form } = renderForm({ reportFiled: false });
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(within(form).getAllByRole('radio')[0]).toHaveFocus());
    expect(within(form).getByRole('group', { name: 'Decision' })).toHaveTextContent(
      'Choose what the committee decides.',
    );
    expect(
      within(form).getByRole('textbox', { name: /without the authors’ report/ }),
    ).toHaveAccessibleDescription(
      /The authors have not filed their report: say why the committee decides without it\.$/,
    );
  });

  it('needs a reason to suspend, and says what the suspension then asks of the authors', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    const reason = within(form).getByRole('textbox', { name: 'Reason' });
    await user.click(within(form).getByRole('radio', { name: /^Suspend/ }));
    expect(form).toHaveTextContent('Afterwards:');
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toHaveAccessibleDescription(
      /Give the reason, in a sentence or more \(at least 10 characters\)\.$/,
    );
  });

  it('continues the approval, at its revision, with an optional note', async () => {
    const user = userEvent.setup();
    const { form, onDone } = renderForm({
      mocks: [
        decideMock({ ...base, outcome: 'continue', reason: '' }, { data: { decideReevaluation: decided } }),
      ],
    });
    await user.click(within(form).getByRole('radio', { name: /^Continue for a new period/ }));
    expect(within(form).getByRole('textbox', { name: 'Note (optional)' })).not.toBeRequired();
    expect(form).toHaveTextContent(/It then holds 12 months, until/);
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        'Decided: continue for a new period. The authors and the chairs are told by email.',
      ),
    );
  });

  it('modifies the conditions from the approval’s current ones', async () => {
    const user = userEvent.setup();
    const reasonText = 'The model may now go to accredited labs; the watermark stays.';
    const { form, onDone } = renderForm({
      mocks: [
        decideMock(
          {
            ...base,
            outcome: 'modify_conditions',
            reason: reasonText,
            conditions: [
              {
                libraryId: null,
                text: 'Grant the model to accredited labs only.',
                artifactKey: 'model',
                dueOn: null,
              },
            ],
          },
          { data: { decideReevaluation: decided } },
        ),
      ],
    });
    await user.click(within(form).getByRole('radio', { name: /^Continue with modified conditions/ }));
    const conditions = within(form).getByRole('group', { name: 'Conditions of approval' });
    const first = within(conditions).getByRole('textbox', { name: 'Condition 1' });
    expect(first).toHaveValue('Withhold the trained model.');
    expect(within(conditions).getByRole('textbox', { name: 'Condition 2' })).toHaveValue(
      'Watermark every released sample.',
    );
    expect(within(conditions).getByRole('combobox', { name: 'Condition 1: applies to' })).toHaveValue(
      'model',
    );
    await user.click(within(conditions).getByRole('button', { name: 'Remove condition 2' }));
    await user.clear(first);
    await user.type(first, 'Grant the model to accredited labs only.');
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), reasonText);
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        'Decided: continue with modified conditions. The authors, the chairs and the reviewers are told by email.',
      ),
    );
  });

  it('hands a conflict to the section, which reloads the approval', async () => {
    const user = userEvent.setup();
    const { form, onStale } = renderForm({
      mocks: [
        decideMock(
          { ...base, outcome: 'continue', reason: '' },
          {
            errors: [
              {
                message: 'The approval changed in the meantime. Look at it again, then try once more.',
                extensions: { code: 'CONFLICT' },
              },
            ],
          },
        ),
      ],
    });
    await user.click(within(form).getByRole('radio', { name: /^Continue for a new period/ }));
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await waitFor(() =>
      expect(onStale).toHaveBeenCalledWith(
        'The approval changed in the meantime. Look at it again, then try once more.',
      ),
    );
    // The section says it; the form repeats nothing.
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  describe('advancing a release stage', () => {
    const staged = approval({ nextGates: GATES });

    it('is not offered while no release stage waits for its gate', () => {
      const { form } = renderForm();
      expect(within(form).queryByRole('radio', { name: /^Advance a release stage/ })).toBeNull();
    });

    it('offers one checkbox per next gate, and checks that one is ticked', async () => {
      const user = userEvent.setup();
      const { form } = renderForm({ shown: staged });
      expect(within(form).queryByRole('group', { name: /Stages to open/ })).toBeNull();
      await user.click(within(form).getByRole('radio', { name: /^Advance a release stage/ }));
      const stages = within(form).getByRole('group', { name: /Stages to open/ });
      expect(
        within(stages)
          .getAllByRole('checkbox')
          .map((c) => c.getAttribute('value')),
      ).toEqual(['model', 'code']);
      expect(
        within(stages).getByRole('checkbox', { name: 'Training code — Stage 2: Training code.' }),
      ).not.toBeChecked();
      expect(
        within(stages).getByRole('checkbox', { name: 'Voice model — Stage 2: the full model.' }),
      ).toBeInTheDocument();
      await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
      await waitFor(() => expect(within(stages).getAllByRole('checkbox')[0]).toHaveFocus());
      expect(stages).toHaveTextContent('Choose the release stages to open.');
    });

    it('sends the ticked gates, in their order', async () => {
      const user = userEvent.setup();
      const { form, onDone } = renderForm({
        shown: staged,
        mocks: [
          decideMock(
            { ...base, outcome: 'advance_stage', reason: '', advanceArtifactKeys: ['model', 'code'] },
            { data: { decideReevaluation: decided } },
          ),
        ],
      });
      await user.click(within(form).getByRole('radio', { name: /^Advance a release stage/ }));
      const stages = within(form).getByRole('group', { name: /Stages to open/ });
      await user.click(within(stages).getByRole('checkbox', { name: /^Training code/ }));
      await user.click(within(stages).getByRole('checkbox', { name: /^Voice model/ }));
      expect(form).toHaveTextContent(/It then holds 12 months, until/);
      await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
      await waitFor(() =>
        expect(onDone).toHaveBeenCalledWith(
          'Decided: advance a release stage. The authors, the chairs and the reviewers are told by email.',
        ),
      );
    });

    it('shows the server’s refusal of the gates on the fieldset', async () => {
      const user = userEvent.setup();
      const { form, onDone } = renderForm({
        shown: staged,
        mocks: [
          decideMock(
            { ...base, outcome: 'advance_stage', reason: '', advanceArtifactKeys: ['code'] },
            fieldError('advanceArtifactKeys', 'No release of “code” waits for a gate.'),
          ),
        ],
      });
      await user.click(within(form).getByRole('radio', { name: /^Advance a release stage/ }));
      const stages = within(form).getByRole('group', { name: /Stages to open/ });
      const code = within(stages).getByRole('checkbox', { name: /^Training code/ });
      await user.click(code);
      await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
      await waitFor(() => expect(stages).toHaveTextContent('No release of “code” waits for a gate.'));
      expect(code).toHaveAttribute('aria-invalid', 'true');
      expect(code).toHaveAccessibleDescription(/No release of “code” waits for a gate\.$/);
      expect(onDone).not.toHaveBeenCalled();
    });
  });
});
