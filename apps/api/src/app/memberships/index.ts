// Public surface of the memberships feature: who holds which role at which venue, and granting one.
export { VenueRoleRepository, type VenueRoleRecord } from './venue-role.repository';
export { RoleGrants } from './role-grants.service';
export { MembershipsModule } from './memberships.module';
