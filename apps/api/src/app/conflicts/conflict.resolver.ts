import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../access';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { Submission } from '../submissions';
import { User, userById, UserRepository } from '../users';
import { userInVenue } from '../venues';
import { toConflict, ConflictService } from './conflict.service';
import { DeclareConflictInput, DeclareOwnConflictInput } from './dto/conflict.input';
import { Conflict } from './models/conflict.model';

async function personIn(ctx: RequestContext, users: UserRepository, id: string, venueId: string): Promise<User> {
  const user = await ctx.loaders.of(userById, users).load(id);
  return user ? userInVenue(ctx.actor, user, venueId) : { id, name: 'Former member', email: null };
}

@Resolver(() => Conflict)
export class ConflictResolver {
  constructor(
    private readonly conflicts: ConflictService,
    private readonly users: UserRepository,
  ) {}

  @Mutation(() => Conflict, {
    description:
      "Records that a venue member must not see this submission (the submission's authors, or a chair who is not conflicted). BAD_USER_INPUT with field errors; CONFLICT when one is already recorded.",
  })
  async declareConflict(@Args('input') input: DeclareConflictInput, @Ctx() ctx: RequestContext): Promise<Conflict> {
    return toConflict(await this.conflicts.declare(ctx.actor, input));
  }

  @Mutation(() => Conflict, {
    description:
      'A reviewer declares their own conflict with a statement while bidding is open; the statement is hidden from them from then on. BAD_USER_INPUT with field errors.',
  })
  async declareOwnConflict(@Args('input') input: DeclareOwnConflictInput, @Ctx() ctx: RequestContext): Promise<Conflict> {
    return toConflict(await this.conflicts.declareOwn(ctx.actor, input));
  }

  @Mutation(() => Conflict, {
    description: 'Withdraws a conflict at the revision you saw; administrative ones only a chair who is not conflicted can withdraw.',
  })
  async withdrawConflict(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Conflict> {
    return toConflict(await this.conflicts.withdraw(ctx.actor, submissionId, userId, expectedRevision));
  }

  @ResolveField(() => User, { description: 'The person who must not see the submission.' })
  person(@Parent() conflict: Conflict, @Ctx() ctx: RequestContext): Promise<User> {
    return personIn(ctx, this.users, conflict.userId, conflict.venueId);
  }

  @ResolveField(() => User)
  declaredBy(@Parent() conflict: Conflict, @Ctx() ctx: RequestContext): Promise<User> {
    return personIn(ctx, this.users, conflict.declaredById, conflict.venueId);
  }
}

/** Submission.conflicts lives here so that submissions need not know about conflicts. */
@Resolver(() => Submission)
export class SubmissionConflictsResolver {
  constructor(
    private readonly conflictService: ConflictService,
    private readonly access: AccessService,
    private readonly users: UserRepository,
  ) {}

  @ResolveField(() => [Conflict], {
    description: "Declared conflicts in force (the submission's authors and the venue's chairs who are not conflicted; [] for everyone else). Authors are always conflicted with their own submission.",
  })
  async conflicts(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<Conflict[]> {
    const target = await this.access.submission(submission, ctx.loaders);
    return (await this.conflictService.listFor(ctx.actor, submission, target)).map(toConflict);
  }

  @ResolveField(() => [User], {
    description: 'The committee members a conflict can be declared with (for those who may declare one; [] for everyone else).',
  })
  async conflictCandidates(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<User[]> {
    const ids = await this.conflictService.candidates(ctx.actor, await this.access.submission(submission, ctx.loaders));
    return Promise.all(ids.map((id) => personIn(ctx, this.users, id, submission.venueId)));
  }
}
