import { Injectable } from '@nestjs/common';
import { approvalInPeriod, eventedArtifacts, validateExternalEvent, type Actor, type ReleasePlanItem } from '@impact-review/domain';
import { AccessService } from '../access';
import { AppError, fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { SubmissionAuthorRepository, SubmissionRepository, type SubmissionRecord } from '../submissions';
import { ApprovalRepository, type ApprovalRecord } from './approval.repository';
import { approvalErrors } from './approvals.errors';
import { ApprovalsService } from './approvals.service';

export interface EventedApprovalItem {
  approval: ApprovalRecord;
  submission: SubmissionRecord;
  events: { artifactKey: string; artifactName: string; releaseEvent: string }[];
}

/**
 * Evented release: a chair records an external event (for example "an equivalent model was
 * released elsewhere"), which opens a re-evaluation of the approvals whose plan waits for such an
 * event, so that the committee decides whether their release may go ahead.
 */
@Injectable()
export class ExternalEventsService {
  constructor(
    private readonly approvals: ApprovalRepository,
    private readonly lifecycle: ApprovalsService,
    private readonly submissions: SubmissionRepository,
    private readonly submissionAuthors: SubmissionAuthorRepository,
    private readonly access: AccessService,
  ) {}

  /** The venue's holding approvals with an artifact released on an event (chairs; conflicts and own work left out). */
  async eventedOf(actor: Actor, venueId: string): Promise<EventedApprovalItem[]> {
    if (!actor || !this.access.can(actor, 'venue.viewSubmissions', { kind: 'venue', venueId })) return [];
    const hidden = new Set([...(await this.access.conflictedIn(actor, venueId)), ...(await this.submissionAuthors.submissionIdsOf(actor.userId))]);
    const latest = new Map<string, ApprovalRecord>();
    for (const approval of await this.approvals.ofVenue(venueId))
      if (!hidden.has(approval.submissionId) && !latest.has(approval.submissionId)) latest.set(approval.submissionId, approval);
    const holding = [...latest.values()].filter((a) => approvalInPeriod(a.state) && eventedArtifacts(a.releasePlan as ReleasePlanItem[]).length > 0);
    const submissions = new Map((await this.submissions.findManyByIds(holding.map((a) => a.submissionId))).map((s) => [s.id, s]));
    return holding.flatMap((approval) => {
      const submission = submissions.get(approval.submissionId);
      if (!submission) return [];
      const names = new Map([...(submission.submitted?.artifacts ?? []), ...approval.addedArtifacts].map((a) => [a.key, a.name]));
      const events = eventedArtifacts(approval.releasePlan as ReleasePlanItem[]).map((e) => ({ ...e, artifactName: names.get(e.artifactKey) ?? e.artifactKey }));
      return [{ approval, submission, events }];
    });
  }

  /** Opens a re-evaluation of each chosen approval; says which were opened and why the others were not. */
  async record(actor: Actor, venueId: string, description: string, approvalIds: string[]): Promise<{ opened: string[]; skipped: { approvalId: string; reason: string }[] }> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    this.access.require(actor, 'venue.viewSubmissions', { kind: 'venue', venueId });
    const errors = validateExternalEvent({ description, approvalIds });
    if (errors.length > 0) fail(approvalErrors, 'INVALID_CHANGE', errors);
    const visible = new Map((await this.eventedOf(actor, venueId)).map((item) => [item.approval.id, item.approval]));
    const opened: string[] = [];
    const skipped: { approvalId: string; reason: string }[] = [];
    for (const approvalId of [...new Set(approvalIds)]) {
      const approval = visible.get(approvalId);
      // Not this venue's, not evented, or not the chair's to see: one answer for all.
      if (!approval) {
        skipped.push({ approvalId, reason: 'No approval of this venue that waits for an event has this id.' });
        continue;
      }
      try {
        await this.lifecycle.change(actor, approval.id, {
          action: 'open_reevaluation',
          reason: `External event: ${description.trim()}`,
          artifactKeys: [],
          expectedRevision: approval.revision,
          trigger: 'external_event',
        });
        opened.push(approval.id);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        skipped.push({ approvalId, reason: error.message });
      }
    }
    return { opened, skipped };
  }
}
