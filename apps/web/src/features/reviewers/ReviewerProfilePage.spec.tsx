import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { MyReviewerProfileQuery } from './reviewers.operations';
import { ReviewerProfilePage } from './ReviewerProfilePage';

const profileMock = {
  request: { query: MyReviewerProfileQuery, variables: { venueId: 'v1' } },
  result: {
    data: {
      reviewerProfile: {
        __typename: 'ReviewerProfile',
        areas: ['Speech synthesis'],
        expertise: '',
        publications: [{ __typename: 'ReviewerPublication', title: 'Cloning voices', abstract: '', year: 2024 }],
        affiliations: [],
        communities: [],
        maxLoad: 3,
        trainingCompletedOn: null,
        revision: 2,
      },
      venue: {
        __typename: 'Venue',
        id: 'v1',
        taxonomy: {
          __typename: 'VenueTaxonomy',
          areas: [{ __typename: 'TaxonomyArea', label: 'Speech synthesis', subAreas: ['Voice cloning'] }],
          communities: ['Voice actors'],
        },
      },
    },
  },
};

describe('ReviewerProfilePage', () => {
  it('offers the venue’s areas and communities, shows the saved profile, and checks the form with the domain’s rules', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={[profileMock]}>
        <ReviewerProfilePage venueId="v1" />
      </MockedProvider>,
    );
    const section = await screen.findByRole('region', { name: 'Your reviewer profile' });
    expect(within(section).getByLabelText('Speech synthesis')).toBeChecked();
    expect(within(section).getByLabelText('Speech synthesis / Voice cloning')).not.toBeChecked();
    expect(within(section).getByLabelText('Voice actors')).not.toBeChecked();
    expect(within(section).getByText('Cloning voices (2024)')).toBeInTheDocument();
    const load = within(section).getByLabelText('Most statements you take on');
    await user.clear(load);
    await user.type(load, '99');
    await user.click(within(section).getByRole('button', { name: 'Save the profile' }));
    expect(await within(section).findByText('Give the most statements you take on, from 0 to 50.')).toBeInTheDocument();
  });
});
