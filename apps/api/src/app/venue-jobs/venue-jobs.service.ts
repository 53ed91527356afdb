import { Injectable } from '@nestjs/common';
import { isPermitted, JOB_STATES, type Actor, type JobState } from '@impact-review/domain';
import { fail } from '../common/errors/app-error';
import { AccessService } from '../access';
import { JobQueue, JobRepository, type JobRecord } from '../jobs';
import { jobErrors } from './venue-jobs.errors';

const MAX_PAGE = 100;

/** A venue's jobs for its chairs: what is waiting, running, done or failed, and retrying a failure. */
@Injectable()
export class VenueJobsService {
  constructor(
    private readonly repository: JobRepository,
    private readonly queue: JobQueue,
    private readonly access: AccessService,
  ) {}

  async page(actor: Actor, venueId: string, state: JobState | null, offset: number, limit: number) {
    if (!isPermitted(actor, 'venue.viewJobs', { kind: 'venue', venueId })) fail(jobErrors, 'NOT_A_CHAIR');
    if (
      !Number.isInteger(offset) ||
      offset < 0 ||
      !Number.isInteger(limit) ||
      limit < 1 ||
      limit > MAX_PAGE
    ) {
      fail(jobErrors, 'BAD_PAGE');
    }
    // Jobs about a submission the chair is conflicted with are not theirs to see, nor to count.
    const hidden = await this.access.conflictedIn(actor, venueId);
    const [jobs, total, ...perState] = await Promise.all([
      this.repository.listForVenue(venueId, state, offset, limit, hidden),
      this.repository.countForVenue(venueId, state, hidden),
      ...JOB_STATES.map((s) => this.repository.countForVenue(venueId, s, hidden)),
    ]);
    const counts = Object.fromEntries(JOB_STATES.map((s, i) => [s, perState[i] ?? 0])) as Record<
      JobState,
      number
    >;
    return { jobs, total, counts };
  }

  async retry(actor: Actor, id: string): Promise<JobRecord> {
    const job = await this.repository.findById(id);
    // A job of a venue the person does not chair is answered like a missing one.
    if (
      !job ||
      job.venueId === null ||
      !isPermitted(actor, 'venue.viewJobs', { kind: 'venue', venueId: job.venueId })
    )
      fail(jobErrors, 'JOB_NOT_FOUND');
    if (job.subjectId && (await this.access.conflictedIn(actor, job.venueId)).includes(job.subjectId))
      fail(jobErrors, 'JOB_NOT_FOUND');
    const retried = await this.repository.retryFailed(job.id, job.venueId, new Date());
    if (!retried) fail(jobErrors, 'NOT_FAILED');
    this.queue.nudge();
    return retried;
  }
}
