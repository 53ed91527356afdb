import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { VENUE_ROLE_MODEL, venueRoleSchema } from './venue-role.schema';
import { RoleGrants } from './role-grants.service';
import { VenueRoleRepository } from './venue-role.repository';

@Module({
  imports: [MongooseModule.forFeature([{ name: VENUE_ROLE_MODEL, schema: venueRoleSchema }])],
  providers: [VenueRoleRepository, RoleGrants],
  exports: [VenueRoleRepository, RoleGrants],
})
export class MembershipsModule {}
