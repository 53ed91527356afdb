import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { MotionForm } from './MotionForm';
import { MeetingStatementPlanQuery, OpenMotionMutation } from './meetings.operations';

const planMock = {
  request: { query: MeetingStatementPlanQuery, variables: { submissionId: 's1' } },
  result: {
    data: {
      submission: {
        __typename: 'Submission',
        id: 's1',
        latestVersion: {
          __typename: 'StatementVersion',
          artifacts: [
            {
              __typename: 'Artifact',
              key: 'paper',
              kind: 'paper_concept',
              name: 'Paper',
              description: '',
              powerLevel: 'description_only',
            },
            {
              __typename: 'Artifact',
              key: 'model',
              kind: 'trained_model',
              name: 'Voice model',
              description: '',
              powerLevel: 'full',
            },
          ],
          content: {
            __typename: 'StatementContent',
            releasePlan: [
              {
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
              },
              {
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
              },
            ],
          },
        },
      },
    },
  },
};

function refusal(code: string, message: string, fieldErrors: { path: string; message: string }[]) {
  return {
    request: { query: OpenMotionMutation, variables: () => true },
    result: { errors: [{ message, extensions: { code, fieldErrors } }] },
  };
}

function renderForm(mocks: unknown[]) {
  render(
    <MockedProvider mocks={mocks as never[]}>
      <MotionForm meetingId="mt1" submissionId="s1" statementTitle="Voice cloning" />
    </MockedProvider>,
  );
}

describe('MotionForm', () => {
  it('checks the motion’s text with the domain rule before sending', async () => {
    renderForm([planMock]);
    await userEvent.click(screen.getByRole('button', { name: 'Open the motion for a vote' }));
    const text = screen.getByRole('textbox', { name: 'Motion' });
    expect(text).toHaveAccessibleDescription(expect.stringContaining('Say what the motion proposes.'));
    await waitFor(() => expect(text).toHaveFocus());
  });

  it('prefills the authors’ release plan for an approval and marks what the committee changes', async () => {
    renderForm([planMock]);
    expect(await screen.findByText('Release plan: as the authors propose')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Release plan: as the authors propose'));
    const level = screen.getByRole('combobox', { name: 'Voice model: What is released' });
    expect(level).toHaveValue('reduced');
    await userEvent.selectOptions(level, 'withheld');
    expect(screen.getByText('Release plan: changed by the committee')).toBeInTheDocument();
    expect(screen.getByText('· changed from the authors’ plan', { exact: false })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the authors’ plan' }));
    expect(screen.getByRole('combobox', { name: 'Voice model: What is released' })).toHaveValue('reduced');
  });

  it('asks for conditions only for an approval with conditions, and none for a disapproval', async () => {
    renderForm([planMock]);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Proposed decision' }),
      'approved_with_conditions',
    );
    expect(screen.getByRole('textbox', { name: 'Condition 1' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add a condition' }));
    expect(screen.getByRole('textbox', { name: 'Condition 2' })).toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Proposed decision' }),
      'not_approved',
    );
    expect(screen.queryByRole('group', { name: 'Conditions' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Release plan:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Exempt' })).not.toBeInTheDocument();
  });

  it('puts the server’s field errors on their inputs, opening the release plan when one is there', async () => {
    renderForm([
      planMock,
      refusal('BAD_USER_INPUT', 'The motion cannot be opened; see the marked fields.', [
        {
          path: 'decision.withoutReviewsReason',
          message: 'The full review policy asks for 2 expert reviews more than are submitted.',
        },
        {
          path: 'decision.releasePlan.1.accessConditions',
          message: 'Release plan for “Voice model”: describe who may get access.',
        },
      ]),
    ]);
    await screen.findByText('Release plan: as the authors propose');
    await userEvent.type(screen.getByRole('textbox', { name: 'Motion' }), 'To approve.');
    await userEvent.click(screen.getByRole('button', { name: 'Open the motion for a vote' }));
    const reason = await screen.findByRole('textbox', {
      name: /^Why the committee decides without all the reviews/,
    });
    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(expect.stringContaining('2 expert reviews more')),
    );
    const access = screen.getByRole('textbox', { name: 'Voice model: Access conditions' });
    expect(access).toBeVisible();
    expect(access).toHaveAccessibleDescription(
      'Release plan for “Voice model”: describe who may get access.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The motion cannot be opened; see the marked fields.',
    );
  });

  it('says why there is no quorum, in the server’s words', async () => {
    renderForm([
      planMock,
      refusal('CONFLICT', 'There is no quorum for this item.', [
        { path: 'quorum', message: 'No quorum: 2 of 5 voting members present; 3 needed.' },
      ]),
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Motion' }), 'To approve.');
    await userEvent.click(screen.getByRole('button', { name: 'Open the motion for a vote' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There is no quorum for this item.');
    expect(alert).toHaveTextContent('No quorum: 2 of 5 voting members present; 3 needed.');
  });
});
