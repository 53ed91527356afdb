import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { JobState } from '@impact-review/domain';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { JobStateEnum, VenueJob, VenueJobPage } from './models/venue-job.model';
import { VenueJobsService } from './venue-jobs.service';

@Resolver(() => VenueJob)
export class VenueJobsResolver {
  constructor(private readonly jobs: VenueJobsService) {}

  @Query(() => VenueJobPage, { description: "A venue's background jobs, newest first (its chairs only)." })
  venueJobs(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Ctx() ctx: RequestContext,
    @Args('state', { type: () => JobStateEnum, nullable: true }) state?: JobState | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit = 20,
  ): Promise<VenueJobPage> {
    return this.jobs.page(ctx.actor, venueId, state ?? null, offset, limit);
  }

  @Mutation(() => VenueJob, {
    description: 'Runs a failed job of the venue again, now, with fresh attempts (its chairs only).',
  })
  retryJob(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<VenueJob> {
    return this.jobs.retry(ctx.actor, id);
  }
}
