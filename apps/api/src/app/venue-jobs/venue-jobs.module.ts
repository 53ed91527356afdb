import { Module } from '@nestjs/common';
import { VenueJobsResolver } from './venue-jobs.resolver';
import { VenueJobsService } from './venue-jobs.service';

/** A venue's jobs for its chairs (the queue itself is the jobs feature). */
@Module({ providers: [VenueJobsService, VenueJobsResolver] })
export class VenueJobsModule {}
