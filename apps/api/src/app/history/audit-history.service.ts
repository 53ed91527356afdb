import { Injectable } from '@nestjs/common';
import {
  consistencyProof,
  inclusionProof,
  LOG_EXPORT_FORMAT,
  rootOf,
  type LogExport,
} from '@impact-review/audit';
import {
  AUDIT_EVENT_LABELS,
  auditKindsHiddenFromChairs,
  isAuditEventKind,
  type Actor,
  type SubmissionPhase,
} from '@impact-review/domain';
import { AccessService } from '../access';
import type { RequestLoaders } from '../common/graphql/loaders';
import { fail } from '../common/errors/app-error';
import { AuditLog, AuditLogRepository, logOrigin, type AuditEntryRecord } from '../audit';
import { auditErrors } from './history.errors';
import type { AuditEvent, AuditEventPage, LogCheckpoint, LogProof } from './models/audit-event.model';

const MAX_PAGE = 200;

function toEvent(entry: AuditEntryRecord): AuditEvent {
  const parsed = JSON.parse(entry.entry) as { summary?: unknown };
  return {
    index: entry.index,
    kind: entry.kind,
    label: AUDIT_EVENT_LABELS[entry.kind] ?? entry.kind,
    objectType: entry.objectType,
    objectId: entry.objectId,
    actorId: entry.actorId,
    at: entry.at,
    summary: JSON.stringify(parsed.summary ?? {}),
    venueId: entry.venueId,
  };
}

/** Reading the venues' logs, each reader seeing what the policy allows (canViewAuditEvent). */
@Injectable()
export class AuditHistoryService {
  constructor(
    private readonly repository: AuditLogRepository,
    private readonly log: AuditLog,
    private readonly access: AccessService,
  ) {}

  async venueHistory(
    actor: Actor,
    venueId: string,
    filter: { objectId?: string | null; actorId?: string | null; kind?: string | null },
    offset: number,
    limit: number,
  ): Promise<AuditEventPage> {
    this.requireChair(actor, venueId);
    if (
      !Number.isInteger(offset) ||
      offset < 0 ||
      !Number.isInteger(limit) ||
      limit < 1 ||
      limit > MAX_PAGE
    ) {
      fail(auditErrors, 'BAD_PAGE');
    }
    const kind = filter.kind || null;
    if (kind !== null && !isAuditEventKind(kind)) fail(auditErrors, 'BAD_KIND');
    const hidden = auditKindsHiddenFromChairs();
    if (kind !== null && hidden.includes(kind)) return { events: [], total: 0 };
    // The chair's scope as the policy draws it (auditEvent.view): no draft events, nothing about
    // submissions they are conflicted with.
    const hiddenObjectIds = await this.access.conflictedIn(actor, venueId);
    const query = { objectId: filter.objectId, actorId: filter.actorId, kind, hiddenKinds: hidden, hiddenObjectIds };
    const [entries, total] = await Promise.all([
      this.repository.history(venueId, query, offset, limit),
      this.repository.countHistory(venueId, query),
    ]);
    return { events: entries.map(toEvent), total };
  }

  /** A submission's own history, for someone who may see the submission. */
  async submissionHistory(
    actor: Actor,
    submission: { id: string; venueId: string; authorIds: string[]; phase: SubmissionPhase },
    loaders: RequestLoaders,
  ): Promise<AuditEvent[]> {
    const target = await this.access.submission(submission, loaders);
    const entries = await this.repository.byObjects(submission.venueId, [submission.id]);
    return entries
      .filter((entry) =>
        this.access.can(actor, 'auditEvent.view', {
          kind: 'auditEvent',
          venueId: submission.venueId,
          eventKind: entry.kind,
          submission: target,
        }),
      )
      .map(toEvent)
      .reverse();
  }

  async checkpoint(actor: Actor, venueId: string): Promise<LogCheckpoint | null> {
    this.requireChair(actor, venueId);
    const last = await this.repository.last(venueId);
    return last ? this.checkpointOf(venueId, last) : null;
  }

  /** The venue's whole log for offline verification; entries the chair may not read come as hashes. */
  async exportLog(actor: Actor, venueId: string): Promise<string> {
    this.requireChair(actor, venueId);
    const [entries, conflicted] = await Promise.all([this.repository.all(venueId), this.access.conflictedIn(actor, venueId)]);
    const hidden = new Set<string>([...auditKindsHiddenFromChairs(), ...conflicted]);
    const file: LogExport = {
      format: LOG_EXPORT_FORMAT,
      origin: logOrigin(venueId),
      publicKey: await this.log.publicKey(),
      entries: entries.map((e) =>
        !hidden.has(e.kind) && !(e.objectType === 'submission' && hidden.has(e.objectId))
          ? {
              index: e.index,
              entry: e.entry,
              rootAfter: e.rootAfter,
              timestamp: e.timestamp,
              signature: e.signature,
            }
          : {
              index: e.index,
              redacted: true as const,
              leafHash: e.leafHash,
              rootAfter: e.rootAfter,
              timestamp: e.timestamp,
              signature: e.signature,
            },
      ),
    };
    return `${JSON.stringify(file, null, 1)}\n`;
  }

  /**
   * Inclusion of entry `index` and consistency from `fromSize`, both against one checkpoint (the
   * latest, or the one at `treeSize`), computed from one read of the log and returned with it.
   */
  async proof(
    actor: Actor,
    venueId: string,
    request: { index?: number | null; treeSize?: number | null; fromSize?: number | null },
  ): Promise<LogProof> {
    this.requireChair(actor, venueId);
    const entries = await this.repository.all(venueId);
    const size = request.treeSize ?? entries.length;
    if (!Number.isInteger(size) || size < 1 || size > entries.length) fail(auditErrors, 'BAD_PROOF');
    const leaves = entries.map((e) => Buffer.from(e.leafHash, 'base64'));
    const at = entries[size - 1] as AuditEntryRecord;
    const index = request.index ?? null;
    const fromSize = request.fromSize ?? null;
    if (index !== null && (!Number.isInteger(index) || index < 0 || index >= size))
      fail(auditErrors, 'BAD_PROOF');
    if (fromSize !== null && (!Number.isInteger(fromSize) || fromSize < 1 || fromSize > size))
      fail(auditErrors, 'BAD_PROOF');
    return {
      checkpoint: await this.checkpointOf(venueId, at),
      index,
      leafHash: index !== null ? (entries[index] as AuditEntryRecord).leafHash : null,
      inclusion: index !== null ? inclusionProof(index, leaves, size).map((h) => h.toString('base64')) : [],
      fromSize,
      fromRoot: fromSize !== null ? rootOf(leaves.slice(0, fromSize)).toString('base64') : null,
      consistency:
        fromSize !== null ? consistencyProof(fromSize, leaves, size).map((h) => h.toString('base64')) : [],
    };
  }

  private async checkpointOf(venueId: string, entry: AuditEntryRecord): Promise<LogCheckpoint> {
    return {
      origin: logOrigin(venueId),
      size: entry.index + 1,
      root: entry.rootAfter,
      timestamp: entry.timestamp,
      signature: entry.signature,
      publicKey: await this.log.publicKey(),
    };
  }

  private requireChair(actor: Actor, venueId: string): void {
    this.access.require(actor, 'venue.viewHistory', { kind: 'venue', venueId }, () => fail(auditErrors, 'NOT_A_CHAIR'));
  }
}
