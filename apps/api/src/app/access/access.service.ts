import { Injectable } from '@nestjs/common';
import {
  DEFAULT_REVIEW_VISIBILITY,
  holdsSlot,
  isPermitted,
  PERMISSIONS,
  submissionTarget,
  VIEW_PERMISSION_OF,
  type AccessTarget,
  type Actor,
  type Permission,
  type SubmissionPhase,
  type SubmissionTarget,
  type TargetOf,
} from '@impact-review/domain';
import { AppError, fail } from '../common/errors/app-error';
import { defineLoader, groupTo, type RequestLoaders } from '../common/graphql/loaders';
import { VenueRoleRepository } from '../memberships';
import { venueById, VenueRepository } from '../venues';
import { accessErrors, FORBIDDEN_MESSAGES } from './access.errors';
import { AgendaMembershipRepository } from './agenda-membership.repository';
import { ConflictRepository } from './conflict.repository';
import { ReviewerAssignmentRepository } from './reviewer-assignment.repository';

/** What the access layer needs of a submission record to load its facts. */
export interface SubmissionFactsSource {
  id: string;
  venueId: string;
  authorIds: readonly string[];
  phase: SubmissionPhase;
  /** Missing where a caller builds the facts by hand: the reviews count as not released. */
  reviewsReleasedAt?: Date | null;
  /** Missing where a caller builds the facts by hand: no decision counts as sent. */
  decisionSentForVersion?: number;
}

const activeConflictsOf = defineLoader(
  'access.conflictsOfSubmission',
  (conflicts: ConflictRepository) => async (submissionIds: readonly string[]) =>
    groupTo(submissionIds, await conflicts.activeForSubmissions(submissionIds), (c) => c.submissionId),
);

const assignmentsOf = defineLoader(
  'access.assignmentsOfSubmission',
  (assignments: ReviewerAssignmentRepository) => async (submissionIds: readonly string[]) =>
    groupTo(submissionIds, await assignments.forSubmissions(submissionIds), (a) => a.submissionId),
);

const agendaOf = defineLoader(
  'access.agendaOfSubmission',
  (agendas: AgendaMembershipRepository) => async (submissionIds: readonly string[]) =>
    groupTo(submissionIds, await agendas.forSubmissions(submissionIds), (a) => a.submissionId),
);

const NOT_FOUND: Readonly<Record<AccessTarget['kind'], (keyof typeof accessErrors) | null>> = {
  site: null,
  venue: null,
  submission: 'SUBMISSION_NOT_FOUND',
  statementVersion: 'VERSION_NOT_FOUND',
  person: null,
  auditEvent: 'EVENT_NOT_FOUND',
  review: 'REVIEW_NOT_FOUND',
  meeting: 'MEETING_NOT_FOUND',
};

/**
 * The one access layer of the API: loads access facts (batched per request when the caller hands
 * over its loaders) and applies the domain's rules (isPermitted). Every read and write of a
 * protected object goes through `require` or `can`; list queries narrow with `conflictedIn` and
 * still filter each item with `can`.
 */
@Injectable()
export class AccessService {
  constructor(
    private readonly conflicts: ConflictRepository,
    private readonly assignments: ReviewerAssignmentRepository,
    private readonly venues: VenueRepository,
    private readonly roles: VenueRoleRepository,
    private readonly agendas: AgendaMembershipRepository,
  ) {}

  can<P extends Permission>(actor: Actor, permission: P, target: TargetOf<P>): boolean {
    return isPermitted(actor, permission, target);
  }

  /**
   * Throws unless `actor` holds `permission` on `target`. Someone who may not even see the target
   * gets exactly the answer a missing object gets (NOT_FOUND); someone who sees it but may not do
   * this gets FORBIDDEN, with `forbidden`'s error when the feature has a more precise one.
   */
  require<P extends Permission>(actor: Actor, permission: P, target: TargetOf<P>, forbidden?: () => never): void {
    if (isPermitted(actor, permission, target)) return;
    const viewPermission = VIEW_PERMISSION_OF[target.kind];
    const hidden =
      PERMISSIONS[permission].view ||
      (viewPermission !== null && !isPermitted(actor, viewPermission, target as never));
    const notFound = NOT_FOUND[target.kind];
    if (hidden && notFound) fail(accessErrors, notFound);
    if (forbidden) forbidden();
    throw new AppError('FORBIDDEN', FORBIDDEN_MESSAGES[permission], [], 'FORBIDDEN');
  }

  /** The missing-object answer for a kind of target (the same bytes as a refusal to view). */
  notFound(kind: 'submission' | 'statementVersion' | 'auditEvent' | 'review' | 'meeting'): never {
    return fail(accessErrors, NOT_FOUND[kind] as keyof typeof accessErrors);
  }

  /** The access facts of one submission; batched with the request's other reads when given its loaders. */
  async submission(record: SubmissionFactsSource, loaders?: RequestLoaders): Promise<SubmissionTarget> {
    const [conflicts, venue, assignments, agendas] = loaders
      ? await Promise.all([
          loaders.of(activeConflictsOf, this.conflicts).load(record.id),
          loaders.of(venueById, this.venues).load(record.venueId),
          loaders.of(assignmentsOf, this.assignments).load(record.id),
          loaders.of(agendaOf, this.agendas).load(record.id),
        ])
      : await Promise.all([
          this.conflicts.activeForSubmissions([record.id]),
          this.venues.findById(record.venueId),
          this.assignments.forSubmissions([record.id]),
          this.agendas.forSubmissions([record.id]),
        ]);
    const holding = assignments.filter((a) => holdsSlot(a.state));
    return submissionTarget(record, {
      conflictedUserIds: conflicts.map((c) => c.userId),
      tiersVisibleToAuthors: venue?.tiersVisibleToAuthors ?? true,
      assignedUserIds: holding.map((a) => a.reviewerId),
      biddingOpen: venue?.biddingOpen ?? false,
      doubleBlind: venue?.doubleBlind ?? true,
      reviewVisibility: venue?.reviewVisibility ?? DEFAULT_REVIEW_VISIBILITY,
      submittedReviewerIds: holding.filter((a) => a.reviewSubmittedAt != null).map((a) => a.reviewerId),
      reviewsReleased: (record.reviewsReleasedAt ?? null) !== null || (venue?.reviewsReleased ?? false),
      decisionSent: (record.decisionSentForVersion ?? 0) > 0,
      agendaMemberIds: [...new Set(agendas.flatMap((a) => a.memberIds))],
    });
  }

  /** Facts of many submissions at once (a list page): one read of conflicts, one of venues. */
  async submissions(records: readonly SubmissionFactsSource[], loaders: RequestLoaders): Promise<SubmissionTarget[]> {
    return Promise.all(records.map((record) => this.submission(record, loaders)));
  }

  /**
   * The people among `userIds` who hold `permission` on `target`: every mail's recipient list goes
   * through here, so a mail never tells someone what the policy would not show them.
   */
  async recipientsWith<P extends Permission>(permission: P, target: TargetOf<P>, userIds: readonly string[]): Promise<string[]> {
    const people = await Promise.all(
      [...new Set(userIds)].map(async (userId) => ({ userId, roles: await this.roles.rolesOfUser(userId) })),
    );
    return people
      .filter(({ userId, roles }) =>
        isPermitted({ userId, roles: roles.map((r) => ({ venueId: r.venueId, role: r.role })) }, permission, target),
      )
      .map(({ userId }) => userId);
  }

  /**
   * The submissions of a venue the actor must not see in lists, counts and searches although a
   * chair role would show them: those with a declared conflict. (Their own submissions they see
   * as authors, through My submissions, and lists leave those out with `authorIds`.)
   */
  async conflictedIn(actor: Actor, venueId: string): Promise<string[]> {
    if (actor === null) return [];
    return this.conflicts.submissionIdsConflictedFor(actor.userId, venueId);
  }
}
