import { render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { ReviewerPool } from './ReviewerPool';
import { ReviewerPoolQuery } from './reviewers.operations';

const venue = (reviewerProfiles: unknown[]) => ({
  request: { query: ReviewerPoolQuery, variables: { venueId: 'v1', offset: 0 } },
  result: { data: { venue: { __typename: 'Venue', id: 'v1', reviewerProfileCount: reviewerProfiles.length, reviewerProfiles } } },
});

describe('ReviewerPool', () => {
  it('shows each profile in a row: areas, current institutions, load, training', async () => {
    render(
      <MockedProvider
        mocks={[
          venue([
            {
              __typename: 'ReviewerProfile',
              areas: ['Speech synthesis'],
              communities: [],
              maxLoad: 4,
              trainingCompletedOn: '2026-11-30',
              publications: [{ __typename: 'ReviewerPublication', title: 'A' }],
              affiliations: [
                { __typename: 'ReviewerAffiliation', institution: 'Uni Example', endYear: null },
                { __typename: 'ReviewerAffiliation', institution: 'Old Lab', endYear: 2018 },
              ],
              person: { __typename: 'User', id: 'u1', name: 'Esme Expert' },
            },
          ]),
        ]}
      >
        <ReviewerPool venueId="v1" />
      </MockedProvider>,
    );
    const row = (await screen.findByText('Esme Expert')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Speech synthesis')).toBeInTheDocument();
    expect(within(row).getByText('Uni Example')).toBeInTheDocument();
    expect(within(row).queryByText(/Old Lab/)).not.toBeInTheDocument();
    expect(within(row).getByText('at most 4')).toBeInTheDocument();
    expect(within(row).getByText('2026-11-30')).toBeInTheDocument();
  });

  it('says when nobody has a profile yet', async () => {
    render(
      <MockedProvider mocks={[venue([])]}>
        <ReviewerPool venueId="v1" />
      </MockedProvider>,
    );
    expect(await screen.findByText('No reviewer has filled in a profile yet.')).toBeInTheDocument();
  });
});
