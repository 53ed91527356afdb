import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { ReviewProgressCard } from './ReviewProgressCard';
import { ReleaseReviewsMutation, ReviewProgressQuery, SubmissionReviewsQuery } from './reviews.operations';
import { SubmissionReviews } from './SubmissionReviews';

function reviewText(confidential: string | null) {
  return {
    __typename: 'ReviewText',
    answers: [
      { __typename: 'ReviewAnswer', questionId: 'risks_minimised', prompt: 'Risks are minimised', kind: 'rating', retired: false, rating: 'met', text: 'Withholding the model does it.' },
      { __typename: 'ReviewAnswer', questionId: 'mitigations_adequate', prompt: 'Mitigations are adequate', kind: 'rating', retired: false, rating: 'not_met', text: 'Watermarks can be stripped.' },
    ],
    recommendation: 'approved_with_conditions',
    releaseRecommendations: [
      { __typename: 'ReleaseRecommendation', artifactKey: 'model', artifactName: 'Voice model', contentLevel: 'withheld', timing: 'staged', distribution: 'ask_for_access' },
    ],
    requiredMitigations: 'Consent for every target voice.',
    commentsForAuthors: 'Say who checks consent.',
    confidentialComments: confidential,
    namedToAuthors: false,
  };
}

function review(label: string, reviewer: string | null, confidential: string | null, versions = 1) {
  const text = reviewText(confidential);
  return {
    __typename: 'Review',
    id: `r-${label}`,
    kind: 'expert',
    label,
    reviewer: reviewer ? { __typename: 'User', id: 'u-e', name: reviewer } : null,
    state: 'submitted',
    round: 1,
    submittedAt: '2030-03-01T10:00:00.000Z',
    timeliness: reviewer ? 'submitted' : null,
    text,
    versions: reviewer
      ? Array.from({ length: versions }, (_, i) => ({
          __typename: 'ReviewVersion',
          number: versions - i,
          submittedAt: '2030-03-01T10:00:00.000Z',
        }))
      : [],
  };
}

function reviewsQuery(as: 'chair' | 'author', released: boolean, reviews: unknown[]) {
  return {
    request: { query: SubmissionReviewsQuery, variables: { id: 's1' } },
    result: {
      data: {
        submission: {
          __typename: 'Submission',
          id: 's1',
          phase: 'submitted',
          reviewsReleased: released,
          venue: { __typename: 'Venue', id: 'v1', reviewsReleased: false },
          viewerCan: { __typename: 'SubmissionViewerPermissions', edit: as === 'author', releaseReviews: as === 'chair' },
          reviewTask: null,
          reviews,
        },
      },
    },
  };
}

function renderWith(mocks: unknown[], ui = <SubmissionReviews submissionId="s1" />) {
  render(
    <MockedProvider mocks={mocks as never[]}>
      <MemoryRouter>{ui}</MemoryRouter>
    </MockedProvider>,
  );
}

describe('SubmissionReviews', () => {
  it('tells the authors the reviews are not released yet', async () => {
    renderWith([reviewsQuery('author', false, [])]);
    expect(await screen.findByText(/Reviews are not released yet\./)).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows the chairs each review with its reviewer, the confidential comments marked, and earlier versions; releasing asks first', async () => {
    const user = userEvent.setup();
    renderWith([
      reviewsQuery('chair', false, [review('Ezra Expert', 'Ezra Expert', 'I know the first author.', 2)]),
      {
        request: { query: ReleaseReviewsMutation, variables: { submissionId: 's1', released: true } },
        result: { data: { releaseReviews: { __typename: 'Submission', id: 's1', reviewsReleased: true } } },
      },
    ]);
    const card = await screen.findByRole('article', { name: 'Ezra Expert' });
    // The current text first; the earlier version (folded away) has its own.
    expect(within(card).getAllByRole('complementary', { name: 'Confidential comments, for the chairs only' })[0]).toHaveTextContent('I know the first author.');
    expect(within(card).getByText('Earlier versions (1)')).toBeInTheDocument();
    expect(within(card).getAllByRole('table')[0]).toHaveTextContent('Withheld');
    expect(screen.getByRole('img', { name: 'Mitigations are adequate: 1 not met' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Release reviews to the authors…' }));
    const confirm = screen.getByRole('group', { name: /^Release 1 review to the authors\?/ });
    expect(within(confirm).getByRole('button', { name: 'Release them' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Release them' }));
    expect(await screen.findByText('The reviews are released; the authors are told by email.')).toBeInTheDocument();
    expect(screen.getByText('The authors can read these reviews.')).toBeInTheDocument();
  });

  it('shows the authors released reviews under a pseudonym, without confidential parts or deadlines', async () => {
    renderWith([reviewsQuery('author', true, [review('Expert A', null, null)])]);
    const card = await screen.findByRole('article', { name: 'Expert A' });
    expect(within(card).getByText('Say who checks consent.')).toBeInTheDocument();
    expect(within(card).queryByText('For the chairs only')).not.toBeInTheDocument();
    expect(within(card).queryByText('Submitted')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Release/ })).not.toBeInTheDocument();
  });
});

describe('ReviewProgressCard', () => {
  it('charts the reviews against their deadlines and lists the pressing ones, each linking to its statement', async () => {
    renderWith(
      [
        {
          request: { query: ReviewProgressQuery, variables: { venueId: 'v1' } },
          result: {
            data: {
              venue: {
                __typename: 'Venue',
                id: 'v1',
                reviewProgress: {
                  __typename: 'ReviewProgress',
                  counts: { __typename: 'ReviewCounts', submitted: 3, submitted_late: 1, due: 4, due_soon: 1, late: 2 },
                  pressing: [
                    {
                      __typename: 'ReviewProgressRow',
                      timeliness: 'late',
                      submission: { __typename: 'Submission', id: 's7', title: 'Lip-sync from one photo' },
                      assignment: {
                        __typename: 'ReviewerAssignment',
                        id: 'a7',
                        kind: 'community',
                        dueAt: '2030-03-01T10:00:00.000Z',
                        reviewer: { __typename: 'User', id: 'u7', name: 'Cora Community' },
                      },
                    },
                  ],
                },
              },
            },
          },
        },
      ],
      <ReviewProgressCard venueId="v1" />,
    );
    expect(await screen.findByRole('img', { name: 'Reviews: 3 submitted, 1 submitted late, 4 due, 1 due soon, 2 late' })).toBeInTheDocument();
    expect(screen.getByText('11 reviews assigned')).toBeInTheDocument();
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('Late');
    expect(within(item).getByRole('link', { name: 'Lip-sync from one photo' })).toHaveAttribute('href', '/submissions/s7');
    expect(item).toHaveTextContent('Cora Community, community feedback, due');
  });
});
