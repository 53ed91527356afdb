import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { JOB_EFFECT_MODEL, JOB_MODEL, jobEffectSchema, jobSchema } from './job.schema';
import { JobRepository } from './job.repository';
import { JobQueue } from './job-queue.service';
import { JobsHousekeeping } from './jobs-housekeeping';

/**
 * The durable job queue every feature enqueues into; global, like the database. The chairs' page of
 * a venue's jobs is the venue-jobs feature, above the access layer.
 */
@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: JOB_MODEL, schema: jobSchema },
      { name: JOB_EFFECT_MODEL, schema: jobEffectSchema },
    ]),
  ],
  providers: [JobRepository, JobQueue, JobsHousekeeping],
  exports: [JobQueue, JobRepository],
})
export class JobsModule {}
