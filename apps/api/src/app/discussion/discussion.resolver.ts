import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../access';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { Submission, SubmissionRepository } from '../submissions';
import { User, userById, UserRepository } from '../users';
import { userInVenue } from '../venues';
import type { AuthorResponseRecord } from './discussion.repository';
import { DiscussionService, type ParticipantView } from './discussion.service';
import { AuthorResponse, Discussion, DiscussionParticipant, ResponseWindowInfo } from './models/discussion.model';

type ParticipantModel = DiscussionParticipant & { namedId: string | null; venueId: string };

function toParticipant(view: ParticipantView, venueId: string): ParticipantModel {
  return { id: view.userId, label: view.label, person: null, role: view.role, namedId: view.namedId, venueId };
}

function toResponse(record: AuthorResponseRecord): AuthorResponse {
  return { text: record.text, wordCount: record.wordCount, submittedAt: record.submittedAt, revision: record.revision };
}

/** A statement's discussion and the authors' response. */
@Resolver(() => Submission)
export class SubmissionDiscussionResolver {
  constructor(
    private readonly service: DiscussionService,
    private readonly access: AccessService,
    private readonly submissions: SubmissionRepository,
  ) {}

  @ResolveField(() => Discussion, {
    nullable: true,
    description: 'Its discussion: its chairs, and its reviewers once they may read each other’s reviews (null for everyone else).',
  })
  async discussion(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<Discussion | null> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return null;
    const target = await this.access.submission(record, ctx.loaders);
    const view = await this.service.discussion(ctx.actor, record, target);
    if (!view) return null;
    return {
      comments: view.comments.map(({ comment, author, mentions }) => ({
        id: comment.id,
        author: toParticipant(author, record.venueId),
        body: comment.body,
        mentions: mentions.map((m) => toParticipant(m, record.venueId)),
        createdAt: comment.createdAt,
        mine: comment.authorId === ctx.actor?.userId,
      })),
      unread: view.unread,
      participants: view.participants.map((p) => toParticipant(p, record.venueId)),
    };
  }

  @ResolveField(() => AuthorResponse, { nullable: true, description: 'The authors’ response to the reviews (authors, chairs and its reviewers; null until written).' })
  async authorResponse(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<AuthorResponse | null> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return null;
    const response = await this.service.response(ctx.actor, record, await this.access.submission(record, ctx.loaders));
    return response ? toResponse(response) : null;
  }

  @ResolveField(() => ResponseWindowInfo, { nullable: true, description: 'Whether you may respond to the reviews now (its authors; null for everyone else).' })
  async responseWindow(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<ResponseWindowInfo | null> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return null;
    const found = await this.service.window(ctx.actor, record, await this.access.submission(record, ctx.loaders));
    if (!found) return null;
    return {
      open: found.window.open,
      reason: found.window.open ? null : found.window.reason,
      deadline: found.venue.responsePhase.deadline,
      wordLimit: found.venue.responsePhase.wordLimit,
    };
  }

  @Mutation(() => Discussion, {
    description:
      'Comments in the statement’s discussion and answers the discussion as it stands; mentions name participants who may read it (BAD_USER_INPUT otherwise). Everyone else in the discussion is told by mail, as they chose.',
  })
  async postComment(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('body') body: string,
    @Args('mentions', { type: () => [ID], defaultValue: [] }) mentions: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<Discussion> {
    await this.service.post(ctx.actor, submissionId, body, mentions);
    return (await this.discussion({ id: submissionId } as Submission, ctx)) as Discussion;
  }

  @Mutation(() => Int, { description: 'Marks the discussion read up to now; answers the unread count (0).' })
  async markDiscussionRead(@Args('submissionId', { type: () => ID }) submissionId: string, @Ctx() ctx: RequestContext): Promise<number> {
    await this.service.markRead(ctx.actor, submissionId);
    return 0;
  }

  @Mutation(() => AuthorResponse, {
    description:
      'Saves the authors’ response (an author, while the venue’s response phase is open and the reviews are released) at the revision loaded (0 for the first). BAD_USER_INPUT over the word limit; CONFLICT when closed or changed meanwhile.',
  })
  async submitAuthorResponse(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('text') text: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthorResponse> {
    return toResponse(await this.service.respond(ctx.actor, submissionId, text, expectedRevision));
  }
}

/** A participant's person and name, only where the reader may know them. */
@Resolver(() => DiscussionParticipant)
export class DiscussionParticipantResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => User, { nullable: true })
  async person(@Parent() participant: ParticipantModel, @Ctx() ctx: RequestContext): Promise<User | null> {
    if (!participant.namedId) return null;
    const user = await ctx.loaders.of(userById, this.users).load(participant.namedId);
    return user ? userInVenue(ctx.actor, user, participant.venueId) : null;
  }

  @ResolveField(() => String)
  async label(@Parent() participant: ParticipantModel, @Ctx() ctx: RequestContext): Promise<string> {
    if (!participant.namedId) return participant.label;
    const user = await ctx.loaders.of(userById, this.users).load(participant.namedId);
    const name = user?.name ?? participant.label;
    return participant.role === 'chair' ? `${name} (chair)` : name;
  }
}
