import { Injectable, type OnModuleInit } from '@nestjs/common';
import { parseReviewerPoolCsv, type Actor, type PoolRow } from '@impact-review/domain';
import { AccessService } from '../access';
import { Clock } from '../common/clock';
import { AppError, fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { InvitationService } from '../invitations';
import { JobQueue, type JobContext } from '../jobs';
import { VenueRoleRepository } from '../memberships';
import { venueErrors, VenueRepository } from '../venues';
import { PoolImportRepository, type PoolImportRecord } from './pool-import.repository';
import type { PoolImportLineDocument } from './pool-import.schema';
import { reviewerErrors } from './reviewers.errors';

const SKIPPED: Readonly<Record<string, string>> = {
  ALREADY_MEMBER: 'already holds this role at the venue',
  ALREADY_INVITED: 'already has an open invitation for this role',
};

const IMPORT_JOB = 'reviewers.import-pool';
/** Rows invited between two progress records (the chairs' progress bar moves at this step). */
const CHECKPOINT_ROWS = 20;

/**
 * Chairs build the reviewer pool from a CSV: the file is checked at once (bad lines refused by
 * number), then a job sends one invitation (through the outbox) per good row and records its
 * progress, so a large pool (2,000 rows take about 45 s on the embedded database) shows a progress
 * bar, survives a reload, and resumes after a crash from the last recorded row.
 */
@Injectable()
export class PoolImportService implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly venues: VenueRepository,
    private readonly invitations: InvitationService,
    private readonly imports: PoolImportRepository,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly roles: VenueRoleRepository,
  ) {}

  onModuleInit(): void {
    this.queue.register(IMPORT_JOB, (payload, context) => this.work(String(payload['importId']), context));
  }

  async start(actor: Actor, venueId: string, csv: string): Promise<PoolImportRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const venue = await this.venues.findById(venueId);
    if (!venue) return fail(venueErrors, 'VENUE_NOT_FOUND');
    this.access.require(actor, 'invitation.manage', { kind: 'venue', venueId });
    const { rows, refused } = parseReviewerPoolCsv(csv, venue.taxonomy);
    const started = await this.imports.create({
      venueId,
      startedById: actor.userId,
      rows: rows.map((r) => ({ line: r.line, name: r.name, email: r.email, role: r.role, areas: r.areas })),
      refused: refused.map((r) => ({ line: r.line, email: '', detail: r.reason })),
    });
    if (rows.length === 0) {
      await this.imports.finish(started.id, 'succeeded', null, this.clock.now());
      return (await this.imports.findById(started.id)) ?? started;
    }
    await this.queue.enqueue({
      name: IMPORT_JOB,
      key: `pool-import:${started.id}`,
      venueId,
      summary: `Invite a reviewer pool (${rows.length} ${rows.length === 1 ? 'person' : 'people'})`,
      payload: { importId: started.id },
    });
    return started;
  }

  /** An import of the venue, for its chairs; NOT_FOUND for everyone else (and for unknown ids). */
  async find(actor: Actor, id: string): Promise<PoolImportRecord> {
    const found = await this.imports.findById(id);
    if (!found || !actor || !this.access.can(actor, 'invitation.manage', { kind: 'venue', venueId: found.venueId })) {
      return fail(reviewerErrors, 'IMPORT_NOT_FOUND');
    }
    return found;
  }

  private async work(importId: string, context: JobContext): Promise<void> {
    let record = await this.imports.findById(importId);
    if (!record || record.state !== 'running') return;
    // The chair who started it, with their roles now: a chair removed meanwhile invites nobody more.
    const actor: Actor = { userId: record.startedById, roles: (await this.roles.rolesOfUser(record.startedById)).map((r) => ({ venueId: r.venueId, role: r.role })) };
    try {
      while (record.done < record.rows.length) {
        if (context.signal.aborted) throw new Error('The lease was lost.');
        const from = record.done;
        const to = Math.min(record.rows.length, from + CHECKPOINT_ROWS);
        const lines = { sent: [] as PoolImportLineDocument[], skipped: [] as PoolImportLineDocument[], refused: [] as PoolImportLineDocument[] };
        for (const row of record.rows.slice(from, to)) await this.inviteRow(actor, record.venueId, row as PoolRow, lines);
        if (!(await this.imports.progress(importId, from, to, lines))) return; // another attempt moved on
        record = { ...record, done: to };
      }
      await this.imports.finish(importId, 'succeeded', null, this.clock.now());
    } catch (error) {
      if (context.signal.aborted) throw error;
      await this.imports.finish(importId, 'failed', error instanceof Error ? error.message : String(error), this.clock.now());
    }
  }

  private async inviteRow(
    actor: Actor,
    venueId: string,
    row: PoolRow,
    lines: { sent: PoolImportLineDocument[]; skipped: PoolImportLineDocument[]; refused: PoolImportLineDocument[] },
  ): Promise<void> {
    try {
      await this.invitations.invite(actor, { venueId, email: row.email, role: row.role, areas: row.areas });
      lines.sent.push({ line: row.line, email: row.email, detail: row.name });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const skipped = SKIPPED[error.reason];
      if (skipped) lines.skipped.push({ line: row.line, email: row.email, detail: skipped });
      else lines.refused.push({ line: row.line, email: '', detail: error.fieldErrors[0]?.message ?? error.message });
    }
  }
}
