import { Injectable } from '@nestjs/common';
import { parseReviewerPoolCsv, type Actor, type PoolRefusal } from '@impact-review/domain';
import { AccessService } from '../access';
import { AppError, fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { InvitationService } from '../invitations';
import { venueErrors, VenueRepository } from '../venues';

export interface PoolImportReport {
  sent: { line: number; email: string; name: string }[];
  skipped: { line: number; email: string; reason: string }[];
  refused: PoolRefusal[];
}

const SKIPPED: Readonly<Record<string, string>> = {
  ALREADY_MEMBER: 'already holds this role at the venue',
  ALREADY_INVITED: 'already has an open invitation for this role',
};

/** Chairs build the reviewer pool from a CSV: one invitation (through the outbox) per good row. */
@Injectable()
export class PoolImportService {
  constructor(
    private readonly access: AccessService,
    private readonly venues: VenueRepository,
    private readonly invitations: InvitationService,
  ) {}

  async import(actor: Actor, venueId: string, csv: string): Promise<PoolImportReport> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const venue = await this.venues.findById(venueId);
    if (!venue) return fail(venueErrors, 'VENUE_NOT_FOUND');
    this.access.require(actor, 'invitation.manage', { kind: 'venue', venueId });
    const { rows, refused } = parseReviewerPoolCsv(csv, venue.taxonomy);
    const report: PoolImportReport = { sent: [], skipped: [], refused: [...refused] };
    // One at a time: each invitation is its own guarded write and outbox entry, and a row that fails
    // must not stop the others.
    for (const row of rows) {
      try {
        await this.invitations.invite(actor, { venueId, email: row.email, role: row.role, areas: row.areas });
        report.sent.push({ line: row.line, email: row.email, name: row.name });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const skipped = SKIPPED[error.reason];
        if (skipped) report.skipped.push({ line: row.line, email: row.email, reason: skipped });
        else report.refused.push({ line: row.line, reason: error.fieldErrors[0]?.message ?? error.message });
      }
    }
    report.refused.sort((a, b) => a.line - b.line);
    return report;
  }
}
