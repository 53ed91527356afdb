import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobRepository } from './job.repository';
import { JobQueue } from './job-queue.service';

/** Finished jobs and effect records leave the database after the retention period (hourly). */
@Injectable()
export class JobsHousekeeping implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly repository: JobRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.registerRecurring(
      'housekeeping.jobs',
      '17 * * * *',
      'UTC',
      'Remove finished jobs past retention',
      async () => {
        await this.repository.purgeFinished(
          new Date(Date.now() - this.config.jobs.retentionHours * 3_600_000),
        );
      },
    );
  }
}
