import type { Permission } from '@impact-review/domain';
import { defineErrors } from '../common/errors/app-error';

/**
 * What a refusal says. Refusals to view are NOT_FOUND with exactly the message a missing object
 * gets, so the answer never tells whether the object exists.
 */
export const accessErrors = defineErrors({
  SUBMISSION_NOT_FOUND: { code: 'NOT_FOUND', message: 'This submission does not exist.' },
  VERSION_NOT_FOUND: { code: 'NOT_FOUND', message: 'This version of the statement does not exist.' },
  EVENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'This event does not exist.' },
  REVIEW_NOT_FOUND: { code: 'NOT_FOUND', message: 'This review does not exist.' },
  MEETING_NOT_FOUND: { code: 'NOT_FOUND', message: 'This meeting does not exist.' },
  FORBIDDEN: { code: 'FORBIDDEN', message: 'You do not have permission to do this.' },
});

/** The sentence a person reads when they may see an object but not do this to it. */
export const FORBIDDEN_MESSAGES: Readonly<Record<Permission, string>> = {
  'site.administer': 'Only site administrators can do this.',
  'venue.create': 'Creating conferences and workshops needs permission from a site administrator.',
  'venue.manage': 'Only the chairs of this venue can change it.',
  'venue.viewMembers': 'Only the chairs of this venue can see its members.',
  'venue.viewSubmissions': 'Only the chairs of this venue can list its submissions.',
  'venue.viewHistory': "Only the chairs of this venue can read the venue's history.",
  'venue.viewJobs': "Only the chairs of this venue can see the venue's jobs.",
  'invitation.manage': 'Only the chairs of this venue can invite people.',
  'submission.view': 'This submission does not exist.',
  'submission.edit': 'Only the authors of this submission can change it.',
  'submission.viewDraft': 'This submission does not exist.',
  'statement.viewVersion': 'This version of the statement does not exist.',
  'submission.viewAuthors': 'This venue does not show reviewers who wrote a statement.',
  'tier.view': 'This submission does not exist.',
  'tier.viewHistory': 'This submission does not exist.',
  'tier.decide': 'Only a chair of this venue who is not an author of the submission or otherwise conflicted can decide its tier.',
  'conflict.view': 'This submission does not exist.',
  'conflict.declare': "Only the submission's authors and the venue's chairs can declare conflicts on it.",
  'conflict.pin': 'Only a chair of this venue who is not conflicted with the submission can pin or remove an administrative conflict.',
  'conflict.declareOwn': 'You can declare your own conflicts with statements while bidding is open.',
  'bid.place': 'Bids are taken from the venue’s reviewers while bidding is open.',
  'assignment.view': 'This submission does not exist.',
  'assignment.manage': 'Only a chair of this venue who is not conflicted with the submission can change its reviewers.',
  'assignment.respond': 'Only the reviewer assigned to this statement can answer the assignment.',
  'assignment.run': 'Only the chairs of this venue can run the matcher and commit assignments.',
  'review.write': 'Only a reviewer assigned to this statement can write a review of it.',
  'review.view': 'This review does not exist.',
  'review.viewConfidential': 'Only the chairs read the comments a reviewer left for them.',
  'review.viewReviewer': 'This venue does not show who wrote this review.',
  'review.viewVersions': 'Only the reviewer and the chairs read the earlier versions of a review.',
  'review.release': 'Only a chair of this venue who is not conflicted with the submission can release its reviews.',
  'discussion.view': 'This submission does not exist.',
  'discussion.post': 'Only the chairs and, once they may read each other’s reviews, the reviewers of this statement can comment on it.',
  'response.view': 'This submission does not exist.',
  'response.write': 'Only the authors of this statement can respond to its reviews.',
  'decision.view': 'This submission does not exist.',
  'decision.record': 'Only a chair of this venue who is not an author of the statement or otherwise conflicted can decide on it.',
  'approval.manage': 'Only a chair of this venue who is not an author of the statement or otherwise conflicted can act on its approval.',
  'approval.close': 'Only the authors of the statement or a chair of this venue can close its approval.',
  'approval.report': 'Only the authors of the statement file its continuing-review report.',
  'approval.amend': 'Only the authors of the statement ask to amend its approved release plan.',
  'approval.recommend': 'Only the reviewers who reviewed the statement recommend on its re-evaluation.',
  'meeting.convene': 'Only the chairs of this venue can convene a meeting.',
  'meeting.view': 'This meeting does not exist.',
  'meeting.manage': 'Only the chairs of this venue can run its meetings.',
  'meeting.vote': 'Only the members of this meeting can vote in it.',
  'person.viewEmail': 'This person does not exist.',
  'reviewerProfile.view': "Only the reviewer and the venue's chairs can read this profile.",
  'reviewerProfile.edit': 'Only a reviewer of this venue can change their own profile here.',
  'auditEvent.view': 'This event does not exist.',
};
