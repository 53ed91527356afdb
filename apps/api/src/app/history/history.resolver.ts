import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { Submission } from '../submissions';
import { User, UserRepository, userById } from '../users';
import { userInVenue } from '../venues';
import { AuditHistoryService } from './audit-history.service';
import {
  AuditEvent,
  AuditEventPage,
  AuditHistoryFilter,
  LogProof,
  VenueLog,
} from './models/audit-event.model';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(
    private readonly history: AuditHistoryService,
    private readonly users: UserRepository,
  ) {}

  @Query(() => AuditEventPage, {
    description: "A venue's history, newest first, filtered by object, person or kind (its chairs only).",
  })
  venueHistory(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => AuditHistoryFilter, nullable: true }) filter?: AuditHistoryFilter | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit = 50,
  ): Promise<AuditEventPage> {
    return this.history.venueHistory(ctx.actor, venueId, filter ?? {}, offset, limit);
  }

  @Query(() => VenueLog, { description: "A venue's log: its latest signed checkpoint (its chairs only)." })
  async venueLog(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<VenueLog> {
    return { venueId, checkpoint: await this.history.checkpoint(ctx.actor, venueId) };
  }

  @Query(() => String, {
    description:
      "The venue's whole log as a JSON file for `npm run audit:verify` (its chairs only; entries they may not read come as hashes).",
  })
  venueLogExport(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return this.history.exportLog(ctx.actor, venueId);
  }

  @Query(() => LogProof, {
    description: 'Inclusion and consistency proofs with the checkpoint they refer to (its chairs only).',
  })
  venueLogProof(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Ctx() ctx: RequestContext,
    @Args('index', { type: () => Int, nullable: true }) index?: number | null,
    @Args('treeSize', { type: () => Int, nullable: true }) treeSize?: number | null,
    @Args('fromSize', { type: () => Int, nullable: true }) fromSize?: number | null,
  ): Promise<LogProof> {
    return this.history.proof(ctx.actor, venueId, { index, treeSize, fromSize });
  }

  @ResolveField(() => User, { nullable: true })
  async actor(@Parent() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<User | null> {
    if (!event.actorId) return null;
    const person = await ctx.loaders.of(userById, this.users).load(event.actorId);
    // As everywhere in a venue: the email only for the person themself and the venue's chairs.
    return person ? userInVenue(ctx.actor, person, event.venueId) : { id: event.actorId, name: 'Former member', email: null };
  }
}

/** Each submission's own history, for those who may see the submission. */
@Resolver(() => Submission)
export class SubmissionHistoryResolver {
  constructor(private readonly audit: AuditHistoryService) {}

  @ResolveField(() => [AuditEvent], {
    description: 'Changes to this submission, newest first, as the reader may see them.',
  })
  history(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<AuditEvent[]> {
    return this.audit.submissionHistory(ctx.actor, submission, ctx.loaders);
  }
}
