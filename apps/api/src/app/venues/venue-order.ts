import type { VenueKind } from '@impact-review/domain';

interface Orderable {
  id: string;
  kind: VenueKind;
  parentVenueId: string | null;
  createdAt: Date;
}

function byCreation(a: Orderable, b: Orderable): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
}

/**
 * Venues as a directory reads them: each conference (oldest first) followed by its workshops.
 * A workshop whose conference is missing from the list still appears, at the end.
 */
export function orderVenues<T extends Orderable>(venues: readonly T[]): T[] {
  const conferences = venues.filter((v) => v.kind === 'conference').sort(byCreation);
  const workshops = venues.filter((v) => v.kind !== 'conference').sort(byCreation);
  const placed = new Set<string>();
  const ordered: T[] = [];
  for (const conference of conferences) {
    ordered.push(conference);
    for (const workshop of workshops) {
      if (workshop.parentVenueId === conference.id) {
        ordered.push(workshop);
        placed.add(workshop.id);
      }
    }
  }
  return [...ordered, ...workshops.filter((w) => !placed.has(w.id))];
}
