import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { SubmissionConflictsQuery } from './conflicts.operations';
import { SubmissionConflicts } from './SubmissionConflicts';

const person = (id: string, name: string) => ({ __typename: 'User', id, name });

function conflictsMock(viewerCan: { declareConflict: boolean; pinConflict: boolean }) {
  return {
    request: { query: SubmissionConflictsQuery, variables: { id: 's1' } },
    result: {
      data: {
        submission: {
          __typename: 'Submission',
          id: 's1',
          viewerCan: { __typename: 'SubmissionViewerPermissions', ...viewerCan },
          conflicts: [
            {
              __typename: 'Conflict',
              id: 'k1',
              type: 'administrative',
              typeLabel: 'Administrative (pinned by a chair)',
              reason: 'Reviews for a competitor',
              declaredAt: '2030-01-01T00:00:00.000Z',
              revision: 1,
              person: person('u2', 'Sam Second-Chair'),
              declaredBy: person('c1', 'Carla Chair'),
            },
          ],
          conflictCandidates: [person('u2', 'Sam Second-Chair'), person('u3', 'Esme Expert')],
        },
      },
    },
  };
}

function renderConflicts(viewerCan: { declareConflict: boolean; pinConflict: boolean }) {
  render(
    <MockedProvider mocks={[conflictsMock(viewerCan)]}>
      <SubmissionConflicts submissionId="s1" />
    </MockedProvider>,
  );
}

describe('SubmissionConflicts', () => {
  it('shows an author the conflicts, but no way to remove a chair’s administrative one, and only the kinds they may declare', async () => {
    const user = userEvent.setup();
    renderConflicts({ declareConflict: true, pinConflict: false });
    const section = await screen.findByRole('region', { name: 'Conflicts' });
    expect(within(section).getByText('Reviews for a competitor')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /Withdraw/ })).not.toBeInTheDocument();
    await user.click(within(section).getByText('Declare a conflict'));
    // Already conflicted members are not offered again.
    const members = within(section).getByLabelText(/Committee member/);
    expect(within(members).queryByRole('option', { name: 'Sam Second-Chair' })).not.toBeInTheDocument();
    expect(within(members).getByRole('option', { name: 'Esme Expert' })).toBeInTheDocument();
    const kinds = within(section).getByLabelText(/Kind of conflict/);
    expect(within(kinds).queryByRole('option', { name: /Administrative/ })).not.toBeInTheDocument();
  });

  it('checks the form with the domain’s rules before sending anything', async () => {
    const user = userEvent.setup();
    renderConflicts({ declareConflict: true, pinConflict: true });
    const section = await screen.findByRole('region', { name: 'Conflicts' });
    expect(within(section).getByRole('button', { name: 'Withdraw the conflict with Sam Second-Chair' })).toBeInTheDocument();
    await user.click(within(section).getByText('Declare a conflict'));
    await user.click(within(section).getByRole('button', { name: 'Record the conflict' }));
    expect(await within(section).findByText('Choose the member the conflict is with.')).toBeInTheDocument();
    expect(within(section).getByText('Choose the kind of conflict.')).toBeInTheDocument();
    expect(within(section).getByText('Say why, in a few words.')).toBeInTheDocument();
  });

  it('shows nothing to someone who may not declare conflicts', async () => {
    const { container } = render(
      <MockedProvider mocks={[conflictsMock({ declareConflict: false, pinConflict: false })]}>
        <SubmissionConflicts submissionId="s1" />
      </MockedProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
  });
});
