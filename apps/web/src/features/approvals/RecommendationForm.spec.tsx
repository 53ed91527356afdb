import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { REEVALUATION_OUTCOME_LABELS, REEVALUATION_OUTCOMES } from '@impact-review/domain';
import { RecommendOnReevaluationMutation } from './approvals.operations';
import { RecommendationForm } from './RecommendationForm';
import { fieldError, reevaluation } from './reevaluation.fixture';

const COMMENT = 'The report answers every condition; nothing was misused.';

const recommendMock = (result: object) => ({
  request: {
    query: RecommendOnReevaluationMutation,
    variables: { input: { approvalId: 'a1', outcome: 'continue', comment: COMMENT } },
  },
  result,
});

function renderForm(mocks: unknown[] = [], initial: { outcome: 'suspend'; comment: string } | null = null) {
  const onDone = jest.fn();
  render(
    <MockedProvider mocks={mocks as never[]}>
      <RecommendationForm approvalId="a1" initial={initial} onDone={onDone} />
    </MockedProvider>,
  );
  return { onDone, form: screen.getByRole('form') };
}

describe('RecommendationForm', () => {
  it('offers every outcome a re-evaluation may have, each with what it does', () => {
    const { form } = renderForm();
    const group = within(form).getByRole('group', { name: 'What do you recommend?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual([...REEVALUATION_OUTCOMES]);
    expect(within(group).getByRole('radio', { name: /^Suspend/ })).toBeInTheDocument();
    expect(group).toHaveTextContent(REEVALUATION_OUTCOME_LABELS.modify_conditions);
  });

  it('asks for an outcome and a reason before sending, on their fields', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    await user.click(within(form).getByRole('button', { name: 'Recommend' }));
    const first = within(form).getAllByRole('radio')[0];
    await waitFor(() => expect(first).toHaveFocus());
    expect(within(form).getByRole('group', { name: 'What do you recommend?' })).toHaveTextContent(
      'Choose what you recommend.',
    );
    const reason = within(form).getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(/at least 10 characters\)\.$/);
  });

  it('records the recommendation and says so', async () => {
    const user = userEvent.setup();
    const { form, onDone } = renderForm([
      recommendMock({ data: { recommendOnReevaluation: reevaluation() } }),
    ]);
    await user.click(within(form).getByRole('radio', { name: /^Continue for a new period/ }));
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), COMMENT);
    await user.click(within(form).getByRole('button', { name: 'Recommend' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        'Your recommendation is recorded. The chairs read it before they decide.',
      ),
    );
  });

  it('puts the server’s field error on the reason', async () => {
    const user = userEvent.setup();
    const { form, onDone } = renderForm([recommendMock(fieldError('comment', 'Say what in the report.'))]);
    await user.click(within(form).getByRole('radio', { name: /^Continue for a new period/ }));
    const reason = within(form).getByRole('textbox', { name: 'Reason' });
    await user.type(reason, COMMENT);
    await user.click(within(form).getByRole('button', { name: 'Recommend' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(/Say what in the report\.$/));
    expect(onDone).not.toHaveBeenCalled();
  });

  it('starts from the reviewer’s own recommendation when they change it', () => {
    const { form } = renderForm([], { outcome: 'suspend', comment: 'The demo is misused.' });
    expect(form).toHaveAccessibleName('Change your recommendation');
    expect(within(form).getByRole('radio', { name: /^Suspend/ })).toBeChecked();
    expect(within(form).getByRole('textbox', { name: 'Reason' })).toHaveValue('The demo is misused.');
  });
});
