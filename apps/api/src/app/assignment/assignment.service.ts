import { Injectable } from '@nestjs/common';
import {
  checkAddition,
  checkRemoval,
  demandOfTier,
  holdsSlot,
  rankReplacements,
  REVIEWER_KINDS,
  validateDeclineReason,
  type Actor,
  type KindCounts,
  type ReplacementCandidate,
  REPLACEMENT_COUNT,
  type ReviewerKind,
  type SubmissionTarget,
} from '@impact-review/domain';
import {
  AccessService,
  ConflictRepository,
  ReviewerAssignmentRepository,
  type NewReviewerAssignment,
  type ReviewerAssignmentRecord,
} from '../access';
import { AuditLog } from '../audit';
import { auditEvent, type PendingEvent } from '../audit/pending-events';
import { Clock } from '../common/clock';
import type { RequestLoaders } from '../common/graphql/loaders';
import { fail, failSaying } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { ReviewerProfileRepository, type ReviewerProfileRecord } from '../reviewers';
import { SubmissionRepository, type SubmissionRecord } from '../submissions';
import { UserRepository } from '../users';
import { VenueRepository, type VenueRecord } from '../venues';
import { assignmentErrors } from './assignment.errors';
import { decidedTier } from './matching-input.loader';
import { MatchingRunRepository, type MatchingRunRecord, type ProposedAssignmentRecord } from './matching-run.repository';
import { proposalFigures } from './matching-run.service';
import { PairRuleRepository } from './pair-rule.repository';
import { ReviewerPoolCache } from './reviewer-pool.cache';

export interface StatementProposal {
  submission: SubmissionRecord;
  demand: KindCounts;
  rows: ProposedAssignmentRecord[];
}

export interface HandEditResult {
  warnings: string[];
  statement: StatementProposal;
}

export interface ReplacementRecord extends ReplacementCandidate {
  name: string;
}

const DAY_MS = 86_400_000;

/** Lower case without accents, for matching what a chair types against names. */
function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
/** Replacement candidates read with their loads at a time, best affinity first. */
const REPLACEMENT_CHUNK = 200;

/**
 * The chairs' proposal (read, edit by hand, commit) and the assignments it becomes: reviewers
 * accept or decline, a decline reopens the slot and chairs pick from the best replacements.
 */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly runs: MatchingRunRepository,
    private readonly assignments: ReviewerAssignmentRepository,
    private readonly rules: PairRuleRepository,
    private readonly submissions: SubmissionRepository,
    private readonly venues: VenueRepository,
    private readonly profiles: ReviewerProfileRepository,
    private readonly conflicts: ConflictRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditLog,
    private readonly pool: ReviewerPoolCache,
  ) {}

  // --- Reading a proposal ---

  /**
   * One page of the proposal, by statement: statements after `after` (in id order), at most
   * `limit`, leaving out those the chair is conflicted with.
   */
  async proposalPage(
    actor: Actor,
    run: MatchingRunRecord,
    after: string | null,
    limit: number,
    loaders?: RequestLoaders,
  ): Promise<{ statements: StatementProposal[]; nextAfter: string | null }> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) fail(assignmentErrors, 'BAD_PAGE');
    const hidden = await this.access.conflictedIn(actor, run.venueId);
    const fetch = limit * 8;
    const rows = await this.runs.proposalAfter(run.id, after, fetch, hidden);
    const grouped = new Map<string, ProposedAssignmentRecord[]>();
    for (const row of rows) {
      const list = grouped.get(row.submissionId);
      if (list) list.push(row);
      else if (grouped.size < limit) grouped.set(row.submissionId, [row]);
    }
    const keys = [...grouped.keys()];
    const last = keys[keys.length - 1];
    // The fetch may have cut the last statement's rows short: read that one whole.
    if (last !== undefined && rows.length === fetch) grouped.set(last, await this.runs.proposalFor(run.id, [last]));
    const more = rows.length === fetch || grouped.size === limit;
    return { statements: await this.statementsOf(actor, run.venueId, grouped, loaders), nextAfter: more && last !== undefined ? last : null };
  }

  async proposalOf(actor: Actor, run: MatchingRunRecord, submissionId: string): Promise<StatementProposal | null> {
    const rows = await this.runs.proposalFor(run.id, [submissionId]);
    const [statement] = await this.statementsOf(actor, run.venueId, new Map([[submissionId, rows]]));
    return statement ?? null;
  }

  private async statementsOf(
    actor: Actor,
    venueId: string,
    grouped: ReadonlyMap<string, ProposedAssignmentRecord[]>,
    loaders?: RequestLoaders,
  ): Promise<StatementProposal[]> {
    const venue = await this.venue(venueId);
    const submissions = await this.submissions.findManyByIds([...grouped.keys()]);
    // A page's access facts in one read each (conflicts, assignments), not three reads per statement.
    const targets = loaders ? await this.access.submissions(submissions, loaders) : null;
    const visible: StatementProposal[] = [];
    for (const [i, submission] of submissions.entries()) {
      const target = targets?.[i] ?? (await this.access.submission(submission));
      if (!this.access.can(actor, 'assignment.view', target)) continue;
      const tier = decidedTier(submission);
      visible.push({
        submission,
        demand: tier ? demandOfTier(tier, venue.tierPolicy) : { expert: 0, community: 0 },
        rows: (grouped.get(submission.id) ?? []).sort((a, b) => a.kind.localeCompare(b.kind) || b.score - a.score),
      });
    }
    return visible.sort((a, b) => (a.submission.id < b.submission.id ? -1 : 1));
  }

  // --- Hand edits ---

  async addToProposal(actor: Actor, runId: string, submissionId: string, reviewerId: string): Promise<HandEditResult> {
    const { run, submission, target } = await this.editable(actor, runId, submissionId);
    const venue = await this.venue(run.venueId);
    const kind = (await this.pool.get(run.venueId)).kinds.get(reviewerId);
    if (!kind) return fail(assignmentErrors, 'NOT_A_REVIEWER');
    const [rows, reviewerRows, profile, reviewer, committed] = await Promise.all([
      this.runs.proposalFor(run.id, [submission.id]),
      this.runs.proposalOfReviewer(run.id, reviewerId),
      this.profiles.find(run.venueId, reviewerId),
      this.users.findById(reviewerId),
      this.assignments.forSubmissions([submission.id]),
    ]);
    const tier = decidedTier(submission);
    const demand = tier ? demandOfTier(tier, venue.tierPolicy) : { expert: 0, community: 0 };
    const held = this.countKinds(rows);
    const check = checkAddition({
      reviewerName: reviewer?.name ?? 'This reviewer',
      statementTitle: submission.submitted?.title ?? 'this statement',
      conflicted: this.conflictedWith(target, reviewerId) || committed.some((a) => a.reviewerId === reviewerId && !holdsSlot(a.state)),
      alreadyAssigned: rows.some((r) => r.reviewerId === reviewerId),
      reviewerKind: kind,
      loadAfter: reviewerRows.length + 1,
      maxLoad: profile?.maxLoad ?? 3,
      heldAfter: { ...held, [kind]: held[kind] + 1 },
      demand,
    });
    if (check.refusal !== null) {
      return failSaying(assignmentErrors, rows.some((r) => r.reviewerId === reviewerId) ? 'ALREADY_ON_STATEMENT' : 'CONFLICTED_PAIR', check.refusal);
    }
    const event = this.editEvent(actor, submission, { change: 'added', reviewerId, kind, runId: run.id });
    const rule = await this.rules.set({ venueId: run.venueId, submissionId: submission.id, reviewerId, rule: 'force', setById: actor?.userId ?? '', at: this.clock.now() }, [event]);
    await this.runs.addProposal([
      { runId: run.id, venueId: run.venueId, submissionId: submission.id, reviewerId, kind, score: 0, origin: 'chair', terms: [], areas: [], bid: null },
    ]);
    await this.afterEdit(run, rule.id, event);
    return { warnings: check.warnings, statement: await this.requireStatement(actor, run, submission.id) };
  }

  async removeFromProposal(actor: Actor, runId: string, submissionId: string, reviewerId: string): Promise<HandEditResult> {
    const { run, submission } = await this.editable(actor, runId, submissionId);
    const venue = await this.venue(run.venueId);
    const rows = await this.runs.proposalFor(run.id, [submission.id]);
    const row = rows.find((r) => r.reviewerId === reviewerId);
    // A committed assignment is changed on the statement's page, not in a proposal.
    if (!row || row.origin === 'kept') return fail(assignmentErrors, 'NOT_IN_PROPOSAL');
    const tier = decidedTier(submission);
    const demand = tier ? demandOfTier(tier, venue.tierPolicy) : { expert: 0, community: 0 };
    const held = this.countKinds(rows.filter((r) => r.reviewerId !== reviewerId));
    const check = checkRemoval({ statementTitle: submission.submitted?.title ?? 'this statement', heldAfter: held, demand });
    const event = this.editEvent(actor, submission, { change: 'removed', reviewerId, kind: row.kind, runId: run.id });
    const rule = await this.rules.set({ venueId: run.venueId, submissionId: submission.id, reviewerId, rule: 'forbid', setById: actor?.userId ?? '', at: this.clock.now() }, [event]);
    await this.runs.removeProposed(run.id, submission.id, reviewerId);
    await this.afterEdit(run, rule.id, event);
    return { warnings: check.warnings, statement: await this.requireStatement(actor, run, submission.id) };
  }

  private async requireStatement(actor: Actor, run: MatchingRunRecord, submissionId: string): Promise<StatementProposal> {
    const statement = await this.proposalOf(actor, run, submissionId);
    if (!statement) return this.access.notFound('submission');
    return statement;
  }

  private editEvent(actor: Actor, submission: SubmissionRecord, summary: Record<string, unknown>): PendingEvent {
    return auditEvent({
      venueId: submission.venueId,
      kind: 'assignment.proposed_edit',
      objectType: 'submission',
      objectId: submission.id,
      actorId: actor?.userId ?? null,
      summary,
    });
  }

  private async afterEdit(run: MatchingRunRecord, ruleId: string, event: PendingEvent): Promise<void> {
    await this.audit.recorded('pair_rules', ruleId, [event]);
    // The histograms follow the edit.
    if (run.result) {
      const rows = await this.runs.proposal(run.id);
      const reviewers = [...(await this.pool.get(run.venueId)).kinds.keys()];
      const statements = [...new Set(rows.map((r) => r.submissionId))];
      await this.runs.replaceResult(run.id, {
        ...run.result,
        proposed: rows.filter((r) => r.origin !== 'kept').length,
        ...proposalFigures(
          rows.map((r) => ({ statementId: r.submissionId, reviewerId: r.reviewerId, score: r.score })),
          reviewers,
          statements,
        ),
      });
    }
  }

  private async editable(actor: Actor, runId: string, submissionId: string) {
    const run = await this.runs.findById(runId);
    if (!run || !this.access.can(actor, 'assignment.run', { kind: 'venue', venueId: run.venueId })) {
      return fail(assignmentErrors, 'RUN_NOT_FOUND');
    }
    const submission = await this.submissions.findById(submissionId);
    if (!submission || submission.venueId !== run.venueId) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'assignment.manage', target);
    if (run.state !== 'succeeded' || run.committedAt !== null) return fail(assignmentErrors, 'PROPOSAL_NOT_OPEN');
    return { run, submission, target };
  }

  private countKinds(rows: readonly { kind: ReviewerKind }[]): Record<ReviewerKind, number> {
    const counts: Record<ReviewerKind, number> = { expert: 0, community: 0 };
    for (const row of rows) counts[row.kind] += 1;
    return counts;
  }

  private conflictedWith(target: SubmissionTarget, userId: string): boolean {
    return target.authorIds.includes(userId) || target.conflictedUserIds.includes(userId);
  }

  // --- Commit ---

  /**
   * Turns the proposal into assignments: each reviewer is told (through the outbox, honouring their
   * digest choice). Pairs that became conflicted since the run are left out. One commit per run.
   */
  async commit(actor: Actor, runId: string): Promise<{ run: MatchingRunRecord; committed: number; skipped: number }> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const run = await this.runs.findById(runId);
    if (!run || !this.access.can(actor, 'assignment.run', { kind: 'venue', venueId: run.venueId })) {
      return fail(assignmentErrors, 'RUN_NOT_FOUND');
    }
    if (run.state !== 'succeeded') return fail(assignmentErrors, 'PROPOSAL_NOT_OPEN');
    if (run.committedAt !== null) return fail(assignmentErrors, 'ALREADY_COMMITTED');
    const rows = (await this.runs.proposal(run.id)).filter((r) => r.origin !== 'kept');
    const runEvent = auditEvent({
      venueId: run.venueId,
      kind: 'matching.finished',
      objectType: 'matching_run',
      objectId: run.id,
      actorId: actor.userId,
      summary: { committed: true, pairs: rows.length },
    });
    const marked = await this.runs.markCommitted(run.id, actor.userId, [runEvent]);
    if (!marked) return fail(assignmentErrors, 'ALREADY_COMMITTED');
    await this.audit.recorded('matching_runs', run.id, [runEvent]);
    const venue = await this.venue(run.venueId);
    const submissions = new Map((await this.submissions.findManyByIds([...new Set(rows.map((r) => r.submissionId))])).map((s) => [s.id, s]));
    const conflicts = await this.conflicts.activeForVenue(run.venueId);
    const conflicted = new Set(conflicts.map((c) => `${c.submissionId}:${c.userId}`));
    const now = this.clock.now();
    const fresh = rows.filter((r) => {
      const submission = submissions.get(r.submissionId);
      return submission !== undefined && !conflicted.has(`${r.submissionId}:${r.reviewerId}`) && !submission.authorIds.includes(r.reviewerId);
    });
    const written = await this.assignments.insertMany(
      fresh.map((row) => {
        const submission = submissions.get(row.submissionId) as SubmissionRecord;
        return this.newAssignment(actor.userId, venue, submission, row.reviewerId, row.kind, now, {
          origin: row.origin === 'chair' ? 'chair' : 'matcher',
          score: row.score,
          reasons: { terms: row.terms, areas: row.areas, bid: (row.bid as NewReviewerAssignment['reasons']['bid']) ?? null },
          runId: run.id,
        });
      }),
    );
    await this.audit.recordedMany('reviewer_assignments', written.map((w) => w.id));
    return { run: marked, committed: written.length, skipped: rows.length - written.length };
  }

  private newAssignment(
    actorId: string,
    venue: VenueRecord,
    submission: SubmissionRecord,
    reviewerId: string,
    kind: ReviewerKind,
    now: Date,
    extra: Pick<NewReviewerAssignment, 'origin' | 'score' | 'reasons' | 'runId'>,
  ): { assignment: NewReviewerAssignment; events: PendingEvent[] } {
    const tier = decidedTier(submission) ?? 'full';
    const dueAt = new Date(now.getTime() + venue.tierPolicy[tier].reviewDays * DAY_MS);
    const assignment: NewReviewerAssignment = {
      venueId: venue.id,
      submissionId: submission.id,
      reviewerId,
      kind,
      assignedById: actorId,
      assignedAt: now,
      dueAt,
      ...extra,
    };
    const event = auditEvent({
      venueId: venue.id,
      kind: 'assignment.committed',
      objectType: 'submission',
      objectId: submission.id,
      actorId,
      // Log entries hold whole numbers: the score in thousandths.
      summary: { reviewerId, kind, origin: extra.origin, scoreMilli: Math.round(extra.score * 1000), dueAt },
      notification: {
        kind: 'reviewer_assigned',
        venueId: venue.id,
        submissionId: submission.id,
        authorIds: submission.authorIds,
        phase: submission.phase,
        // The pair names the assignment: a re-assignment after a removal is a new notification.
        assignmentId: `${submission.id}:${reviewerId}:${now.getTime()}`,
        title: submission.submitted?.title ?? '',
        reviewerId,
        reviewerKind: kind,
        dueAt: dueAt.toISOString(),
        actorId,
      },
    });
    return { assignment, events: [event] };
  }

  // --- Committed assignments ---

  async forSubmission(actor: Actor, submission: SubmissionRecord, target: SubmissionTarget): Promise<ReviewerAssignmentRecord[]> {
    if (!this.access.can(actor, 'assignment.view', target)) return [];
    const rows = await this.assignments.forSubmissions([submission.id]);
    return rows.sort((a, b) => a.assignedAt.getTime() - b.assignedAt.getTime());
  }

  /** The signed-in reviewer's own assignments at a venue (declined ones included, for the record). */
  async mine(actor: Actor, venueId: string): Promise<{ assignment: ReviewerAssignmentRecord; submission: SubmissionRecord }[]> {
    if (!actor) return [];
    const rows = await this.assignments.forReviewer(venueId, actor.userId);
    const submissions = new Map((await this.submissions.findManyByIds(rows.map((r) => r.submissionId))).map((s) => [s.id, s]));
    const visible: { assignment: ReviewerAssignmentRecord; submission: SubmissionRecord }[] = [];
    for (const assignment of rows) {
      const submission = submissions.get(assignment.submissionId);
      if (!submission) continue;
      const target = await this.access.submission(submission);
      // A declined or conflicted assignment keeps its line, but not the statement behind it.
      if (holdsSlot(assignment.state) ? this.access.can(actor, 'submission.view', target) : !this.conflictedWith(target, actor.userId)) {
        visible.push({ assignment, submission });
      }
    }
    return visible;
  }

  async respond(actor: Actor, assignmentId: string, accept: boolean, reason: string | null | undefined): Promise<ReviewerAssignmentRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const assignment = await this.assignments.findById(assignmentId);
    if (!assignment || assignment.reviewerId !== actor.userId) return fail(assignmentErrors, 'ASSIGNMENT_NOT_FOUND');
    const submission = await this.submissions.findById(assignment.submissionId);
    if (!submission) return fail(assignmentErrors, 'ASSIGNMENT_NOT_FOUND');
    if (assignment.state !== 'assigned') return fail(assignmentErrors, 'ALREADY_ANSWERED');
    const target = await this.access.submission(submission);
    if (!this.access.can(actor, 'assignment.respond', target)) return fail(assignmentErrors, 'ASSIGNMENT_NOT_FOUND');
    const text = (reason ?? '').trim();
    if (!accept) {
      const errors = validateDeclineReason(text);
      if (errors.length > 0) fail(assignmentErrors, 'INVALID_DECLINE', errors);
    }
    const event = auditEvent({
      venueId: submission.venueId,
      kind: accept ? 'assignment.accepted' : 'assignment.declined',
      objectType: 'submission',
      objectId: submission.id,
      actorId: actor.userId,
      summary: accept ? { reviewerId: actor.userId } : { reviewerId: actor.userId, reason: text },
      ...(accept
        ? {}
        : {
            notification: {
              kind: 'assignment_declined',
              venueId: submission.venueId,
              submissionId: submission.id,
              authorIds: submission.authorIds,
              phase: submission.phase,
              assignmentId: assignment.id,
              title: submission.submitted?.title ?? '',
              reviewerId: actor.userId,
              reason: text,
              actorId: actor.userId,
            },
          }),
    });
    const answered = await this.assignments.respond(assignment.id, assignment.revision, accept ? 'accepted' : 'declined', accept ? '' : text, this.clock.now(), [event]);
    if (!answered) return fail(assignmentErrors, 'ALREADY_ANSWERED');
    await this.audit.recorded('reviewer_assignments', answered.id, [event]);
    return answered;
  }

  // --- Replacements ---

  /** The five best people for an open slot of this kind: affinity, no conflict, spare load. */
  /**
   * The five best reviewers of `kind` for an open slot on `submission`. Candidates are taken in
   * order of affinity (the venue's cached pool and index), 200 at a time with their loads, until
   * five eligible ones are certain: the rest of the venue is never read.
   */
  async replacements(actor: Actor, submission: SubmissionRecord, target: SubmissionTarget, kind: ReviewerKind): Promise<ReplacementRecord[]> {
    if (!this.access.can(actor, 'assignment.manage', target)) return [];
    const [pool, onThisStatement, rules] = await Promise.all([
      this.pool.get(submission.venueId),
      this.assignments.forSubmissions([submission.id]),
      this.rules.ofVenue(submission.venueId),
    ]);
    const { ids, index } = pool.affinityIndex(kind);
    const scored = index
      .topCandidates(
        { id: submission.id, title: submission.submitted?.title ?? '', abstract: '', statementText: submission.submitted?.affinityText || (submission.submitted?.abstract ?? '') },
        ids.length,
      )
      .map((c) => ({ userId: ids[c.reviewer] as string, affinity: c.score }));
    // Reviewers with no word in common still qualify (affinity 0), after everyone who matched.
    const matched = new Set(scored.map((c) => c.userId));
    const ordered = [...scored, ...ids.filter((id) => !matched.has(id)).map((userId) => ({ userId, affinity: 0 }))];
    const onStatement = new Set(onThisStatement.map((a) => a.reviewerId));
    const institutionsOnStatement = new Set<string>();
    for (const a of onThisStatement)
      if (holdsSlot(a.state)) for (const key of currentInstitutions(pool.profiles.get(a.reviewerId))) institutionsOnStatement.add(key);
    const forbidden = new Set(rules.filter((r) => r.rule === 'forbid' && r.submissionId === submission.id).map((r) => r.reviewerId));
    let eligible: ReplacementCandidate[] = [];
    for (let start = 0; start < ordered.length; start += REPLACEMENT_CHUNK) {
      const chunk = ordered.slice(start, start + REPLACEMENT_CHUNK);
      const load = new Map<string, number>();
      for (const a of await this.assignments.forReviewers(submission.venueId, chunk.map((c) => c.userId)))
        if (holdsSlot(a.state)) load.set(a.reviewerId, (load.get(a.reviewerId) ?? 0) + 1);
      eligible = rankReplacements(
        [
          ...eligible,
          ...chunk.map((c) => ({
            userId: c.userId,
            kind,
            affinity: c.affinity,
            conflicted: this.conflictedWith(target, c.userId) || forbidden.has(c.userId),
            load: load.get(c.userId) ?? 0,
            maxLoad: pool.profiles.get(c.userId)?.maxLoad ?? 3,
            onStatement: onStatement.has(c.userId),
            sharesInstitution: currentInstitutions(pool.profiles.get(c.userId)).some((key) => institutionsOnStatement.has(key)),
          })),
        ],
        kind,
      );
      // Done when five are found and nobody further down can tie with the fifth.
      const next = ordered[start + REPLACEMENT_CHUNK];
      const fifth = eligible[REPLACEMENT_COUNT - 1];
      if (fifth && (!next || next.affinity < fifth.affinity)) break;
    }
    return eligible.map((r) => ({ ...r, name: pool.people.get(r.userId)?.name ?? 'Former member' }));
  }

  /** Starts reading the venue's reviewer pool if it is not at hand; never throws. */
  warmPool(venueId: string): void {
    void this.pool.get(venueId).catch(() => undefined);
  }

  /**
   * Reviewers whose name or e-mail contains `search` (case and accents ignored), best match first:
   * names that start with it, then the rest, alphabetically. From the venue's cached pool, so a
   * keystroke costs no database read.
   */
  async reviewerChoices(venueId: string, search: string, limit: number): Promise<{ userId: string; kind: ReviewerKind }[]> {
    const wanted = foldForSearch(search);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) return fail(assignmentErrors, 'BAD_PAGE');
    if (wanted.length < 2) return [];
    const pool = await this.pool.get(venueId);
    const found: { userId: string; kind: ReviewerKind; name: string; starts: boolean }[] = [];
    for (const [userId, kind] of pool.kinds) {
      const person = pool.people.get(userId);
      if (!person) continue;
      const name = foldForSearch(person.name);
      if (!name.includes(wanted) && !person.email.toLowerCase().includes(wanted)) continue;
      found.push({ userId, kind, name, starts: name.startsWith(wanted) });
    }
    found.sort((a, b) => Number(b.starts) - Number(a.starts) || a.name.localeCompare(b.name) || (a.userId < b.userId ? -1 : 1));
    return found.slice(0, limit).map(({ userId, kind }) => ({ userId, kind }));
  }

  /** A chair's one click: puts a replacement on the statement and tells them. */
  async assignReplacement(actor: Actor, submissionId: string, reviewerId: string): Promise<ReviewerAssignmentRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(submissionId);
    if (!submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'assignment.manage', target);
    const kind = (await this.pool.get(submission.venueId)).kinds.get(reviewerId);
    if (!kind) return fail(assignmentErrors, 'NOT_A_REVIEWER');
    if (this.conflictedWith(target, reviewerId)) return fail(assignmentErrors, 'CONFLICTED_PAIR');
    const venue = await this.venue(submission.venueId);
    const [written] = await this.assignments.insertMany([
      this.newAssignment(actor.userId, venue, submission, reviewerId, kind, this.clock.now(), {
        origin: 'replacement',
        score: 0,
        reasons: { terms: [], areas: [], bid: null },
        runId: null,
      }),
    ]);
    if (!written) return fail(assignmentErrors, 'ALREADY_ON_STATEMENT');
    await this.audit.recordedMany('reviewer_assignments', [written.id]);
    return written;
  }

  /** Slots still open on a statement, by kind: its tier's demand minus assignments holding a slot. */
  openSlots(venue: VenueRecord, submission: SubmissionRecord, assignments: readonly ReviewerAssignmentRecord[]): KindCounts {
    const tier = decidedTier(submission);
    if (!tier) return { expert: 0, community: 0 };
    const demand = demandOfTier(tier, venue.tierPolicy);
    const held = this.countKinds(assignments.filter((a) => holdsSlot(a.state)));
    return Object.fromEntries(REVIEWER_KINDS.map((k) => [k, Math.max(0, demand[k] - held[k])])) as KindCounts;
  }

  async venue(venueId: string): Promise<VenueRecord> {
    const venue = await this.venues.findById(venueId);
    if (!venue) return fail(assignmentErrors, 'VENUE_NOT_FOUND');
    return venue;
  }
}

/** Keys of the institutions a profile lists as current (for the one-per-institution rule). */
function currentInstitutions(profile: ReviewerProfileRecord | undefined): string[] {
  return (profile?.affiliations ?? [])
    .filter((a) => a.endYear === null)
    .map((a) => (a.emailDomain !== '' ? a.emailDomain.toLowerCase() : `name:${a.institution.trim().toLowerCase()}`));
}
