import { orderVenues } from './venue-order';

const at = (minute: number): Date => new Date(Date.UTC(2030, 0, 1, 0, minute));

describe('orderVenues', () => {
  it('lists each conference followed by its own workshops, oldest first', () => {
    const venues = [
      { id: 'w2', kind: 'workshop' as const, parentVenueId: 'c2', createdAt: at(5) },
      { id: 'c2', kind: 'conference' as const, parentVenueId: null, createdAt: at(2) },
      { id: 'w1b', kind: 'workshop' as const, parentVenueId: 'c1', createdAt: at(4) },
      { id: 'c1', kind: 'conference' as const, parentVenueId: null, createdAt: at(1) },
      { id: 'w1a', kind: 'workshop' as const, parentVenueId: 'c1', createdAt: at(3) },
      { id: 'orphan', kind: 'workshop' as const, parentVenueId: 'gone', createdAt: at(0) },
    ];
    expect(orderVenues(venues).map((v) => v.id)).toEqual(['c1', 'w1a', 'w1b', 'c2', 'w2', 'orphan']);
  });

  it('returns an empty list for no venues', () => {
    expect(orderVenues([])).toEqual([]);
  });
});
