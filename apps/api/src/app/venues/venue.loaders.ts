import { alignTo, defineLoader, groupTo } from '../common/graphql/loaders';
import type { VenueRoleRepository } from '../memberships';
import type { VenueRepository } from './venue.repository';

// Per-request loaders for joins around venues; other features reuse them through ctx.loaders.of.

export const venueById = defineLoader('venues.byId', (venues: VenueRepository) => async (ids: readonly string[]) =>
  alignTo(ids, await venues.findByIds(ids), (v) => v.id, null),
);

export const workshopsOf = defineLoader(
  'venues.workshopsOf',
  (venues: VenueRepository) => async (parentIds: readonly string[]) =>
    groupTo(parentIds, await venues.findWorkshopsOf(parentIds), (v) => v.parentVenueId ?? ''),
);

// The memberships repository reads one venue at a time; only chairs' venues ask, so this stays small.
export const venueRolesOf = defineLoader('venues.rolesOf', (roles: VenueRoleRepository) => (venueIds: readonly string[]) =>
  Promise.all(venueIds.map((id) => roles.membersOfVenue(id))),
);
