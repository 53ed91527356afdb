import { Injectable } from '@nestjs/common';
import {
  alignReleasePlan,
  canEditSubmission,
  canManageVenue,
  canViewSubmission,
  emptyStatementContent,
  type Actor,
  type SubmissionPhase,
  type Tier,
} from '@impact-review/domain';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { VenueRoleRepository } from '../memberships/venue-role.repository';
import { venueErrors } from '../venues/venue.errors';
import { VenueRepository } from '../venues/venue.repository';
import { artifactsFromInput, linksFromInput } from './statement-content.mapper';
import { SubmissionRepository, type SubmissionRecord } from './submission.repository';
import {
  accessFactsOf,
  validatePage,
  validateSubmissionMetadata,
  type SortDirection,
  type SubmissionMetadata,
  type SubmissionSortField,
  type TierStatus,
} from '@impact-review/domain';
import { submissionErrors } from './submissions.errors';

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

/** How often updateSubmission re-reads when only an autosave moved the draft under it. */
const DRAFT_RACE_RETRIES = 3;

@Injectable()
export class SubmissionService {
  constructor(
    private readonly clock: Clock,
    private readonly submissions: SubmissionRepository,
    private readonly venues: VenueRepository,
    private readonly roles: VenueRoleRepository,
  ) {}

  /** The submission if `actor` may see it; otherwise NOT_FOUND exactly as for a missing id. */
  async getVisible(actor: Actor, id: string): Promise<SubmissionRecord> {
    const submission = await this.submissions.findById(id);
    if (!submission || !canViewSubmission(actor, accessFactsOf(submission)))
      fail(submissionErrors, 'SUBMISSION_NOT_FOUND');
    return submission;
  }

  /** Visible and editable (an author); a chair who can see it but is no author gets FORBIDDEN. */
  async getEditable(actor: Actor, id: string): Promise<SubmissionRecord> {
    const submission = await this.getVisible(actor, id);
    if (!canEditSubmission(actor, accessFactsOf(submission))) fail(submissionErrors, 'NOT_AN_AUTHOR');
    return submission;
  }

  async listMine(actor: Actor): Promise<SubmissionRecord[]> {
    if (!actor) return [];
    // The query already scopes to authorship; the policy still has the last word on every read.
    const mine = await this.submissions.findByAuthor(actor.userId);
    return mine.filter((submission) => canViewSubmission(actor, accessFactsOf(submission)));
  }

  /** Chairs only; drafts never appear (only submissions with a submitted version). */
  async listForVenue(
    actor: Actor,
    venueId: string,
    request: VenueSubmissionsRequest,
  ): Promise<{ items: SubmissionRecord[]; total: number }> {
    if (!canManageVenue(actor, venueId)) {
      if (!(await this.venues.findById(venueId))) fail(venueErrors, 'VENUE_NOT_FOUND');
      fail(submissionErrors, 'NOT_A_CHAIR');
    }
    const errors = validatePage(request.offset, request.limit, request.filter?.search);
    if (errors.length > 0) fail(submissionErrors, 'INVALID_PAGE', errors);
    return this.submissions.findPageForVenue({
      venueId,
      ...request.filter,
      sort: request.sort ?? { field: 'updatedAt', direction: 'desc' },
      offset: request.offset,
      limit: request.limit,
    });
  }

  /** Any signed-in person registers work at an existing venue, becomes its author and gets an empty draft. */
  async create(
    actor: NonNullable<Actor>,
    input: SubmissionMetadataInput & { venueId: string },
  ): Promise<SubmissionRecord> {
    const metadata = this.metadataOf(input);
    const errors = validateSubmissionMetadata(metadata);
    const venue = await this.venues.findById(input.venueId);
    if (!venue)
      errors.unshift({ path: 'venueId', message: 'Choose an existing venue; this one was not found.' });
    if (errors.length > 0 || !venue) fail(submissionErrors, 'INVALID_SUBMISSION', errors);
    const submission = await this.submissions.create({
      ...metadata,
      venueId: venue.id,
      authorIds: [actor.userId],
      draft: {
        content: emptyStatementContent(metadata.artifacts),
        revision: 1,
        updatedAt: this.clock.now(),
        basedOnVersion: null,
      },
    });
    await this.roles.grant(actor.userId, venue.id, 'author');
    return submission;
  }

  /** Authors, while a draft is open; the draft's release plan follows the new artifact list. */
  async update(
    actor: Actor,
    id: string,
    input: SubmissionMetadataInput,
    expectedRevision: number,
  ): Promise<SubmissionRecord> {
    let current = await this.getEditable(actor, id);
    const metadata = this.metadataOf(input);
    const errors = validateSubmissionMetadata(metadata);
    if (errors.length > 0) fail(submissionErrors, 'INVALID_SUBMISSION', errors);
    for (let attempt = 0; attempt < DRAFT_RACE_RETRIES; attempt++) {
      if (current.revision !== expectedRevision) fail(commonErrors, 'VERSION_CONFLICT');
      if (!current.draft) fail(submissionErrors, 'NO_OPEN_DRAFT');
      const updated = await this.submissions.updateMetadata(
        current.id,
        expectedRevision,
        current.draft.revision,
        {
          ...metadata,
          draftContent: alignReleasePlan(current.draft.content, metadata.artifacts),
          now: this.clock.now(),
        },
      );
      if (updated) return updated;
      // Either someone changed the submission (stale: CONFLICT above) or an autosave moved the draft: read again.
      const again = await this.submissions.findById(current.id);
      if (!again) fail(submissionErrors, 'SUBMISSION_NOT_FOUND');
      current = again;
    }
    return fail(commonErrors, 'VERSION_CONFLICT');
  }

  private metadataOf(input: SubmissionMetadataInput): SubmissionMetadata {
    return {
      title: typeof input.title === 'string' ? input.title.trim() : '',
      abstract: typeof input.abstract === 'string' ? input.abstract.trim() : '',
      links: linksFromInput(input.links),
      artifacts: artifactsFromInput(input.artifacts),
    };
  }
}
