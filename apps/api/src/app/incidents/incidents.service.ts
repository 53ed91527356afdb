import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  normalizeEmail,
  TRIAGE_RULES,
  validateIncidentReport,
  validateTriage,
  waitText,
  type Actor,
  type IncidentReportInput,
  type TriageAction,
} from '@impact-review/domain';
import { AccessService } from '../access';
import { ApprovalsService, type ApprovalRecord } from '../approvals';
import { AuditLog } from '../audit';
import { auditEvent } from '../audit/pending-events';
import { Clock } from '../common/clock';
import { fail, failSaying } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { incidentAcknowledgedMail, incidentAnswerMail, incidentConfirmMail, incidentToAuthorsMail, MailService } from '../mail';
import { RateLimiter, type RateCounter } from '../rate-limits';
import { SubmissionRepository, type SubmissionRecord } from '../submissions';
import { UserRepository } from '../users';
import { VenueRepository, type VenueRecord } from '../venues';
import { IncidentRepository, type IncidentRecord } from './incident.repository';
import { incidentErrors } from './incidents.errors';

const CONFIRM_HOURS = 48;
const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** What a report is about: an approval (and its statement), or the venue in general. */
interface Subject {
  venue: VenueRecord;
  approval: ApprovalRecord | null;
  submission: SubmissionRecord | null;
}

export interface TriageInputValue {
  action: TriageAction;
  reason: string;
  answer: string;
  question: string;
  artifactKeys: string[];
  expectedRevision: number;
}

/**
 * Incident reports from the public: taken without an account (rate-limited per address and per
 * network), counted once their address is confirmed by a link, confidential to the venue's chairs
 * (the reporter is named to the authors only when they agreed), triaged by a chair not conflicted
 * with the work (dismiss, ask the authors, open a re-evaluation, suspend at once, resolve), and
 * answered: the reporter gets an acknowledgement and a final answer.
 */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly incidents: IncidentRepository,
    private readonly approvals: ApprovalsService,
    private readonly submissions: SubmissionRepository,
    private readonly venues: VenueRepository,
    private readonly users: UserRepository,
    private readonly access: AccessService,
    private readonly limiter: RateLimiter,
    private readonly mail: MailService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Takes a report about an approval (or a venue in general) and mails the confirmation link. */
  async report(target: { approvalId: string | null; venueId: string | null }, input: IncidentReportInput, network: string): Promise<{ email: string }> {
    const subject = await this.subjectOf(target);
    const errors = validateIncidentReport(input);
    if (errors.length > 0) fail(incidentErrors, 'INVALID_REPORT', errors);
    const email = normalizeEmail(input.email);
    const perEmail: RateCounter = { key: `incident:email:${email}`, limit: this.config.incidentReportsPerEmail };
    const perNetwork: RateCounter = { key: `incident:network:${network}`, limit: this.config.incidentReportsPerAddress };
    const decision = await this.limiter.take([perEmail, perNetwork]);
    if (!decision.allowed) {
      const wait = waitText(decision.retryAt, this.clock.now());
      failSaying(
        incidentErrors,
        'TOO_MANY_REPORTS',
        decision.refusedBy === perEmail
          ? `Several reports were already sent from ${email}. Confirm them from your inbox, or try again ${wait}.`
          : `Too many reports were sent from your network. Try again ${wait}.`,
      );
    }
    const token = randomBytes(24).toString('base64url');
    const incident = await this.incidents.create({
      venueId: subject.venue.id,
      approvalId: subject.approval?.id ?? null,
      submissionId: subject.submission?.id ?? null,
      whatHappened: input.whatHappened.trim(),
      evidenceLinks: input.evidenceLinks.map((l) => l.trim()).filter((l) => l !== ''),
      email,
      shareWithAuthors: input.shareWithAuthors,
      confirmTokenHash: hashOf(token),
      createdAt: this.clock.now(),
    });
    await this.mail.enqueue({
      key: `incident-confirm:${incident.id}`,
      to: email,
      content: incidentConfirmMail({ about: this.about(subject), confirmLink: `${this.config.publicWebUrl}/incidents/confirm/${token}`, expiresHours: CONFIRM_HOURS }),
    });
    return { email };
  }

  /** Confirms a report from its mail's link: it reaches the chairs; the reporter is thanked. */
  async confirm(token: string): Promise<{ reference: string; about: string }> {
    const now = this.clock.now();
    const tokenHash = hashOf(token);
    const incident = /^[A-Za-z0-9_-]{16,64}$/.test(token) ? await this.incidents.unconfirmedByToken(tokenHash) : null;
    if (!incident || now.getTime() - incident.createdAt.getTime() > CONFIRM_HOURS * 3_600_000) return fail(incidentErrors, 'INVALID_LINK');
    const subject = await this.subjectOf({ approvalId: incident.approvalId, venueId: incident.venueId });
    const event = auditEvent({
      venueId: incident.venueId,
      kind: 'incident.reported',
      objectType: incident.submissionId ? 'submission' : 'venue',
      objectId: incident.submissionId ?? incident.venueId,
      actorId: null,
      // Confidential: who reported and what stay in the report, not in the log.
      summary: { incidentId: incident.id, approvalId: incident.approvalId },
      at: now,
      notification: {
        kind: 'incident_reported',
        venueId: incident.venueId,
        submissionId: incident.submissionId,
        authorIds: subject.submission?.authorIds ?? [],
        phase: subject.submission?.phase ?? null,
        title: subject.submission?.submitted?.title ?? '',
        incidentId: incident.id,
        actorId: null,
      },
    });
    const confirmed = await this.incidents.confirm(incident.id, tokenHash, now, [event]);
    if (!confirmed) return fail(incidentErrors, 'INVALID_LINK');
    await this.audit.recorded('incidents', confirmed.id, [event]);
    const reference = referenceOf(confirmed);
    await this.mail.enqueue({ key: `incident-ack:${confirmed.id}`, to: confirmed.email, content: incidentAcknowledgedMail({ about: this.about(subject), reference }) });
    return { reference, about: this.about(subject) };
  }

  /** The venue's confirmed reports a chair may read (reports about work they are conflicted with or wrote are left out). */
  async ofVenue(actor: Actor, venueId: string): Promise<IncidentRecord[]> {
    if (!actor || !this.access.can(actor, 'venue.viewSubmissions', { kind: 'venue', venueId })) return [];
    const all = await this.incidents.confirmedOfVenue(venueId);
    const submissions = await this.submissions.findManyByIds([...new Set(all.flatMap((i) => (i.submissionId ? [i.submissionId] : [])))]);
    const allowed = new Set<string>();
    for (const submission of submissions) if (this.access.can(actor, 'approval.manage', await this.access.submission(submission))) allowed.add(submission.id);
    return all.filter((i) => i.submissionId === null || allowed.has(i.submissionId));
  }

  /** A chair handles a report; the reporter gets the final answer when it ends it. */
  async triage(actor: Actor, incidentId: string, input: TriageInputValue): Promise<IncidentRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const incident = await this.incidents.findById(incidentId);
    if (!incident || incident.state === 'unconfirmed') return fail(incidentErrors, 'INCIDENT_NOT_FOUND');
    const subject = await this.subjectOf({ approvalId: incident.approvalId, venueId: incident.venueId });
    if (subject.submission) {
      // Whoever may not act on the approval (a conflicted chair, an author who chairs) is told the report does not exist.
      if (!this.access.can(actor, 'approval.manage', await this.access.submission(subject.submission))) return fail(incidentErrors, 'INCIDENT_NOT_FOUND');
    } else if (!this.access.can(actor, 'venue.manage', { kind: 'venue', venueId: incident.venueId })) {
      return fail(incidentErrors, 'INCIDENT_NOT_FOUND');
    }
    const errors = validateTriage(incident.state, subject.approval !== null, input);
    if (input.action === 'ask_authors' && input.question.trim().length < 10)
      errors.push({ path: 'question', message: 'Write what the authors should answer (at least 10 characters).' });
    if (errors.length > 0) fail(incidentErrors, 'INVALID_TRIAGE', errors);
    if (incident.revision !== input.expectedRevision) fail(incidentErrors, 'STALE');
    // The approval's change first (it may be refused: a state that does not allow it, a stale revision).
    if (subject.approval && (input.action === 'suspend' || input.action === 'open_reevaluation'))
      await this.approvals.change(actor, subject.approval.id, {
        action: input.action,
        reason: `Incident report ${referenceOf(incident)}: ${input.reason.trim()}`,
        artifactKeys: input.action === 'suspend' ? input.artifactKeys : [],
        expectedRevision: subject.approval.revision,
        trigger: 'incident',
      });
    const now = this.clock.now();
    const rule = TRIAGE_RULES[input.action];
    const event = auditEvent({
      venueId: incident.venueId,
      kind: 'incident.triaged',
      objectType: incident.submissionId ? 'submission' : 'venue',
      objectId: incident.submissionId ?? incident.venueId,
      actorId: actor.userId,
      summary: { incidentId: incident.id, action: input.action, from: incident.state, to: rule.to },
      at: now,
    });
    const saved = await this.incidents.triage(
      incident.id,
      incident.revision,
      { state: rule.to, ...(rule.final ? { answer: input.answer.trim(), answeredAt: now } : {}) },
      { action: input.action, reason: input.reason.trim(), byId: actor.userId, at: now },
      [event],
    );
    if (!saved) return fail(incidentErrors, 'STALE');
    await this.audit.recorded('incidents', saved.id, [event]);
    const about = this.about(subject);
    if (rule.final)
      await this.mail.enqueue({ key: `incident-answer:${saved.id}`, to: saved.email, content: incidentAnswerMail({ about, reference: referenceOf(saved), answer: input.answer.trim() }) });
    if (input.action === 'ask_authors' && subject.submission) {
      for (const author of await this.users.findByIds(subject.submission.authorIds))
        await this.mail.enqueue({
          key: `incident-ask:${saved.id}:${saved.revision}:${author.id}`,
          to: author.email,
          content: incidentToAuthorsMail({
            about,
            recipientName: author.name,
            whatHappened: saved.whatHappened,
            evidenceLinks: saved.evidenceLinks,
            question: input.question.trim(),
            reporter: saved.shareWithAuthors ? saved.email : null,
            submissionLink: `${this.config.publicWebUrl}/submissions/${subject.submission.id}`,
          }),
          venueId: saved.venueId,
          subjectId: subject.submission.id,
        });
    }
    return saved;
  }

  /** The approval (or venue) a report is about; NOT_FOUND when it does not exist. */
  async subjectOf(target: { approvalId: string | null; venueId: string | null }): Promise<Subject> {
    if (target.approvalId) {
      const approval = await this.approvals.byId(target.approvalId);
      const submission = approval ? await this.submissions.findById(approval.submissionId) : null;
      const venue = approval ? await this.venues.findById(approval.venueId) : null;
      if (!approval || !submission || !venue) return fail(incidentErrors, 'APPROVAL_NOT_FOUND');
      return { venue, approval, submission };
    }
    const venue = target.venueId ? await this.venues.findById(target.venueId) : null;
    if (!venue) return fail(incidentErrors, 'VENUE_NOT_FOUND');
    return { venue, approval: null, submission: null };
  }

  private about(subject: Subject): string {
    return subject.submission ? `“${subject.submission.submitted?.title ?? ''}” (${subject.venue.shortName})` : subject.venue.shortName;
  }
}

/** A short reference the reporter and the chairs can quote: IR- and the first six hex digits. */
export function referenceOf(incident: { id: string }): string {
  return `IR-${incident.id.slice(-6).toUpperCase()}`;
}
