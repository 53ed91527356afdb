import { Inject, Injectable } from '@nestjs/common';
import {
  checkDecision,
  createsApproval,
  DECISION_OUTCOME_LABELS,
  formatInZone,
  labelOf,
  MAX_LETTER_BODY,
  MAX_LETTER_SUBJECT,
  meaningfulLength,
  renderLetter,
  validateConditionLibrary,
  validateLetterTemplate,
  type Actor,
  type ConditionLibraryEntry,
  type DecisionOutcome,
  type FieldError,
  type LetterTemplate,
  type ReleasePlanItem,
  type SubmissionTarget,
} from '@impact-review/domain';
import { randomUUID } from 'node:crypto';
import { AccessService } from '../access';
import { decidedTier } from '../assignment/matching-input.loader';
import { AuditLog } from '../audit';
import { auditEvent } from '../audit/pending-events';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { decisionLetterMail, MailService } from '../mail';
import { ReviewsService } from '../reviews';
import { SubmissionRepository, TierDecisionService, type DecisionRecord, type SubmissionRecord } from '../submissions';
import { UserRepository } from '../users';
import { VenueRepository, type VenueRecord } from '../venues';
import { ApprovalsService } from '../approvals';
import { DecisionSettingsRepository, type DecisionSettingsRecord } from './decision-settings.repository';
import { decisionErrors } from './decisions.errors';

export interface DecisionInputValue {
  outcome: DecisionOutcome;
  conditions: { libraryId: string | null; text: string; artifactKey: string | null; dueOn: string | null }[];
  releasePlan: ReleasePlanItem[];
  withoutReviewsReason: string;
}

/** What recording a decision did: recorded it, or sent the statement to full review. */
export type RecordResult = { kind: 'recorded'; submission: SubmissionRecord } | { kind: 'referred'; submission: SubmissionRecord; reason: string };

const today = (now: Date, venue: VenueRecord) => formatInZone(now, venue.timeZone).slice(0, 10);

/**
 * Decisions on statements: a chair records the committee's decision (outcome, conditions from the
 * venue's library or written for it, the decided release plan), previews the letter from the
 * venue's template, edits it and sends it through the outbox. A positive decision creates the
 * statement's Approval. An expedited disapproval is not recorded: the statement goes to full review.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly settings: DecisionSettingsRepository,
    private readonly venues: VenueRepository,
    private readonly users: UserRepository,
    private readonly reviews: ReviewsService,
    private readonly tiers: TierDecisionService,
    private readonly mail: MailService,
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly approvals: ApprovalsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The decision as `actor` may see it: the recorded one for chairs, the last sent one for the others. */
  visibleDecision(actor: Actor, submission: SubmissionRecord, target: SubmissionTarget): DecisionRecord | null {
    if (!this.access.can(actor, 'decision.view', target)) return null;
    if (this.access.can(actor, 'decision.record', target)) return submission.decision;
    return submission.decisions.at(-1) ?? null;
  }

  async settingsOf(actor: Actor, venueId: string): Promise<DecisionSettingsRecord | null> {
    if (!this.access.can(actor, 'venue.manage', { kind: 'venue', venueId })) return null;
    return this.settings.get(venueId);
  }

  /** The venue's library, for a chair deciding on one of its statements. */
  async libraryFor(actor: Actor, target: SubmissionTarget): Promise<ConditionLibraryEntry[]> {
    if (!this.access.can(actor, 'decision.record', target)) return [];
    return (await this.settings.get(target.venueId)).conditionLibrary;
  }

  /**
   * The problems with a decision a meeting's motion would propose (checked before the motion opens,
   * so that a passed motion can be recorded). Empty when it could be recorded now.
   */
  async problemsOfProposal(submission: SubmissionRecord, input: DecisionInputValue): Promise<FieldError[]> {
    const tier = decidedTier(submission);
    if (!tier) return [{ path: 'decision', message: 'Confirm the statement’s tier before deciding on it.' }];
    const [venue, settings, submitted] = await Promise.all([
      this.venues.findById(submission.venueId),
      this.settings.get(submission.venueId),
      this.reviews.submittedCounts(submission),
    ]);
    if (!venue || !submission.submitted) return [{ path: 'decision', message: 'This statement cannot be decided.' }];
    const now = this.clock.now();
    const conditions = input.conditions.map((c) => ({ libraryId: c.libraryId, text: c.text.trim(), artifactId: c.artifactKey, dueOn: c.dueOn }));
    const check = checkDecision(
      { outcome: input.outcome, conditions, releasePlan: input.releasePlan, withoutReviewsReason: input.withoutReviewsReason },
      { tier, policy: venue.tierPolicy, submittedReviews: submitted, artifacts: submission.submitted.artifacts, today: today(now, venue), now, library: settings.conditionLibrary, viaMeeting: true },
    );
    if (check.kind === 'invalid') return check.errors.map(renameConditionPath).map((e) => ({ ...e, path: `decision.${e.path}` }));
    if (check.kind === 'refer_to_full') return [{ path: 'decision.outcome', message: check.reason }];
    return [];
  }

  /**
   * Records the committee's decision on the latest version (a chair; full review only through a
   * meeting, `meetingId`). An expedited disapproval overrides the tier to full instead.
   */
  async record(actor: Actor, submissionId: string, expectedRevision: number, input: DecisionInputValue, meetingId: string | null = null): Promise<RecordResult> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(submissionId);
    if (!submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'decision.record', target);
    const tier = decidedTier(submission);
    if (!tier) return fail(decisionErrors, 'TIER_NOT_DECIDED');
    if (submission.revision !== expectedRevision) fail(commonErrors, 'VERSION_CONFLICT');
    if (submission.decisionSentForVersion === submission.latestVersionNumber) fail(decisionErrors, 'ALREADY_SENT');
    const [venue, settings, submitted, version] = await Promise.all([
      this.venues.findById(submission.venueId),
      this.settings.get(submission.venueId),
      this.reviews.submittedCounts(submission),
      Promise.resolve(submission.submitted),
    ]);
    if (!venue || !version) return this.access.notFound('submission');
    const now = this.clock.now();
    const conditions = input.conditions.map((c) => ({ libraryId: c.libraryId, text: c.text.trim(), artifactId: c.artifactKey, dueOn: c.dueOn }));
    const check = checkDecision(
      { outcome: input.outcome, conditions, releasePlan: input.releasePlan, withoutReviewsReason: input.withoutReviewsReason },
      { tier, policy: venue.tierPolicy, submittedReviews: submitted, artifacts: version.artifacts, today: today(now, venue), now, library: settings.conditionLibrary, viaMeeting: meetingId !== null },
    );
    if (check.kind === 'invalid') fail(decisionErrors, 'INVALID_DECISION', check.errors.map(renameConditionPath));
    if (check.kind === 'refer_to_full') {
      const referred = await this.tiers.confirm(actor, submission.id, 'full', check.reason, expectedRevision);
      return { kind: 'referred', submission: referred, reason: check.reason };
    }
    const decision: DecisionRecord = {
      id: randomUUID(),
      forVersion: submission.latestVersionNumber,
      tier,
      outcome: input.outcome,
      conditions: input.conditions.map((c) => ({ libraryId: c.libraryId, text: c.text.trim(), artifactKey: c.artifactKey, dueOn: c.dueOn })),
      releasePlan: createsApproval(input.outcome) ? input.releasePlan : [],
      withoutReviewsReason: input.withoutReviewsReason.trim(),
      reviewsCounted: submitted,
      meetingId,
      decidedById: actor.userId,
      decidedAt: now,
      letter: null,
      sentAt: null,
      sentById: null,
    };
    const event = auditEvent({
      venueId: submission.venueId,
      kind: 'decision.recorded',
      objectType: 'submission',
      objectId: submission.id,
      actorId: actor.userId,
      summary: { version: decision.forVersion, outcome: decision.outcome, conditions: decision.conditions.length, meetingId },
      at: now,
    });
    const recorded = await this.submissions.recordDecision(submission.id, expectedRevision, decision, [event]);
    if (!recorded) return fail(commonErrors, 'VERSION_CONFLICT');
    await this.audit.recorded('submissions', recorded.id, [event]);
    return { kind: 'recorded', submission: recorded };
  }

  /** The letter for the recorded decision, from the venue's template (chairs preview and edit it). */
  async letterDraft(actor: Actor, submission: SubmissionRecord, target: SubmissionTarget): Promise<LetterTemplate | null> {
    const decision = submission.decision;
    if (!actor || !decision || !this.access.can(actor, 'decision.record', target)) return null;
    if (decision.sentAt && decision.letter) return decision.letter;
    const [venue, settings, authors, chair, reviews] = await Promise.all([
      this.venues.findById(submission.venueId),
      this.settings.get(submission.venueId),
      this.users.findByIds(submission.authorIds),
      this.users.findById(actor.userId),
      target.reviewsReleased ? this.reviews.forLetter(submission) : Promise.resolve([]),
    ]);
    if (!venue) return null;
    const artifacts = new Map((submission.submitted?.artifacts ?? []).map((a) => [a.key, a.name]));
    const byId = new Map(authors.map((a) => [a.id, a.name]));
    return renderLetter(settings.letterTemplates[decision.outcome], {
      statementTitle: submission.submitted?.title ?? '',
      outcome: DECISION_OUTCOME_LABELS[decision.outcome],
      venueName: venue.name,
      authors: submission.authorIds.map((id) => byId.get(id) ?? '').filter(Boolean),
      decidedOn: formatInZone(decision.decidedAt, venue.timeZone).slice(0, 10),
      chair: chair?.name ?? 'The chairs',
      conditions: decision.conditions.map((c) => ({ text: c.text, artifactName: c.artifactKey ? (artifacts.get(c.artifactKey) ?? c.artifactKey) : null, dueOn: c.dueOn })),
      releasePlan: decision.releasePlan.map((item) => ({
        artifactName: artifacts.get(item.artifactKey) ?? item.artifactKey,
        contentLevel: labelOf(item.contentLevel),
        timing: labelOf(item.timing),
        distribution: labelOf(item.distribution),
      })),
      reviews,
    });
  }

  /**
   * Sends the recorded decision with the letter the chair approved: kept on the statement for the
   * authors, mailed to each of them through the outbox, and (a positive decision) the Approval.
   */
  async send(actor: Actor, submissionId: string, expectedRevision: number, letter: LetterTemplate): Promise<SubmissionRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(submissionId);
    if (!submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'decision.record', target);
    const decision = submission.decision;
    if (!decision || decision.forVersion !== submission.latestVersionNumber) return fail(decisionErrors, 'NO_DECISION');
    if (submission.decisionSentForVersion === decision.forVersion) fail(decisionErrors, 'ALREADY_SENT');
    if (submission.revision !== expectedRevision) fail(commonErrors, 'VERSION_CONFLICT');
    const errors = validateLetterText(letter);
    if (errors.length > 0) fail(decisionErrors, 'INVALID_LETTER', errors);
    const now = this.clock.now();
    const sent: DecisionRecord = { ...decision, letter: { subject: letter.subject.trim(), body: letter.body.trim() }, sentAt: now, sentById: actor.userId };
    const event = auditEvent({
      venueId: submission.venueId,
      kind: 'decision.sent',
      objectType: 'submission',
      objectId: submission.id,
      actorId: actor.userId,
      summary: { version: decision.forVersion, outcome: decision.outcome, subject: sent.letter?.subject },
      at: now,
    });
    const updated = await this.submissions.sendDecision(submission.id, expectedRevision, sent, [event]);
    if (!updated) {
      const current = await this.submissions.findById(submission.id);
      if (current?.decisionSentForVersion === decision.forVersion) return fail(decisionErrors, 'ALREADY_SENT');
      return fail(commonErrors, 'VERSION_CONFLICT');
    }
    await this.audit.recorded('submissions', updated.id, [event]);
    // After the single write that decided the send: each effect is keyed, so a retry adds nothing.
    if (createsApproval(decision.outcome))
      await this.approvals.grant({
        venueId: submission.venueId,
        submissionId: submission.id,
        decisionId: decision.id,
        forVersion: decision.forVersion,
        tier: decision.tier,
        outcome: decision.outcome,
        conditions: decision.conditions,
        releasePlan: decision.releasePlan,
        approvedAt: now,
        actorId: actor.userId,
      });
    const authors = await this.users.findByIds(submission.authorIds);
    for (const author of authors)
      await this.mail.enqueue({
        key: `decision-letter:${decision.id}:${author.id}`,
        to: author.email,
        content: decisionLetterMail(sent.letter ?? letter, `${this.config.publicWebUrl}/submissions/${submission.id}`),
        venueId: submission.venueId,
        subjectId: submission.id,
      });
    return updated;
  }

  async saveLibrary(actor: Actor, venueId: string, entries: ConditionLibraryEntry[], expectedRevision: number): Promise<DecisionSettingsRecord> {
    await this.requireChair(actor, venueId);
    const tidy = entries.map((e) => ({ ...e, id: e.id.trim(), text: e.text.trim() }));
    const errors = validateConditionLibrary(tidy);
    if (errors.length > 0) fail(decisionErrors, 'INVALID_SETTINGS', errors);
    return this.saveSettings(actor, venueId, { conditionLibrary: tidy }, expectedRevision, { library: tidy.length });
  }

  /** Replaces one outcome's letter template, or (null) goes back to the default. */
  async saveTemplate(actor: Actor, venueId: string, outcome: DecisionOutcome, template: LetterTemplate | null, expectedRevision: number): Promise<DecisionSettingsRecord> {
    await this.requireChair(actor, venueId);
    if (template) {
      const errors = validateLetterTemplate(template);
      if (errors.length > 0) fail(decisionErrors, 'INVALID_SETTINGS', errors);
    }
    return this.saveSettings(actor, venueId, { letterTemplate: { outcome, template } }, expectedRevision, { template: outcome, reset: template === null });
  }

  private async saveSettings(
    actor: Actor,
    venueId: string,
    changes: Parameters<DecisionSettingsRepository['save']>[1],
    expectedRevision: number,
    summary: Record<string, unknown>,
  ): Promise<DecisionSettingsRecord> {
    const event = auditEvent({ venueId, kind: 'venue.decision_settings_changed', objectType: 'venue', objectId: venueId, actorId: actor?.userId ?? null, summary });
    const saved = await this.settings.save(venueId, changes, expectedRevision, [event]);
    if (!saved?.id) return fail(decisionErrors, 'SETTINGS_STALE');
    await this.audit.recorded('decision_settings', saved.id, [event]);
    return saved;
  }

  private async requireChair(actor: Actor, venueId: string): Promise<void> {
    if (!(await this.venues.findById(venueId))) fail(decisionErrors, 'VENUE_NOT_FOUND');
    if (!this.access.can(actor, 'venue.manage', { kind: 'venue', venueId })) fail(decisionErrors, 'NOT_A_CHAIR');
  }
}

/** The letter a chair sends: a one-line subject and a body of sensible length. */
function validateLetterText(letter: LetterTemplate): FieldError[] {
  const errors: FieldError[] = [];
  if (meaningfulLength(letter.subject) === 0) errors.push({ path: 'letter.subject', message: 'Write the subject.' });
  else if (letter.subject.length > MAX_LETTER_SUBJECT || /[\r\n]/.test(letter.subject.trim()))
    errors.push({ path: 'letter.subject', message: `Keep the subject to one line under ${MAX_LETTER_SUBJECT} characters.` });
  if (meaningfulLength(letter.body) === 0) errors.push({ path: 'letter.body', message: 'Write the letter.' });
  else if (letter.body.length > MAX_LETTER_BODY)
    errors.push({ path: 'letter.body', message: `Keep the letter under ${MAX_LETTER_BODY.toLocaleString('en-GB')} characters.` });
  return errors;
}

/** Conditions name their artifact by key: the API's field is artifactKey. */
function renameConditionPath(error: FieldError): FieldError {
  return { ...error, path: error.path.replace(/^(conditions\.\d+)\.artifactId$/, '$1.artifactKey') };
}
