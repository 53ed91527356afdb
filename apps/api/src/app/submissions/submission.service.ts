import { Injectable } from '@nestjs/common';
import {
  emptyStatementContent,
  combineSearchCandidates,
  searchWordsOf,
  tierPolicyChanges,
  validateTierPolicy,
  validateNewSubmission,
  validatePage,
  type Actor,
  type SortDirection,
  type SubmissionPhase,
  type SubmissionSortField,
  type Tier,
  type TierPolicy,
  type TierStatus,
} from '@impact-review/domain';
import { AccessService } from '../access';
import { Clock } from '../common/clock';
import type { RequestLoaders } from '../common/graphql/loaders';
import { fail } from '../common/errors/app-error';
import { venueErrors, VenueRepository } from '../venues';
import { AuditLog, auditEvent } from '../audit';
import type { NotificationEvent } from '../notifications';
import { metadataFromInput } from './statement-content.mapper';
import { SubmissionAuthorRepository } from './submission-author.repository';
import { SubmissionSearchTermRepository } from './submission-search-term.repository';
import { SubmissionRepository, type SubmissionRecord } from './submission.repository';
import { submissionErrors } from './submissions.errors';

/**
 * The most submissions a search looks at. A search reads its candidates, so this bounds its cost
 * whatever the size of the venue; a search matching more is asked to be narrowed.
 */
const SEARCH_CANDIDATES = 100;

export interface SubmissionMetadataInput {
  title: string;
  abstract: string;
  links: unknown;
  artifacts: unknown;
}

export interface VenueSubmissionsRequest {
  filter?: {
    tier?: Tier | null;
    tierStatus?: TierStatus | null;
    phase?: SubmissionPhase | null;
    search?: string | null;
  } | null;
  sort?: { field: SubmissionSortField; direction: SortDirection } | null;
  offset: number;
  limit: number;
}

@Injectable()
export class SubmissionService {
  constructor(
    private readonly clock: Clock,
    private readonly submissions: SubmissionRepository,
    private readonly authorships: SubmissionAuthorRepository,
    private readonly searchTerms: SubmissionSearchTermRepository,
    private readonly venues: VenueRepository,
    private readonly audit: AuditLog,
    private readonly access: AccessService,
  ) {}

  /** The submission if `actor` may see it; otherwise NOT_FOUND exactly as for a missing id. */
  async getVisible(actor: Actor, id: string, loaders?: RequestLoaders): Promise<SubmissionRecord> {
    const submission = await this.submissions.findById(id);
    if (!submission) return this.access.notFound('submission');
    this.access.require(actor, 'submission.view', await this.access.submission(submission, loaders));
    return submission;
  }

  /** Visible and editable (an author); a chair who can see it but is no author gets FORBIDDEN. */
  async getEditable(actor: Actor, id: string): Promise<SubmissionRecord> {
    const submission = await this.submissions.findById(id);
    if (!submission) return this.access.notFound('submission');
    this.access.require(actor, 'submission.edit', await this.access.submission(submission), () =>
      fail(submissionErrors, 'NOT_AN_AUTHOR'),
    );
    return submission;
  }

  /** From authorship alone (not the venue role, which only the first submit grants). */
  async listMine(actor: Actor, loaders: RequestLoaders): Promise<SubmissionRecord[]> {
    if (!actor) return [];
    // The query already scopes to authorship; the policy still has the last word on every read.
    const mine = await this.submissions.findManyByIds(await this.authorships.submissionIdsOf(actor.userId));
    return this.visibleOnly(actor, mine, loaders);
  }

  /** The records `actor` may see, in their order (the policy's last word on a list). */
  private async visibleOnly(actor: Actor, records: SubmissionRecord[], loaders: RequestLoaders): Promise<SubmissionRecord[]> {
    const targets = await this.access.submissions(records, loaders);
    return records.filter((_, i) => this.access.can(actor, 'submission.view', targets[i] as (typeof targets)[number]));
  }

  /** Chairs only; drafts never appear (only submissions with a submitted version). */
  async listForVenue(
    actor: Actor,
    venueId: string,
    request: VenueSubmissionsRequest,
    loaders: RequestLoaders,
  ): Promise<{ items: SubmissionRecord[]; total: number; searchCapped: boolean }> {
    if (!this.access.can(actor, 'venue.viewSubmissions', { kind: 'venue', venueId })) {
      if (!(await this.venues.findById(venueId))) fail(venueErrors, 'VENUE_NOT_FOUND');
      fail(submissionErrors, 'NOT_A_CHAIR');
    }
    const errors = validatePage(request.offset, request.limit, request.filter?.search);
    if (errors.length > 0) fail(submissionErrors, 'INVALID_PAGE', errors);
    // Conflicted submissions are left out of the page, the count and the search alike; a chair's
    // own submissions too (they see those as their author, in My submissions).
    const [conflicted, authored] = await Promise.all([
      this.access.conflictedIn(actor, venueId),
      actor ? this.authorships.submissionIdsOf(actor.userId) : [],
    ]);
    const query = {
      venueId,
      excludeIds: [...conflicted, ...authored],
      ...request.filter,
      sort: request.sort ?? { field: 'updatedAt' as const, direction: 'desc' as const },
      offset: request.offset,
      limit: request.limit,
    };
    const search = request.filter?.search?.trim();
    const page = search
      ? await this.searchCandidates(venueId, search).then(async ({ ids, capped }) => ({
          ...(await this.submissions.findSearchPageForVenue({ ...query, search }, ids)),
          searchCapped: capped,
        }))
      : { ...(await this.submissions.findPageForVenue(query)), searchCapped: false };
    const items = await this.visibleOnly(actor, page.items, loaders);
    // Anything the query let through and the policy did not (a conflict declared a moment ago) leaves the count too.
    return { ...page, items, total: page.total - (page.items.length - items.length) };
  }

  /**
   * What replacing the venue's tier policy with `policy` would change, tier by tier: the fields, and
   * the submitted statements whose tier in force is that tier (counted and a few shown, as the chair
   * may see them: conflicted ones are not counted).
   */
  async tierPolicyImpact(
    actor: Actor,
    venueId: string,
    policy: TierPolicy,
    loaders: RequestLoaders,
  ): Promise<{ tier: Tier; changedFields: string[]; statements: number; examples: SubmissionRecord[] }[]> {
    const venue = await this.venues.findById(venueId);
    if (!venue) return fail(venueErrors, 'VENUE_NOT_FOUND');
    this.access.require(actor, 'venue.manage', { kind: 'venue', venueId }, () => fail(venueErrors, 'NOT_A_CHAIR'));
    const errors = validateTierPolicy(policy);
    if (errors.length > 0) fail(venueErrors, 'INVALID_TIER_POLICY', errors);
    return Promise.all(
      tierPolicyChanges(venue.tierPolicy, policy).map(async ({ tier, fields }) => {
        const page = await this.listForVenue(actor, venueId, { filter: { tier }, offset: 0, limit: 5 }, loaders);
        return { tier, changedFields: fields, statements: page.total, examples: page.items };
      }),
    );
  }

  /** Submissions that may match a search, from the search index (see combineSearchCandidates). */
  private async searchCandidates(venueId: string, search: string): Promise<{ ids: string[]; capped: boolean }> {
    const perWord = await Promise.all(
      searchWordsOf(search).map((word) => this.searchTerms.submissionsWithPrefix(venueId, word, SEARCH_CANDIDATES)),
    );
    return combineSearchCandidates(perWord, SEARCH_CANDIDATES);
  }


  /**
   * Any signed-in person registers work at an existing venue and becomes its author, with a draft
   * holding the details. Nothing about the venue changes yet: the author role there comes with the
   * first submitted version, so a draft never shows up among the venue's members.
   */
  async create(
    actor: NonNullable<Actor>,
    input: SubmissionMetadataInput & { venueId: string },
  ): Promise<SubmissionRecord> {
    const metadata = metadataFromInput(input);
    const errors = validateNewSubmission({ ...metadata, venueId: input.venueId });
    const venue = input.venueId.trim() ? await this.venues.findById(input.venueId) : null;
    if (!venue && !errors.some((e) => e.path === 'venueId'))
      errors.unshift({ path: 'venueId', message: 'Choose an existing venue; this one was not found.' });
    if (errors.length > 0 || !venue) fail(submissionErrors, 'INVALID_SUBMISSION', errors);
    const id = this.submissions.newId();
    const event = auditEvent({
      venueId: venue.id,
      kind: 'submission.registered',
      objectType: 'submission',
      objectId: id,
      actorId: actor.userId,
      summary: { title: metadata.title },
      notification: {
        kind: 'submission_registered',
        venueId: venue.id,
        submissionId: id,
        title: metadata.title,
        authorIds: [actor.userId],
        actorId: actor.userId,
      } satisfies NotificationEvent,
    });
    const submission = await this.submissions.create({
      venueId: venue.id,
      authorIds: [actor.userId],
      draft: {
        ...metadata,
        content: emptyStatementContent(metadata.artifacts),
        revision: 1,
        updatedAt: this.clock.now(),
        basedOnVersion: null,
      },
    }, id, [event]);
    try {
      await this.authorships.add(submission.id, submission.authorIds);
    } catch (error) {
      // Without its authorship the submission would be invisible in its author's list: undo it.
      await this.submissions.deleteById(submission.id);
      throw error;
    }
    await this.audit.recorded('submissions', submission.id, [event]);
    return submission;
  }
}
