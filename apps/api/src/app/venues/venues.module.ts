import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MembershipsModule } from '../memberships';
import { SiteAdminModule } from '../site-admin';
import { UsersModule } from '../users';
import { VENUE_MODEL, venueSchema } from './venue.schema';
import { VenueRepository } from './venue.repository';
import { VenueResolver } from './venue.resolver';
import { VenueService } from './venue.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: VENUE_MODEL, schema: venueSchema }]), UsersModule, MembershipsModule, SiteAdminModule],
  providers: [VenueRepository, VenueService, VenueResolver],
  exports: [VenueRepository, VenueService],
})
export class VenuesModule {}
