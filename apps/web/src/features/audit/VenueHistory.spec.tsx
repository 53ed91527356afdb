import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { describeSummary } from './AuditEventList';
import { VenueHistoryQuery } from './audit.operations';
import { VenueHistory } from './VenueHistory';

const event = (
  index: number,
  kind: string,
  label: string,
  actor: { id: string; name: string },
  summary: object,
) => ({
  __typename: 'AuditEvent' as const,
  index,
  kind,
  label,
  objectType: 'venue',
  objectId: '64b7f0c2a1b2c3d4e5f60718',
  actorId: actor.id,
  actor: { __typename: 'User' as const, ...actor },
  at: '2030-01-01T10:00:00.000Z',
  summary: JSON.stringify(summary),
});
const ada = { id: 'u1', name: 'Ada Lovelace' };
const page = (events: ReturnType<typeof event>[]) => ({
  venueHistory: { __typename: 'AuditEventPage' as const, total: events.length, events },
  venueLog: {
    __typename: 'VenueLog' as const,
    venueId: 'v1',
    checkpoint: {
      __typename: 'LogCheckpoint' as const,
      origin: 'impact-review/venue/v1',
      size: 14,
      root: 'cm9vdHJvb3Ryb290cm9vdHJvb3Ryb290cm9vdHJvb3Q=',
      timestamp: '2030-01-01T10:00:00.000Z',
      signature: 'c2ln',
      publicKey: 'a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=',
    },
  },
});
const all = [
  event(3, 'venue.changed', 'Venue settings changed', ada, { name: { before: 'Old', after: 'New' } }),
  event(0, 'venue.created', 'Venue created', ada, { name: 'Old' }),
];
const vars = (filter: object) => ({
  venueId: 'v1',
  filter: { kind: null, actorId: null, objectId: null, ...filter },
  offset: 0,
  limit: 50,
});

describe('VenueHistory', () => {
  it('lists the changes with what changed, and narrows to one person when their name is picked', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[
          { request: { query: VenueHistoryQuery, variables: vars({}) }, result: { data: page(all) } },
          {
            request: { query: VenueHistoryQuery, variables: vars({ actorId: 'u1' }) },
            result: { data: page(all.slice(0, 1)) },
          },
        ]}
      >
        <VenueHistory venueId="v1" shortName="SMR 2030" />
      </MockedProvider>,
    );
    expect(await screen.findByText('name: Old → New')).toBeInTheDocument();
    expect(screen.getByText(/14/)).toBeInTheDocument();
    expect(screen.getByText('1–2 of 2 changes')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Ada Lovelace' })[0]!);
    expect(await screen.findByText('1–1 of 1 changes')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Only changes by Ada Lovelace');
    expect(screen.getByRole('button', { name: 'Download the log' })).toBeEnabled();
  });
});

describe('describeSummary', () => {
  test.each([
    ['{"name":{"before":"A","after":"B"}}', ['name: A → B']],
    ['{"email":"x@example.org","role":"chair"}', ['email: x@example.org', 'role: chair']],
    ['{"note":{"before":"","after":"ok"}}', ['note: — → ok']],
    ['not json', []],
  ])('%s', (summary, lines) => expect(describeSummary(summary)).toEqual(lines));
});
