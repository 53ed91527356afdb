// Brings submissions stored by schema version 1 to the current shape, once, at start-up and
// before the API serves a request. Chosen over reading with fallbacks because lists filter, sort
// and search on fields version 1 did not have (submitted details, search text, title key), and
// a query cannot fall back. Idempotent: a migrated document carries the current schemaVersion and
// is never read again; each document is rewritten with one conditional update, so nothing written
// concurrently is lost, and a crash halfway leaves documents that the next start finishes.
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  effectiveTier,
  normalizeSearchText,
  searchTextOf,
  tierRank,
  tierStatusAfterSubmission,
  type Artifact,
  type SubmissionLinks,
} from '@impact-review/domain';
import { Clock } from '../common/clock';
import { MigrationMarkerRepository } from '../database/migration-marker.repository';
import { UserRepository } from '../users';
import {
  LegacySubmissionRepository,
  type LegacySubmissionDocument,
  type SubmissionUpgrade,
} from './legacy-submission.repository';
import { SubmissionAuthorRepository } from './submission-author.repository';
import { SubmissionSearchTermRepository } from './submission-search-term.repository';
import { artifactRecords, SubmissionRepository } from './submission.repository';
import { SUBMISSION_SCHEMA_VERSION } from './submission.schema';

const BATCH = 200;
/** Schema versions older than the current one: none recorded (null), then 0, 1, ... */
const LEGACY_SCHEMA_VERSIONS: readonly (number | null)[] = [null, ...Array.from({ length: SUBMISSION_SCHEMA_VERSION }, (_, v) => v)];
/** The marker of the backfill that gave every submission stored before submission_authors its rows. */
const AUTHORSHIP_BACKFILL = 'submission-authors-backfill';
/** The marker of the backfill that put every submitted statement stored before the search index into it. */
const SEARCH_TERMS_BACKFILL = 'submission-search-terms-backfill';
/** A document that keeps changing under the migration is left for the next start, not fought over. */
const ATTEMPTS = 3;

function linksOf(links: Partial<SubmissionLinks> | undefined): SubmissionLinks {
  return {
    paperUrl: links?.paperUrl ?? '',
    openReviewUrl: links?.openReviewUrl ?? '',
    doi: links?.doi ?? '',
    repositoryUrl: links?.repositoryUrl ?? '',
  };
}

/**
 * The current shape of a version-1 document, as a pure function of the document, the artifacts its
 * latest version froze (null when none) and its authors' names.
 *
 * Version 1 kept one live copy of title, abstract and links. For a submission without an open
 * revision that copy is exactly what was last submitted; with a revision open it may hold edits
 * made since, which is the best record there is: it becomes both the draft's and the submitted
 * details (the submitted artifacts come from the version, which did freeze them).
 */
export function upgradeLegacySubmission(
  legacy: LegacySubmissionDocument,
  latestArtifacts: Artifact[] | null,
  authorNames: string[],
): SubmissionUpgrade {
  const title = (legacy.title ?? '').trim();
  const abstract = legacy.abstract ?? '';
  const links = linksOf(legacy.links);
  const artifacts = artifactRecords(legacy.artifacts ?? []);
  const authorIds = [...(legacy.authorIds ?? [])];
  const latest = legacy.latestVersionNumber ?? 0;
  const set: Record<string, unknown> = { schemaVersion: SUBMISSION_SCHEMA_VERSION };

  if (legacy.draft && legacy.draft.title === undefined) {
    Object.assign(set, {
      'draft.title': title,
      'draft.abstract': abstract,
      'draft.links': links,
      'draft.artifacts': artifacts,
    });
  }

  const decision = legacy.tierDecision ?? null;
  set['tierDecisions'] = legacy.tierDecisions ?? (decision ? [decision] : []);
  if (latest > 0) {
    set['submitted'] = {
      title,
      abstract,
      links,
      artifacts: latestArtifacts ? artifactRecords(latestArtifacts) : artifacts,
      authorIds,
    };
    set['searchText'] = searchTextOf(title, authorNames);
    set['titleKey'] = normalizeSearchText(title);
    const decidedAt = decision?.decidedAt ?? null;
    const submittedAt = legacy.submittedAt ?? legacy.updatedAt ?? null;
    set['listedAt'] = decidedAt && submittedAt && decidedAt > submittedAt ? decidedAt : submittedAt;
    const suggested = legacy.tierSuggestion?.tier ?? null;
    if (suggested) {
      // Version 1 put a decision the new version disagreed with back to "suggested" while the
      // dashboard kept showing the old decision; now that is a decision to make again.
      const status = tierStatusAfterSubmission(decision, suggested);
      set['tierStatus'] = status;
      set['tierRank'] = tierRank(effectiveTier(status, decision?.tier ?? null, suggested));
    }
  } else {
    Object.assign(set, { submitted: null, searchText: '', titleKey: '', listedAt: null });
  }
  return { set, unset: ['title', 'abstract', 'links', 'artifacts'] };
}

@Injectable()
export class SubmissionMigration implements OnApplicationBootstrap {
  private readonly logger = new Logger(SubmissionMigration.name);

  constructor(
    private readonly clock: Clock,
    private readonly legacy: LegacySubmissionRepository,
    private readonly users: UserRepository,
    private readonly submissions: SubmissionRepository,
    private readonly authorships: SubmissionAuthorRepository,
    private readonly searchTerms: SubmissionSearchTermRepository,
    private readonly markers: MigrationMarkerRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const dropped = await this.submissions.syncIndexes();
    if (dropped.length > 0) this.logger.log(`Dropped indexes of submissions no longer used: ${dropped.join(', ')}`);
    const { migrated, skipped } = await this.migrateAll();
    if (migrated > 0 || skipped > 0) {
      this.logger.log(
        `Migrated ${migrated} submissions to the current schema; ${skipped} left for the next start`,
      );
    }
    const backfilled = await this.backfillAuthorships();
    if (backfilled > 0) this.logger.log(`Recorded the authors of ${backfilled} submissions in submission_authors`);
    const searchable = await this.backfillSearchTerms();
    if (searchable > 0) this.logger.log(`Put ${searchable} submitted statements into the search index`);
  }

  /** Puts every submitted statement's words into the search index, once (as backfillAuthorships). */
  async backfillSearchTerms(): Promise<number> {
    return this.backfillOnce(SEARCH_TERMS_BACKFILL, async (submission) => {
      if (!submission.searchText) return false;
      await this.searchTerms.index(submission.venueId, submission.id, submission.searchText);
      return true;
    });
  }

  /**
   * Gives every submission its submission_authors rows, once: submissions registered before the
   * collection existed. Idempotent and restartable (a crash halfway redoes it; the rows are upserts);
   * the marker is written only at the end.
   */
  async backfillAuthorships(): Promise<number> {
    return this.backfillOnce(AUTHORSHIP_BACKFILL, async (submission) => {
      await this.authorships.add(submission.id, submission.authorIds);
      return true;
    });
  }

  /** Runs `step` over every submission in _id order unless `marker` says it finished; counts the trues. */
  private async backfillOnce(
    marker: string,
    step: (submission: Awaited<ReturnType<SubmissionRepository['indexedFieldsAfter']>>[number]) => Promise<boolean>,
  ): Promise<number> {
    if (await this.markers.isFinished(marker)) return 0;
    let count = 0;
    let afterId: string | null = null;
    for (;;) {
      const batch = await this.submissions.indexedFieldsAfter(afterId, BATCH);
      if (batch.length === 0) break;
      for (const submission of batch) if (await step(submission)) count += 1;
      afterId = batch[batch.length - 1]?.id ?? null;
    }
    await this.markers.markFinished(marker, this.clock.now());
    return count;
  }

  /** Migrates every document still on an older schema; returns how many it migrated and left. */
  async migrateAll(): Promise<{ migrated: number; skipped: number }> {
    let migrated = 0;
    let skipped = 0;
    for (const version of LEGACY_SCHEMA_VERSIONS) {
      let afterId: string | null = null;
      for (;;) {
        const batch = await this.legacy.nextBatch(version, afterId, BATCH);
        if (batch.length === 0) break;
        for (const doc of batch) {
          if (await this.migrateOne(doc)) migrated += 1;
          else skipped += 1;
        }
        afterId = String(batch[batch.length - 1]?._id);
      }
    }
    return { migrated, skipped };
  }

  private async migrateOne(first: LegacySubmissionDocument): Promise<boolean> {
    let doc: LegacySubmissionDocument | null = first;
    for (let attempt = 0; attempt < ATTEMPTS && doc; attempt++) {
      const id = String(doc._id);
      const latest = doc.latestVersionNumber ?? 0;
      const authorIds = doc.authorIds ?? [];
      const people = await this.users.findByIds(authorIds);
      const names = authorIds.map((userId) => people.find((p) => p.id === userId)?.name ?? '');
      if (latest > 0) {
        await this.legacy.fillVersionDetails(id, {
          title: (doc.title ?? '').trim(),
          abstract: doc.abstract ?? '',
          links: linksOf(doc.links),
          authorIds: [...authorIds],
        });
      }
      const artifacts = latest > 0 ? await this.legacy.versionArtifacts(id, latest) : null;
      const upgrade = upgradeLegacySubmission(doc, artifacts, names);
      const searchText = upgrade.set['searchText'];
      if (typeof searchText === 'string' && searchText && doc.venueId) {
        await this.searchTerms.index(doc.venueId, id, searchText);
      }
      if (await this.legacy.upgrade(doc, upgrade)) return true;
      // Changed under us (or migrated by another instance): read it again.
      doc = await this.legacy.findOne(id);
    }
    if (doc) this.logger.warn(`Submission ${String(doc._id)} kept changing during the migration`);
    return doc === null;
  }
}
