import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { AmendmentDecisionForm } from './AmendmentDecisionForm';
import { DecideAmendmentMutation } from './amendments.operations';
import { amendment, fieldErrors } from './amendments.fixture';

const decideMock = (input: Record<string, unknown>, result: object) => ({
  request: {
    query: DecideAmendmentMutation,
    variables: { input: { amendmentId: 'm1', expectedRevision: 1, approvalRevision: 5, ...input } },
  },
  result,
});

function renderForm({ count = 0, needed = 0, mocks = [] as unknown[] } = {}) {
  const onDone = jest.fn();
  const onStale = jest.fn();
  render(
    <MockedProvider mocks={mocks as never[]}>
      <AmendmentDecisionForm
        amendment={amendment({ recommendationCount: count, recommendationsNeeded: needed })}
        approvalRevision={5}
        onDone={onDone}
        onStale={onStale}
      />
    </MockedProvider>,
  );
  return { onDone, onStale, form: screen.getByRole('form', { name: 'Decide the amendment' }) };
}

const decided = amendment({ state: 'approved', stateLabel: 'Approved', revision: 2 });

describe('AmendmentDecisionForm', () => {
  it('needs a reason to decline, on the reason, which takes the focus', async () => {
    const user = userEvent.setup();
    const { form, onDone } = renderForm();
    const reason = within(form).getByRole('textbox', { name: 'Reason' });
    expect(reason).not.toBeRequired();
    await user.click(within(form).getByRole('radio', { name: 'Decline the amendment' }));
    expect(reason).toBeRequired();
    await user.click(within(form).getByRole('button', { name: 'Decide' }));
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      /Tell the authors why, in a sentence or more \(at least 10 characters\)\.$/,
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('asks for a decision first', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    await user.click(within(form).getByRole('button', { name: 'Decide' }));
    expect(within(form).getByRole('group', { name: 'Decision on the amendment' })).toHaveTextContent(
      'Choose to approve or decline.',
    );
    await waitFor(() =>
      expect(within(form).getByRole('radio', { name: 'Approve the amendment' })).toHaveFocus(),
    );
  });

  it('says how many recommendations a full review still waits for, and decides nothing before them', async () => {
    const user = userEvent.setup();
    const { form, onDone } = renderForm({ count: 0, needed: 2 });
    expect(form).toHaveTextContent('Waiting for 2 of 2 recommendations.');
    await user.click(within(form).getByRole('radio', { name: 'Approve the amendment' }));
    await user.click(within(form).getByRole('button', { name: 'Decide' }));
    expect(
      await within(form).findByText(/wait for 2 recommendations from the reviewers of record \(0 so far\)/),
    ).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says nothing of recommendations once they are in', () => {
    const { form } = renderForm({ count: 2, needed: 2 });
    expect(form).not.toHaveTextContent('Waiting for');
  });

  it('approves at the amendment’s and the approval’s revisions', async () => {
    const user = userEvent.setup();
    const { form, onDone } = renderForm({
      mocks: [decideMock({ decision: 'approve', reason: '' }, { data: { decideAmendment: decided } })],
    });
    await user.click(within(form).getByRole('radio', { name: 'Approve the amendment' }));
    await user.click(within(form).getByRole('button', { name: 'Decide' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        'Amendment approved. The approval now holds the amended plan.',
        'approve',
      ),
    );
  });

  it('declines with the reason, and shows the server’s refusal on the decision', async () => {
    const user = userEvent.setup();
    const reasonText = 'The replication is not ours to rely on.';
    const { form, onDone } = renderForm({
      mocks: [
        decideMock(
          { decision: 'decline', reason: reasonText },
          fieldErrors('The amendment cannot be decided so; see the marked fields.', [
            {
              path: 'decision',
              message:
                'This amendment needs full review: wait for 2 recommendations from the reviewers of record (1 so far).',
            },
          ]),
        ),
      ],
    });
    await user.click(within(form).getByRole('radio', { name: 'Decline the amendment' }));
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), reasonText);
    await user.click(within(form).getByRole('button', { name: 'Decide' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The amendment cannot be decided so; see the marked fields.',
    );
    expect(within(form).getByRole('group', { name: 'Decision on the amendment' })).toHaveTextContent(
      '(1 so far)',
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('hands a conflict to the section, which reloads', async () => {
    const user = userEvent.setup();
    const message =
      'The amendment or its approval changed in the meantime. Look at it again, then try once more.';
    const { form, onStale } = renderForm({
      mocks: [
        decideMock(
          { decision: 'approve', reason: '' },
          { errors: [{ message, extensions: { code: 'CONFLICT' } }] },
        ),
      ],
    });
    await user.click(within(form).getByRole('radio', { name: 'Approve the amendment' }));
    await user.click(within(form).getByRole('button', { name: 'Decide' }));
    await waitFor(() => expect(onStale).toHaveBeenCalledWith(message));
    expect(within(form).queryByRole('alert')).toBeNull();
  });
});
