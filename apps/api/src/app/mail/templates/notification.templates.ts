// Mails that tell people about changes to work they are part of. Each one ends with why the reader
// gets it, where to change that, and a one-click unsubscribe link (also sent as List-Unsubscribe).
import { escapeHtml } from './html';
import type { MailContent } from './mail-message';

/** Where the reader may change or stop this kind of mail. */
export interface NotificationFooter {
  /** Why this person gets this mail, e.g. "you are an author of this submission". */
  reason: string;
  preferencesLink: string;
  unsubscribeLink: string;
  /** A required notice: it says so and offers no unsubscribe link. */
  required?: boolean;
}

export interface VenueRef {
  name: string;
  shortName: string;
}

type Part = { text: string } | { link: string; label: string };

function formatUtc(date: Date): string {
  // Readers are anywhere; UTC with the zone written out is unambiguous.
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function renderText(parts: readonly Part[]): string {
  return parts.map((part) => ('link' in part ? `${part.label}:\n${part.link}` : part.text)).join('\n\n');
}

function renderHtml(parts: readonly Part[]): string {
  return parts
    .map((part) =>
      'link' in part
        ? `<p><a href="${escapeHtml(part.link)}">${escapeHtml(part.label)}</a></p>`
        : `<p>${escapeHtml(part.text)}</p>`,
    )
    .join('\n');
}

function footerParts(footer: NotificationFooter): Part[] {
  if (footer.required)
    return [
      { text: `You get this notice because ${footer.reason}. Notices about approvals are required and cannot be turned off.` },
      { label: 'Choose which other emails you get', link: footer.preferencesLink },
    ];
  return [
    { text: `You get this email because ${footer.reason}.` },
    { label: 'Choose which emails you get', link: footer.preferencesLink },
    { label: 'Unsubscribe from this kind of email', link: footer.unsubscribeLink },
  ];
}

function compose(subject: string, body: readonly Part[], footer: NotificationFooter): MailContent {
  const end = footerParts(footer);
  return {
    subject,
    text: `${renderText(body)}\n\n--\n${renderText(end)}`,
    html: `${renderHtml(body)}\n<hr>\n<footer>\n${renderHtml(end)}\n</footer>`,
  };
}

export interface SubmissionNotificationInput {
  recipientName: string;
  venue: VenueRef;
  submissionTitle: string;
  submissionLink: string;
  footer: NotificationFooter;
}

export function submissionRegisteredMail(input: SubmissionNotificationInput): MailContent {
  return compose(
    `Registered at ${input.venue.shortName}: ${input.submissionTitle}`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: `“${input.submissionTitle}” is registered at ${input.venue.name} (${input.venue.shortName}). Its impact statement is a draft that only its authors can see until one of them submits it.`,
      },
      { label: 'Open the submission', link: input.submissionLink },
    ],
    input.footer,
  );
}

export function versionSubmittedMail(
  input: SubmissionNotificationInput & { versionNumber: number; submittedAt: Date; submittedByName: string },
): MailContent {
  return compose(
    `Version ${input.versionNumber} submitted: ${input.submissionTitle}`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: `${input.submittedByName} submitted version ${input.versionNumber} of the impact statement for “${input.submissionTitle}” at ${input.venue.shortName} on ${formatUtc(input.submittedAt)}. The committee now sees this version; later edits stay private until the next version is submitted.`,
      },
      { label: 'See the submitted version', link: input.submissionLink },
    ],
    input.footer,
  );
}

export function tierDecidedMail(
  input: SubmissionNotificationInput & {
    versionNumber: number;
    tierLabel: string;
    outcome: 'confirmed' | 'overridden';
    /** The committee's reason, shown only for an override; empty for none. */
    reason: string;
  },
): MailContent {
  const verb = input.outcome === 'confirmed' ? 'confirmed' : 'set';
  const what =
    input.outcome === 'confirmed'
      ? `The committee of ${input.venue.shortName} confirmed the suggested review tier of version ${input.versionNumber} of “${input.submissionTitle}”: ${input.tierLabel}.`
      : `The committee of ${input.venue.shortName} set the review tier of version ${input.versionNumber} of “${input.submissionTitle}” to ${input.tierLabel}, instead of the tier the statement suggested.`;
  const reason = input.reason.trim();
  return compose(
    `Tier ${verb}: ${input.tierLabel} for ${input.submissionTitle}`,
    [
      { text: `Hello ${input.recipientName},` },
      { text: what },
      ...(reason ? [{ text: `The committee's reason: ${reason}` }] : []),
      { label: 'Open the submission', link: input.submissionLink },
    ],
    input.footer,
  );
}

export function invitationAnsweredMail(input: {
  recipientName: string;
  venue: VenueRef;
  inviteeName: string;
  inviteeEmail: string;
  roleLabel: string;
  answer: 'accepted' | 'declined';
  membersLink: string;
  footer: NotificationFooter;
}): MailContent {
  const who = `${input.inviteeName} (${input.inviteeEmail})`;
  const role = input.roleLabel.toLowerCase();
  const article = /^[aeiou]/.test(role) ? 'an' : 'a';
  const line =
    input.answer === 'accepted'
      ? `${who} accepted your invitation and is now ${article} ${role} at ${input.venue.name} (${input.venue.shortName}).`
      : `${who} declined your invitation to be ${article} ${role} at ${input.venue.name} (${input.venue.shortName}).`;
  return compose(
    `Invitation ${input.answer}: ${input.inviteeName}, ${input.roleLabel} at ${input.venue.shortName}`,
    [
      { text: `Hello ${input.recipientName},` },
      { text: line },
      { label: "See the venue's members", link: input.membersLink },
    ],
    input.footer,
  );
}

export function reviewerAssignedMail(input: {
  recipientName: string;
  venue: VenueRef;
  submissionTitle: string;
  kindLabel: string;
  dueAt: Date;
  assignmentsLink: string;
  footer: NotificationFooter;
}): MailContent {
  return compose(
    `Please review: ${input.submissionTitle} (${input.venue.shortName})`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: `The chairs of ${input.venue.name} (${input.venue.shortName}) ask you to review the impact statement “${input.submissionTitle}” as ${input.kindLabel}. The review is due on ${formatUtc(input.dueAt)}.`,
      },
      { text: 'Please accept or decline soon: if you decline, say why, and the chairs will ask someone else.' },
      { label: 'Accept or decline', link: input.assignmentsLink },
    ],
    input.footer,
  );
}

export function assignmentDeclinedMail(input: {
  recipientName: string;
  venue: VenueRef;
  submissionTitle: string;
  reviewerName: string;
  reason: string;
  submissionLink: string;
  footer: NotificationFooter;
}): MailContent {
  return compose(
    `Review declined: ${input.submissionTitle} (${input.venue.shortName})`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: `${input.reviewerName} declined to review “${input.submissionTitle}” at ${input.venue.shortName}. The slot is open again; the statement's page lists the five best replacements.`,
      },
      { text: `Their reason: ${input.reason}` },
      { label: 'Choose a replacement', link: input.submissionLink },
    ],
    input.footer,
  );
}

export function reviewSubmittedMail(input: {
  recipientName: string;
  venue: VenueRef;
  submissionTitle: string;
  /** "expert reviewer" or "community reviewer": never the reviewer's name. */
  kindLabel: string;
  version: number;
  submissionLink: string;
  footer: NotificationFooter;
}): MailContent {
  const what = input.version === 1 ? 'submitted their review' : `submitted version ${input.version} of their review`;
  return compose(
    `Review submitted: ${input.submissionTitle} (${input.venue.shortName})`,
    [
      { text: `Hello ${input.recipientName},` },
      { text: `A ${input.kindLabel} ${what} of “${input.submissionTitle}” at ${input.venue.shortName}.` },
      { label: 'Read the reviews', link: input.submissionLink },
    ],
    input.footer,
  );
}

export function reviewsReleasedMail(input: {
  recipientName: string;
  venue: VenueRef;
  submissionTitle: string;
  submissionLink: string;
  footer: NotificationFooter;
}): MailContent {
  return compose(
    `Reviews of your statement: ${input.submissionTitle} (${input.venue.shortName})`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: `The chairs of ${input.venue.name} (${input.venue.shortName}) have released the reviews of your impact statement “${input.submissionTitle}”. Reviewers are not named unless a community reviewer chose to be.`,
      },
      { label: 'Read the reviews', link: input.submissionLink },
    ],
    input.footer,
  );
}

export function reviewReminderMail(input: {
  recipientName: string;
  venue: VenueRef;
  submissionTitle: string;
  dueAt: Date;
  reviewLink: string;
  footer: NotificationFooter;
}): MailContent {
  return compose(
    `Review due ${formatUtc(input.dueAt)}: ${input.submissionTitle} (${input.venue.shortName})`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: `Your review of “${input.submissionTitle}” for ${input.venue.name} (${input.venue.shortName}) is due on ${formatUtc(input.dueAt)}. Drafts are saved as you write; submit when it is ready.`,
      },
      { text: 'If you cannot finish it in time, tell the chairs now so they can plan.' },
      { label: 'Write the review', link: input.reviewLink },
    ],
    input.footer,
  );
}

export function discussionCommentMail(input: {
  recipientName: string;
  venue: VenueRef;
  submissionTitle: string;
  mentioned: boolean;
  discussionLink: string;
  footer: NotificationFooter;
}): MailContent {
  // The comment itself stays on the page: who wrote it is shown there as the reader may know it.
  return compose(
    `${input.mentioned ? 'You were mentioned' : 'New comment'}: ${input.submissionTitle} (${input.venue.shortName})`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: input.mentioned
          ? `Someone mentioned you in the discussion of “${input.submissionTitle}” at ${input.venue.shortName}.`
          : `There is a new comment in the discussion of “${input.submissionTitle}” at ${input.venue.shortName}.`,
      },
      { label: 'Read the discussion', link: input.discussionLink },
    ],
    input.footer,
  );
}

export function authorRespondedMail(input: {
  recipientName: string;
  venue: VenueRef;
  submissionTitle: string;
  submissionLink: string;
  footer: NotificationFooter;
}): MailContent {
  return compose(
    `Authors’ response: ${input.submissionTitle} (${input.venue.shortName})`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: `The authors of “${input.submissionTitle}” responded to the reviews at ${input.venue.shortName}. Reviewers may update their reviews while the chairs keep them open.`,
      },
      { label: 'Read the response', link: input.submissionLink },
    ],
    input.footer,
  );
}

export function revisionToReviewMail(input: {
  recipientName: string;
  venue: VenueRef;
  submissionTitle: string;
  versionNumber: number;
  dueAt: Date;
  reviewLink: string;
  footer: NotificationFooter;
}): MailContent {
  return compose(
    `Revised statement to review: ${input.submissionTitle} (${input.venue.shortName})`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: `The committee of ${input.venue.name} (${input.venue.shortName}) asked the authors of “${input.submissionTitle}” to revise and resubmit it, and they have: version ${input.versionNumber} is ready for you. Your review page shows what changed since the version you reviewed. The new review is due on ${formatUtc(input.dueAt)}.`,
      },
      { label: 'Review the revised statement', link: input.reviewLink },
    ],
    input.footer,
  );
}

export interface DigestLine {
  text: string;
  link: string;
}

export interface DigestSection {
  /** What happened, e.g. "Versions submitted". */
  heading: string;
  lines: DigestLine[];
}

export interface DigestVenue {
  venue: VenueRef;
  sections: DigestSection[];
}

/** One mail a day with everything the reader chose to hear about in a digest. */
export function dailyDigestMail(input: {
  recipientName: string;
  /** The reader's local day, 'YYYY-MM-DD'. */
  day: string;
  venues: DigestVenue[];
  footer: NotificationFooter;
}): MailContent {
  const count = input.venues.reduce(
    (sum, venue) => sum + venue.sections.reduce((inner, section) => inner + section.lines.length, 0),
    0,
  );
  const subject = `Your Impact Review digest for ${input.day}: ${count} ${count === 1 ? 'update' : 'updates'}`;
  const greeting = `Hello ${input.recipientName}, here is what happened since your last digest.`;
  const text = [
    greeting,
    ...input.venues.map((venue) =>
      [
        `== ${venue.venue.name} (${venue.venue.shortName})`,
        ...venue.sections.map((section) =>
          [`${section.heading}:`, ...section.lines.map((line) => `- ${line.text}\n  ${line.link}`)].join(
            '\n',
          ),
        ),
      ].join('\n\n'),
    ),
  ].join('\n\n');
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...input.venues.map((venue) =>
      [
        `<h2>${escapeHtml(venue.venue.name)} (${escapeHtml(venue.venue.shortName)})</h2>`,
        ...venue.sections.map(
          (section) =>
            `<h3>${escapeHtml(section.heading)}</h3>\n<ul>\n${section.lines
              .map((line) => `<li><a href="${escapeHtml(line.link)}">${escapeHtml(line.text)}</a></li>`)
              .join('\n')}\n</ul>`,
        ),
      ].join('\n'),
    ),
  ].join('\n');
  const end = footerParts(input.footer);
  return {
    subject,
    text: `${text}\n\n--\n${renderText(end)}`,
    html: `${html}\n<hr>\n<footer>\n${renderHtml(end)}\n</footer>`,
  };
}

/** What an approval's state means for the work, in a sentence for its notice. */
export interface ApprovalNoticeInput {
  recipientName: string;
  venue: VenueRef;
  submissionTitle: string;
  approvalLink: string;
  footer: NotificationFooter;
}

export function approvalChangedMail(
  input: ApprovalNoticeInput & {
    /** The transition in words ("Suspended", "Lapsed", …) and the state now. */
    actionLabel: string;
    stateLabel: string;
    /** What the new state asks of the authors. */
    consequence: string;
    reason: string;
    /** Under a partial suspension: the artifacts whose release stops. */
    suspendedArtifactNames: readonly string[];
    expiresAt: Date | null;
  },
): MailContent {
  const parts: Part[] = [
    { text: `Hello ${input.recipientName},` },
    {
      text: `The approval of the impact statement “${input.submissionTitle}” at ${input.venue.name} (${input.venue.shortName}) has changed: ${input.actionLabel.toLowerCase()}.${input.actionLabel === input.stateLabel ? '' : ` It is now ${input.stateLabel.toLowerCase()}.`}`,
    },
  ];
  if (input.suspendedArtifactNames.length > 0)
    parts.push({ text: `The suspension covers the release of: ${input.suspendedArtifactNames.join(', ')}. Everything else continues as approved.` });
  if (input.reason) parts.push({ text: `Reason given: ${input.reason}` });
  parts.push({ text: input.consequence });
  if (input.expiresAt) parts.push({ text: `The approval holds until ${formatUtc(input.expiresAt)}.` });
  parts.push({ label: 'Read the approval', link: input.approvalLink });
  return compose(`Approval ${input.actionLabel.toLowerCase()}: ${input.submissionTitle} (${input.venue.shortName})`, parts, input.footer);
}

export function approvalExpiringMail(input: ApprovalNoticeInput & { days: number; expiresAt: Date }): MailContent {
  const when = input.days === 1 ? 'tomorrow' : `in ${input.days} days`;
  return compose(
    `Continuing review due ${when}: ${input.submissionTitle} (${input.venue.shortName})`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: `The approval of the impact statement “${input.submissionTitle}” at ${input.venue.name} (${input.venue.shortName}) expires on ${formatUtc(input.expiresAt)}, ${when}. Its continuing review is open: the committee decides whether it continues.`,
      },
      {
        text: 'If no decision is made by then, the approval lapses and work under it must pause: nothing more may be released under it until the committee decides.',
      },
      { label: 'Read the approval', link: input.approvalLink },
    ],
    input.footer,
  );
}

export function continuingReviewReportMail(input: ApprovalNoticeInput): MailContent {
  return compose(
    `Continuing-review report filed: ${input.submissionTitle} (${input.venue.shortName})`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: `The authors of “${input.submissionTitle}” at ${input.venue.name} (${input.venue.shortName}) filed the continuing-review report of its approval: their progress, changes, incidents they know of, and whether each condition was met.`,
      },
      { text: 'Reviewers of record may recommend an outcome; the chairs decide whether the approval continues.' },
      { label: 'Read the report', link: input.approvalLink },
    ],
    input.footer,
  );
}

const AMENDMENT_NEWS: Readonly<Record<'requested' | 'approved' | 'declined' | 'withdrawn', string>> = {
  requested: 'The authors ask to change its approved release plan',
  approved: 'The committee approved the amendment of its release plan: the approved plan is now the amended one',
  declined: 'The committee declined the amendment of its release plan: the approved plan stays as it was',
  withdrawn: 'The authors withdrew their amendment of its release plan',
};

export function amendmentMail(
  input: ApprovalNoticeInput & { stage: 'requested' | 'approved' | 'declined' | 'withdrawn'; tier: 'expedited' | 'full'; reason: string },
): MailContent {
  const parts: Part[] = [
    { text: `Hello ${input.recipientName},` },
    { text: `An amendment of the approval of “${input.submissionTitle}” at ${input.venue.name} (${input.venue.shortName}). ${AMENDMENT_NEWS[input.stage]}.` },
  ];
  if (input.stage === 'requested')
    parts.push({
      text:
        input.tier === 'full'
          ? 'The tier rubric raises it to full review: the reviewers of record recommend, then a chair decides.'
          : 'It is reviewed as expedited: a chair decides; reviewers of record may recommend.',
    });
  if (input.reason) parts.push({ text: `${input.stage === 'requested' ? 'The authors’ reason' : 'Reason given'}: ${input.reason}` });
  parts.push({ label: 'Read the amendment', link: input.approvalLink });
  return compose(`Amendment ${input.stage}: ${input.submissionTitle} (${input.venue.shortName})`, parts, input.footer);
}

export function incidentReportedMail(input: { recipientName: string; venue: VenueRef; about: string; incidentLink: string; footer: NotificationFooter }): MailContent {
  return compose(
    `Incident reported: ${input.about} (${input.venue.shortName})`,
    [
      { text: `Hello ${input.recipientName},` },
      {
        text: `Someone reported an incident about ${input.about} at ${input.venue.name} (${input.venue.shortName}) and confirmed their address. The report is confidential to the chairs.`,
      },
      { text: 'Dismiss it with a reason, ask the authors, open a re-evaluation or suspend at once; the reporter gets your final answer.' },
      { label: 'Read the report', link: input.incidentLink },
    ],
    input.footer,
  );
}
