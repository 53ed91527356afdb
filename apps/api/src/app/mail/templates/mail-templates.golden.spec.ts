// Every mail template rendered with fixed inputs and compared with its golden files (subject, text
// and HTML). A change to any wording shows up in review as a diff of these files.
// After an intended change: UPDATE_GOLDEN=1 npx jest -c apps/api/jest.config.cjs mail-templates.golden
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { accountExistsMail, noAccountMail, passwordResetMail, signUpLinkMail } from './account.templates';
import { DECISION_OUTCOMES, DEFAULT_LETTER_TEMPLATES, renderLetter } from '@impact-review/domain';
import { decisionLetterMail } from './decision-letter.template';
import { meetingInvitationMail } from './meeting.templates';
import { incidentAcknowledgedMail, incidentAnswerMail, incidentConfirmMail, incidentToAuthorsMail } from './incident.templates';
import { invitationMail } from './invitation.template';
import type { MailContent } from './mail-message';
import {
  approvalChangedMail,
  approvalExpiringMail,
  continuingReviewReportMail,
  amendmentMail,
  incidentReportedMail,
  assignmentDeclinedMail,
  authorRespondedMail,
  discussionCommentMail,
  dailyDigestMail,
  invitationAnsweredMail,
  reviewerAssignedMail,
  revisionToReviewMail,
  reviewReminderMail,
  reviewsReleasedMail,
  reviewSubmittedMail,
  submissionRegisteredMail,
  tierDecidedMail,
  versionSubmittedMail,
  type NotificationFooter,
} from './notification.templates';

const GOLDEN_DIR = path.join(__dirname, '__golden__');
const web = 'https://review.example.org';
const expiresAt = new Date('2030-01-15T12:00:00Z');
const venue = { name: 'Workshop on Synthetic Media Risks <2030>', shortName: 'SMR 2030' };
const footer: NotificationFooter = {
  reason: 'you are an author of this submission',
  preferencesLink: `${web}/settings/notifications`,
  unsubscribeLink: `${web}/unsubscribe/eyJ1IjoiYSJ9.sig`,
};
const submission = {
  recipientName: 'Grace Hopper',
  venue,
  submissionTitle: 'Voice cloning for "low-resource" languages & dialects',
  submissionLink: `${web}/submissions/s1`,
  footer,
};

const approvalNotice = {
  recipientName: 'Grace Hopper',
  venue,
  submissionTitle: submission.submissionTitle,
  approvalLink: submission.submissionLink,
  footer: { ...footer, reason: 'you hold, chair or reviewed this approved work', required: true },
};

/** Every template of the product, each with an input that exercises its optional parts. */
const TEMPLATES: Record<string, () => MailContent> = {
  'sign-up-link': () => signUpLinkMail({ link: `${web}/sign-up/tok`, expiresAt }),
  'account-exists': () =>
    accountExistsMail({
      email: 'ada@example.org',
      signInLink: `${web}/sign-in`,
      resetLink: `${web}/forgot-password`,
    }),
  'password-reset': () =>
    passwordResetMail({ name: 'Ada Lovelace', link: `${web}/reset-password/tok`, expiresAt }),
  'no-account': () => noAccountMail({ email: 'ada@example.org', signUpLink: `${web}/register` }),
  invitation: () =>
    invitationMail({
      venueName: venue.name,
      venueShortName: venue.shortName,
      roleLabel: 'Expert reviewer',
      inviterName: 'Ada Lovelace',
      message: 'We need your voice-cloning expertise.\n\nThank you!',
      link: `${web}/invitations/tok`,
      expiresAt,
    }),
  'submission-registered': () => submissionRegisteredMail(submission),
  'version-submitted': () =>
    versionSubmittedMail({
      ...submission,
      versionNumber: 2,
      submittedAt: new Date('2030-01-10T09:30:00Z'),
      submittedByName: 'Alan Turing',
    }),
  'tier-confirmed': () =>
    tierDecidedMail({
      ...submission,
      versionNumber: 1,
      tierLabel: 'Expedited',
      outcome: 'confirmed',
      reason: '',
    }),
  'tier-overridden': () =>
    tierDecidedMail({
      ...submission,
      versionNumber: 2,
      tierLabel: 'Full',
      outcome: 'overridden',
      reason: 'Released weights reach a general audience.',
    }),
  'invitation-accepted': () =>
    invitationAnsweredMail({
      recipientName: 'Ada Lovelace',
      venue,
      inviteeName: 'Grace Hopper',
      inviteeEmail: 'grace@example.org',
      roleLabel: 'Community reviewer',
      answer: 'accepted',
      membersLink: `${web}/venues/v1/members`,
      footer: { ...footer, reason: 'you sent this invitation' },
    }),
  'invitation-declined': () =>
    invitationAnsweredMail({
      recipientName: 'Ada Lovelace',
      venue,
      inviteeName: 'Grace Hopper',
      inviteeEmail: 'grace@example.org',
      roleLabel: 'Expert reviewer',
      answer: 'declined',
      membersLink: `${web}/venues/v1/members`,
      footer: { ...footer, reason: 'you sent this invitation' },
    }),
  'reviewer-assigned': () =>
    reviewerAssignedMail({
      recipientName: 'Grace Hopper',
      venue,
      submissionTitle: submission.submissionTitle,
      kindLabel: 'an Expert reviewer',
      dueAt: new Date('2030-02-01T17:00:00Z'),
      assignmentsLink: `${web}/venues/v1/reviewing`,
      footer: { ...footer, reason: 'you are a reviewer at this venue' },
    }),
  'assignment-declined': () =>
    assignmentDeclinedMail({
      recipientName: 'Ada Lovelace',
      venue,
      submissionTitle: submission.submissionTitle,
      reviewerName: 'Grace Hopper',
      reason: 'I co-wrote a paper with the first author last year.',
      submissionLink: `${web}/submissions/s1`,
      footer: { ...footer, reason: 'you chair this venue' },
    }),
  'review-submitted': () =>
    reviewSubmittedMail({
      recipientName: 'Ada Lovelace',
      venue,
      submissionTitle: submission.submissionTitle,
      kindLabel: 'community reviewer',
      version: 1,
      submissionLink: `${web}/submissions/s1`,
      footer: { ...footer, reason: 'you chair this venue' },
    }),
  'review-resubmitted': () =>
    reviewSubmittedMail({
      recipientName: 'Ada Lovelace',
      venue,
      submissionTitle: submission.submissionTitle,
      kindLabel: 'expert reviewer',
      version: 3,
      submissionLink: `${web}/submissions/s1`,
      footer: { ...footer, reason: 'you chair this venue' },
    }),
  'reviews-released': () => reviewsReleasedMail(submission),
  'approval-suspended-partly': () =>
    approvalChangedMail({
      ...approvalNotice,
      actionLabel: 'Suspended',
      stateLabel: 'Suspended',
      consequence: 'Release nothing more of the suspended artifacts until the committee reinstates the approval.',
      reason: 'Cloned voices from the <demo> were used in phone scams.',
      suspendedArtifactNames: ['Voice model', 'Demo'],
      expiresAt,
    }),
  'approval-lapsed': () =>
    approvalChangedMail({
      ...approvalNotice,
      actionLabel: 'Lapsed',
      stateLabel: 'Expired',
      consequence: 'The approval has lapsed: work under it must pause.',
      reason: '',
      suspendedArtifactNames: [],
      expiresAt: null,
    }),
  'continuing-review-report': () =>
    continuingReviewReportMail({ ...approvalNotice, footer: { ...footer, reason: 'you chair or reviewed this approved work' } }),
  'amendment-requested-full': () =>
    amendmentMail({ ...approvalNotice, stage: 'requested', tier: 'full', reason: 'An equivalent model is public elsewhere; waiting protects nobody.' }),
  'amendment-declined': () =>
    amendmentMail({ ...approvalNotice, stage: 'declined', tier: 'expedited', reason: 'The misuse study has not reported yet.' }),
  'incident-reported': () =>
    incidentReportedMail({
      recipientName: 'Grace Hopper',
      venue,
      about: `“${submission.submissionTitle}”`,
      incidentLink: `${web}/venues/v1/continuing-review#incident-i1`,
      footer: { ...footer, reason: 'you chair this venue' },
    }),
  'incident-confirm': () =>
    incidentConfirmMail({ about: `“${submission.submissionTitle}” (SMR 2030)`, confirmLink: `${web}/incidents/confirm/tok`, expiresHours: 48 }),
  'incident-acknowledged': () => incidentAcknowledgedMail({ about: 'SMR 2030', reference: 'IR-64B7F0' }),
  'incident-answer': () =>
    incidentAnswerMail({ about: `“${submission.submissionTitle}” (SMR 2030)`, reference: 'IR-64B7F0', answer: 'We suspended the demo <voices> and re-evaluate the approval.' }),
  'incident-to-authors': () =>
    incidentToAuthorsMail({
      about: `“${submission.submissionTitle}” (SMR 2030)`,
      recipientName: 'Grace Hopper',
      whatHappened: 'Robocalls in a cloned voice of the mayor.',
      evidenceLinks: ['https://example.org/news/robocalls'],
      question: 'Was the demo used for these calls?',
      reporter: null,
      submissionLink: submission.submissionLink,
    }),
  'approval-expiring': () =>
    approvalExpiringMail({
      ...approvalNotice,
      days: 30,
      expiresAt,
    }),
  'review-reminder': () =>
    reviewReminderMail({
      recipientName: 'Grace Hopper',
      venue,
      submissionTitle: submission.submissionTitle,
      dueAt: new Date('2030-02-01T17:00:00Z'),
      reviewLink: `${web}/submissions/s1/review`,
      footer: { ...footer, reason: 'you review this statement' },
    }),
  'discussion-comment': () =>
    discussionCommentMail({
      recipientName: 'Ada Lovelace',
      venue,
      submissionTitle: submission.submissionTitle,
      mentioned: false,
      discussionLink: `${web}/submissions/s1#discussion`,
      footer: { ...footer, reason: 'you take part in this discussion' },
    }),
  'discussion-mention': () =>
    discussionCommentMail({
      recipientName: 'Grace Hopper',
      venue,
      submissionTitle: submission.submissionTitle,
      mentioned: true,
      discussionLink: `${web}/submissions/s1#discussion`,
      footer: { ...footer, reason: 'you take part in this discussion' },
    }),
  'author-responded': () =>
    authorRespondedMail({
      recipientName: 'Grace Hopper',
      venue,
      submissionTitle: submission.submissionTitle,
      submissionLink: `${web}/submissions/s1`,
      footer: { ...footer, reason: 'you review or chair this statement' },
    }),
  'revision-to-review': () =>
    revisionToReviewMail({
      recipientName: 'Grace Hopper',
      venue,
      submissionTitle: submission.submissionTitle,
      versionNumber: 2,
      dueAt: new Date('2030-04-01T17:00:00Z'),
      reviewLink: `${web}/submissions/s1/review`,
      footer: { ...footer, reason: 'you review this statement' },
    }),
  'meeting-invitation': () =>
    meetingInvitationMail({
      recipientName: 'Grace Hopper',
      venue,
      title: 'March full-review meeting',
      scheduledFor: new Date('2030-03-10T14:00:00Z'),
      items: 3,
      meetingLink: `${web}/venues/v1/meetings/m1`,
    }),
  'daily-digest': () =>
    dailyDigestMail({
      recipientName: 'Grace Hopper',
      day: '2030-01-11',
      venues: [
        {
          venue,
          sections: [
            {
              heading: 'Versions submitted',
              lines: [{ text: 'Version 2 of “Voice cloning” by Alan Turing', link: `${web}/submissions/s1` }],
            },
            {
              heading: 'Tiers decided',
              lines: [
                { text: '“Voice cloning”, version 2: Full', link: `${web}/submissions/s1` },
                { text: '“Deepfake detection”, version 1: Exempt', link: `${web}/submissions/s2` },
              ],
            },
          ],
        },
        {
          venue: { name: 'Conference on Fairness', shortName: 'CoF 2030' },
          sections: [
            {
              heading: 'Submissions registered',
              lines: [{ text: '“Audit tools”', link: `${web}/submissions/s3` }],
            },
          ],
        },
      ],
      footer: { ...footer, reason: 'you chose a daily digest for these kinds of email' },
    }),
};

// Every default decision letter, rendered with one statement's values, as the authors receive it.
const letterValues = {
  statementTitle: submission.submissionTitle,
  venueName: venue.name,
  authors: ['Grace Hopper', 'Alan Turing'],
  decidedOn: '2030-03-02',
  chair: 'Ada Lovelace',
  conditions: [
    {
      text: 'Withhold the trained model; grant access on request to accredited researchers.',
      artifactName: 'Voice model',
      dueOn: null,
    },
    { text: 'Re-evaluate before releasing the next stage.', artifactName: null, dueOn: '2030-09-01' },
  ],
  releasePlan: [
    {
      artifactName: 'Voice model',
      contentLevel: 'Withheld',
      timing: 'Staged',
      distribution: 'Ask for access',
    },
    { artifactName: 'Paper', contentLevel: 'Full', timing: 'Immediate', distribution: 'Public' },
  ],
  reviews: [
    { label: 'Expert A', text: 'Say who may ask for the model and how you check them.' },
    { label: 'Community A', text: 'Voice actors in small languages would lose work.' },
  ],
};
for (const outcome of DECISION_OUTCOMES) {
  TEMPLATES[`decision-letter-${outcome.replace(/_/g, '-')}`] = () =>
    decisionLetterMail(
      renderLetter(DEFAULT_LETTER_TEMPLATES[outcome], {
        ...letterValues,
        outcome: outcome.replace(/_/g, ' '),
      }),
      'https://review.example.org/submissions/64b7f0c2a1b2c3d4e5f60718',
    );
}

function render(mail: MailContent): Record<string, string> {
  return { 'subject.txt': `${mail.subject}\n`, 'text.txt': `${mail.text}\n`, 'html.html': `${mail.html}\n` };
}

const update = process.env['UPDATE_GOLDEN'] === '1';

describe('mail templates match their golden files', () => {
  test.each(Object.keys(TEMPLATES))('%s', (name) => {
    const files = render(TEMPLATES[name]!());
    for (const [suffix, actual] of Object.entries(files)) {
      const file = path.join(GOLDEN_DIR, `${name}.${suffix}`);
      if (update) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(existsSync(file) ? readFileSync(file, 'utf8') : `(missing golden file ${file})`).toBe(actual);
    }
  });

  test('no golden file is left over from a template that no longer exists', () => {
    const known = new Set(
      Object.keys(TEMPLATES).flatMap((name) =>
        Object.keys(render(TEMPLATES[name]!())).map((s) => `${name}.${s}`),
      ),
    );
    const present = existsSync(GOLDEN_DIR) ? readdirSync(GOLDEN_DIR) : [];
    expect(present.filter((file) => !known.has(file))).toEqual([]);
  });

  test('every template escapes what it puts into HTML', () => {
    for (const [name, make] of Object.entries(TEMPLATES)) {
      const html = make().html;
      expect({ name, raw: html.includes('<2030>') }).toEqual({ name, raw: false });
    }
  });
});
