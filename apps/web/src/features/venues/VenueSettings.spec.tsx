import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { VenueDetailsFragment } from '../../gql/graphql';
import { UpdateVenueMutation } from './venue.operations';
import { VenueSettings } from './VenueSettings';

const venue: VenueDetailsFragment = {
  __typename: 'Venue',
  id: 'v1',
  name: 'Synthetic Media Workshop',
  shortName: 'SynthMedia',
  kind: 'workshop',
  timeZone: 'Europe/Berlin',
  description: '',
  tiersVisibleToAuthors: false,
  revision: 3,
  createdAt: '2030-01-01T00:00:00.000Z',
  myRoles: ['chair'],
  parentVenue: { __typename: 'Venue', id: 'c1', name: 'Conference', shortName: 'Conf' },
  awaitingApprovalBy: null,
  conferenceRequest: null,
  workshops: [],
  deadlines: [{ __typename: 'Deadline', label: 'Statements', dueLocal: '2030-05-15T23:59', dueAt: '2030-05-15T21:59:00.000Z' }],
};

const variables = {
  id: 'v1',
  expectedRevision: 3,
  input: {
    name: 'Synthetic Media Workshop 2030',
    shortName: 'SynthMedia',
    timeZone: 'Europe/Berlin',
    description: '',
    deadlines: [{ label: 'Statements', dueLocal: '2030-05-15T23:59' }],
    // The setting as loaded goes back unchanged.
    tiersVisibleToAuthors: false,
  },
};

describe('VenueSettings', () => {
  it('sends the revision it loaded and offers a reload when another chair saved first', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: UpdateVenueMutation, variables },
            result: {
              errors: [
                {
                  message: 'Someone else changed this in the meantime. Reload to see the latest version, then try again.',
                  extensions: { code: 'CONFLICT' },
                },
              ],
            },
          },
        ]}
      >
        <VenueSettings venue={venue} />
      </MockedProvider>,
    );
    const name = screen.getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Synthetic Media Workshop 2030');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Another chair changed these settings/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload latest settings' })).toBeInTheDocument();
    expect(screen.queryByText('Settings saved.')).not.toBeInTheDocument();
  });

  it('checks the settings before sending them', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={[]}>
        <VenueSettings venue={venue} />
      </MockedProvider>,
    );
    await user.clear(screen.getByRole('textbox', { name: /Short name/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('textbox', { name: /Short name/ })).toHaveAccessibleDescription(
      /Such as “NeurIPS 2025”\. Give a short name of 2 to 40 characters/,
    );
  });
});
