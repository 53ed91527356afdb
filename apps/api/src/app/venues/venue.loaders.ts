import type DataLoader from 'dataloader';
import { alignTo, groupTo, loaderFor, type LoaderHost } from '../common/graphql/loaders';
import type { VenueRoleRecord, VenueRoleRepository } from '../memberships/venue-role.repository';
import type { UserRecord, UserRepository } from '../users/user.repository';
import type { VenueRecord, VenueRepository } from './venue.repository';

/** Per-request loaders for joins around venues; other features may reuse them by calling these. */
export function venueByIdLoader(ctx: LoaderHost, venues: VenueRepository): DataLoader<string, VenueRecord | null> {
  return loaderFor(ctx, 'venues.byId', async (ids: readonly string[]) =>
    alignTo(ids, await venues.findByIds(ids), (v) => v.id, null),
  );
}

export function workshopsLoader(ctx: LoaderHost, venues: VenueRepository): DataLoader<string, VenueRecord[]> {
  return loaderFor(ctx, 'venues.workshopsOf', async (parentIds: readonly string[]) =>
    groupTo(parentIds, await venues.findWorkshopsOf(parentIds), (v) => v.parentVenueId ?? ''),
  );
}

export function venueRolesLoader(ctx: LoaderHost, roles: VenueRoleRepository): DataLoader<string, VenueRoleRecord[]> {
  // The memberships repository reads one venue at a time; only chairs' venues ask, so this stays small.
  return loaderFor(ctx, 'venues.rolesOf', (venueIds: readonly string[]) =>
    Promise.all(venueIds.map((id) => roles.membersOfVenue(id))),
  );
}

export function userByIdLoader(ctx: LoaderHost, users: UserRepository): DataLoader<string, UserRecord | null> {
  return loaderFor(ctx, 'users.byId', async (ids: readonly string[]) =>
    alignTo(ids, await users.findByIds(ids), (u) => u.id, null),
  );
}
