import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { AmendmentFieldsFragment } from '../../gql/graphql';
import { AmendmentsSection } from './AmendmentsSection';
import { SubmissionAmendmentsQuery } from './amendments.operations';
import {
  amendment,
  amendmentPermissions as can,
  APPROVAL,
  ARTIFACTS,
  recommendation,
} from './amendments.fixture';

const queryMock = (amendments: AmendmentFieldsFragment[]) => ({
  request: { query: SubmissionAmendmentsQuery, variables: { id: 's1' } },
  result: {
    data: {
      submission: {
        __typename: 'Submission',
        id: 's1',
        artifacts: ARTIFACTS,
        approval: { __typename: 'Approval', id: 'a1', amendments },
      },
    },
  },
});

async function renderSection(
  amendments: AmendmentFieldsFragment[],
  { isAuthor = false, state = 'active' } = {},
) {
  render(
    <MockedProvider mocks={[queryMock(amendments)]}>
      <AmendmentsSection
        submissionId="s1"
        approval={{ ...APPROVAL, state: state as typeof APPROVAL.state }}
        isAuthor={isAuthor}
        onApprovalChanged={jest.fn()}
      />
    </MockedProvider>,
  );
  return screen.findByRole('region', { name: 'Amendments' });
}

const approved = amendment({
  id: 'm1',
  state: 'approved',
  stateLabel: 'Approved',
  decision: {
    __typename: 'AmendmentDecisionRecord',
    decision: 'approve',
    label: 'Approve the amendment',
    reason: 'The replication makes withholding pointless.',
    decidedAt: '2031-07-03T09:00:00.000Z',
  },
  newArtifacts: [
    {
      __typename: 'Artifact',
      key: 'voice-demo',
      kind: 'runnable_system',
      name: 'Voice demo',
      description: 'A web demo of the model.',
      powerLevel: 'reduced',
    },
  ],
});

const fullUnderReview = (
  viewerCan = can(),
  recommendations: AmendmentFieldsFragment['recommendations'] = [],
) =>
  amendment({
    id: 'm2',
    tier: 'full',
    tierReasons: ['Distribution: public: the model is released to everyone.'],
    recommendationsNeeded: 2,
    recommendationCount: 1,
    recommendations,
    viewerCan,
  });

describe('AmendmentsSection', () => {
  it('lists the amendments, newest first, with the plan difference and the decision', async () => {
    const section = await renderSection([fullUnderReview(), approved]);
    const [second, first] = within(section).getAllByRole('region', { name: /^Amendment \d$/ });
    expect(second).toHaveAccessibleName('Amendment 2');
    expect(within(second!).getByText('Under review')).toHaveClass('badge');
    expect(within(second!).getByText('Full review')).toHaveClass('badge');
    expect(second).toHaveTextContent('Full review, because the amended plan adds to the risk:');
    expect(second).toHaveTextContent('Distribution: public: the model is released to everyone.');
    expect(second).toHaveTextContent('Recommendations1 of 2 from the reviewers of record so far');

    expect(first).toHaveAccessibleName('Amendment 1');
    expect(within(first!).getByText('Expedited review')).toHaveClass('badge');
    expect(first).toHaveTextContent(/Requested.+ by Amal Author/);
    expect(first).toHaveTextContent('ReasonA replication of the model is public now');
    expect(first).toHaveTextContent('ChangesA wider distribution: Voice model');
    // The difference: only the changed artifacts side by side, the others named.
    expect(first).toHaveTextContent('(unchanged: Paper)');
    const model = within(first!).getByRole('region', { name: 'Voice model' });
    expect(model).toHaveTextContent('Changed: To whom');
    expect(model).toHaveTextContent(/Approved plan.*To whomchanged.*Ask for access/);
    expect(model).toHaveTextContent(/Amended plan.*To whomchanged.*Public/);
    expect(within(first!).queryByRole('region', { name: 'Paper' })).toBeNull();
    expect(within(first!).getByRole('region', { name: 'New artifacts' })).toHaveTextContent(
      'Voice demo Runnable system · power level: reducedA web demo of the model.',
    );
    const decision = within(first!).getByRole('region', { name: 'Decision' });
    expect(decision).toHaveTextContent('Approved');
    expect(decision).toHaveTextContent('Reason: The replication makes withholding pointless.');
  });

  it('lets the authors withdraw the one under review, and shows them no recommendations', async () => {
    const section = await renderSection([fullUnderReview(can({ withdraw: true }))], { isAuthor: true });
    expect(within(section).getByRole('button', { name: 'Withdraw' })).toBeInTheDocument();
    expect(within(section).queryByRole('region', { name: /Recommendations/ })).toBeNull();
    expect(within(section).queryByRole('form')).toBeNull();
    // One under review at a time.
    expect(within(section).queryByRole('button', { name: 'Request an amendment' })).toBeNull();
    expect(section).toHaveTextContent(
      'An amendment is under review: you may ask for another once it is decided',
    );
  });

  it('offers the authors a request while the approval holds, with the focus on its reason', async () => {
    const user = userEvent.setup();
    const section = await renderSection([approved], { isAuthor: true });
    await user.click(within(section).getByRole('button', { name: 'Request an amendment' }));
    const form = within(section).getByRole('form', { name: 'Request an amendment' });
    await waitFor(() =>
      expect(within(form).getByRole('textbox', { name: 'Reason for the amendment' })).toHaveFocus(),
    );
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(within(section).getByRole('button', { name: 'Request an amendment' })).toHaveFocus(),
    );
  });

  it('offers no request once the approval no longer holds', async () => {
    const section = await renderSection([], { isAuthor: true, state: 'suspended' });
    expect(within(section).queryByRole('button', { name: 'Request an amendment' })).toBeNull();
    expect(section).toHaveTextContent(
      'Only an approval that holds (active, or under re-evaluation) can be amended.',
    );
    expect(section).toHaveTextContent('No amendment of the approved plan has been requested.');
  });

  it('gives the chairs every recommendation with its reviewer, and the decision form', async () => {
    const section = await renderSection([
      fullUnderReview(can({ decide: true }), [recommendation('Rita Reviewer', 'approve')]),
    ]);
    const list = within(section).getByRole('region', { name: 'Recommendations of the reviewers of record' });
    expect(list).toHaveTextContent('Rita ReviewerApprove');
    expect(list).toHaveTextContent('Rita Reviewer think the wider release is safe enough.');
    const form = within(section).getByRole('form', { name: 'Decide the amendment' });
    expect(form).toHaveTextContent('Waiting for 1 of 2 recommendations.');
  });

  it('gives a reviewer of record their own recommendation form', async () => {
    const section = await renderSection([fullUnderReview(can({ recommend: true }))]);
    const part = within(section).getByRole('region', { name: 'Your recommendation' });
    const form = within(part).getByRole('form', { name: 'Your recommendation' });
    expect(within(form).getByRole('radio', { name: 'Approve' })).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: 'Decline' })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Comment' })).toBeRequired();
    expect(within(form).getByRole('button', { name: 'Recommend' })).toBeInTheDocument();
  });
});
