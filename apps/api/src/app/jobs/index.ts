// Public surface of the jobs feature: enqueue work, register handlers, run effects once.
export { JobsModule } from './jobs.module';
export { JobQueue, type EnqueueOptions, type JobContext, type JobHandler } from './job-queue.service';
export { JobRepository, type JobRecord } from './job.repository';
export { ANNOUNCE_VENUE_RELEASE_JOB } from './job-names';
