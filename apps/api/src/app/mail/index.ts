// Public surface of the mail feature: the outbox and the templates (one place for every mail).
export type { MailContent } from './templates/mail-message';
export {
  accountExistsMail,
  noAccountMail,
  passwordResetMail,
  signUpLinkMail,
} from './templates/account.templates';
export { invitationMail } from './templates/invitation.template';
export { decisionLetterMail } from './templates/decision-letter.template';
export { meetingInvitationMail } from './templates/meeting.templates';
export { incidentAcknowledgedMail, incidentAnswerMail, incidentConfirmMail, incidentToAuthorsMail } from './templates/incident.templates';
export {
  assignmentDeclinedMail,
  dailyDigestMail,
  reviewerAssignedMail,
  revisionToReviewMail,
  authorRespondedMail,
  discussionCommentMail,
  reviewReminderMail,
  reviewsReleasedMail,
  approvalChangedMail,
  approvalExpiringMail,
  continuingReviewReportMail,
  amendmentMail,
  incidentReportedMail,
  reviewSubmittedMail,
  invitationAnsweredMail,
  submissionRegisteredMail,
  tierDecidedMail,
  versionSubmittedMail,
  type NotificationFooter,
} from './templates/notification.templates';
export { MailService, uniqueMailKey } from './mail.service';
export { MailModule } from './mail.module';
