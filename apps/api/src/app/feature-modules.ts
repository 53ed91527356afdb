import { MembershipsModule } from './memberships/memberships.module';
import { UsersModule } from './users/users.module';

/** Every domain feature of the API; AppModule imports them all. */
export const FEATURE_MODULES = [UsersModule, MembershipsModule];
