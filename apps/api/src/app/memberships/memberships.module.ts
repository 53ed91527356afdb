import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { VENUE_ROLE_MODEL, venueRoleSchema } from './venue-role.schema';
import { VenueRoleRepository } from './venue-role.repository';

@Module({
  imports: [MongooseModule.forFeature([{ name: VENUE_ROLE_MODEL, schema: venueRoleSchema }])],
  providers: [VenueRoleRepository],
  exports: [VenueRoleRepository],
})
export class MembershipsModule {}
