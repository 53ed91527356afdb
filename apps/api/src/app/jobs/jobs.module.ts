import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { JOB_EFFECT_MODEL, JOB_MODEL, jobEffectSchema, jobSchema } from './job.schema';
import { JobRepository } from './job.repository';
import { JobQueue } from './job-queue.service';
import { JobsHousekeeping } from './jobs-housekeeping';
import { JobsResolver } from './jobs.resolver';
import { VenueJobsService } from './venue-jobs.service';

/** The durable job queue every feature enqueues into; global, like the database. */
@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: JOB_MODEL, schema: jobSchema },
      { name: JOB_EFFECT_MODEL, schema: jobEffectSchema },
    ]),
  ],
  providers: [JobRepository, JobQueue, VenueJobsService, JobsResolver, JobsHousekeeping],
  exports: [JobQueue],
})
export class JobsModule {}
