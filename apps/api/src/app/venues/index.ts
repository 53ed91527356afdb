// Public surface of the venues feature.
export { venueErrors } from './venue.errors';
export { Venue } from './models/venue.model';
export { TierPolicyInput } from './dto/tier-policy.input';
export { VenueRepository, type VenueRecord } from './venue.repository';
export { venueById, venueRolesOf, workshopsOf } from './venue.loaders';
export { userInVenue, emailVisible } from './user-visibility';
export { VenueService } from './venue.service';
export { VenuesModule } from './venues.module';
