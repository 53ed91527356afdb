import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { LandingPage } from './LandingPage';
import { PublicVenuesQuery } from './home.operations';

const conference = {
  __typename: 'Venue' as const,
  id: 'c1',
  name: 'Conference on Synthetic Media',
  shortName: 'CSM 2031',
  kind: 'conference' as const,
  description: 'Generative media and society.',
  parentVenue: null,
  awaitingApprovalBy: null,
  deadlines: [
    { __typename: 'Deadline' as const, label: 'Paper submission', dueAt: '2001-01-01T00:00:00.000Z' },
    { __typename: 'Deadline' as const, label: 'Impact statement', dueAt: '2999-05-22T12:00:00.000Z' },
  ],
};
const pending = {
  ...conference,
  id: 'w1',
  name: 'Workshop on Audio Deepfakes',
  shortName: 'WAD 2031',
  kind: 'workshop' as const,
  description: '',
  awaitingApprovalBy: { __typename: 'Venue' as const, id: 'c1', shortName: 'CSM 2031' },
  deadlines: [],
};

function renderLanding(venues: unknown[]) {
  return render(
    <MockedProvider mocks={[{ request: { query: PublicVenuesQuery }, result: { data: { venues } } }]}>
      <MemoryRouter>
        <LandingPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('LandingPage', () => {
  it('says what Impact Review is and offers to sign in or create an account', () => {
    renderLanding([]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Decide how research is released');
    expect(screen.getAllByRole('link', { name: 'Create an account' })[0]).toHaveAttribute(
      'href',
      '/register',
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(
      within(screen.getByRole('region', { name: 'How it works' })).getAllByRole('listitem'),
    ).toHaveLength(5);
  });

  it('lists the venues with their next deadline and a workshop awaiting approval', async () => {
    renderLanding([conference, pending]);
    const directory = screen.getByRole('region', { name: 'Venues on Impact Review' });
    expect(await within(directory).findByText('Conference on Synthetic Media')).toBeInTheDocument();
    expect(directory).toHaveTextContent('Next deadline: Impact statement');
    expect(directory).toHaveTextContent('Workshop · awaiting approval by CSM 2031');
    expect(directory).toHaveTextContent('No upcoming deadline');
  });

  it('tells visitors when there are no venues yet', async () => {
    renderLanding([]);
    expect(await screen.findByText(/No venues have opened yet/)).toBeInTheDocument();
  });
});
