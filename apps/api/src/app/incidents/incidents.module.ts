import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ApprovalsModule } from '../approvals';
import { RateLimitsModule } from '../rate-limits';
import { SubmissionsModule } from '../submissions';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { INCIDENT_MODEL, incidentSchema } from './incident.schema';
import { IncidentRepository } from './incident.repository';
import { IncidentsResolver, VenueIncidentsResolver } from './incidents.resolver';
import { IncidentsService } from './incidents.service';

/** The public release registry and incident reports from anyone, triaged by the chairs. */
@Module({
  imports: [MongooseModule.forFeature([{ name: INCIDENT_MODEL, schema: incidentSchema }]), ApprovalsModule, RateLimitsModule, SubmissionsModule, UsersModule, VenuesModule],
  providers: [IncidentRepository, IncidentsService, IncidentsResolver, VenueIncidentsResolver],
})
export class IncidentsModule {}
