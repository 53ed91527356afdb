// Who may read or call each coordinate of the schema (Type.field). Every Query, Mutation and
// object field needs an entry: the matrix test fails on a coordinate without one, and on an entry
// whose coordinate is gone. Permissions are the catalogue's (libs/domain/src/policy); the test
// evaluates them with the domain rules for each role and phase and checks the API answers so.
import type { Permission } from '@impact-review/domain';
import type { SubmissionPhase } from '@impact-review/domain';

export type Refusal = 'NOT_FOUND' | 'FORBIDDEN' | 'null' | 'empty';

export type Rule =
  /** Anyone, signed in or not, gets the same kind of answer. */
  | { kind: 'public' }
  /** Needs a session; anonymous gets UNAUTHENTICATED, or `anonymous` when the field answers instead. */
  | { kind: 'signedIn'; anonymous?: 'null' | 'empty' }
  /** The secret token from a mail is the only credential: every role gets the same answer. */
  | { kind: 'token' }
  /** Site administrators only (nobody in the matrix): everyone is refused. */
  | { kind: 'siteAdmin' }
  /** Accounts a site administrator allowed to create venues. */
  | { kind: 'canCreateVenues' }
  /** Whoever reached the parent object. */
  | { kind: 'parent' }
  /** The person's email: person.viewEmail for the User it belongs to. */
  | { kind: 'personEmail' }
  /** The venue's reviewers while its bidding is open; FORBIDDEN for everyone else. */
  | { kind: 'reviewerWhileBidding' }
  /** A field of the world's one review: answered (not null, not empty) exactly when the permission holds on it. */
  | { kind: 'review'; permission: Permission }
  /** A boolean that must equal the permission, as the access layer decides it. */
  | { kind: 'permissionValue'; permission: Permission }
  | {
      kind: 'permission';
      permission: Permission;
      refusal: Refusal;
      /** Phases in which the data does not exist, so everyone gets the refusal's answer. */
      absentIn?: readonly SubmissionPhase[];
      /** Who lacks this permission is told the object does not exist (a matcher run for non-chairs). */
      hiddenWithout?: Permission;
    };

const parent = { kind: 'parent' } as const;
const publicRule = { kind: 'public' } as const;
const token = { kind: 'token' } as const;
const signedIn = { kind: 'signedIn' } as const;
const siteAdmin = { kind: 'siteAdmin' } as const;

/** Every listed field of `type` is readable by whoever reached the object. */
function parentFields(type: string, fields: readonly string[]): Record<string, Rule> {
  return Object.fromEntries(fields.map((field) => [`${type}.${field}`, parent]));
}

const submissionView = { kind: 'permission', permission: 'submission.view', refusal: 'NOT_FOUND' } as const;

export const MATRIX_ENTRIES: Readonly<Record<string, Rule>> = {
  // Queries
  'Query.submission': submissionView,
  'Query.mySubmissions': { kind: 'signedIn', anonymous: 'empty' },
  'Query.venue': signedIn,
  'Query.venues': publicRule,
  'Query.venueSubmissions': { kind: 'permission', permission: 'venue.viewSubmissions', refusal: 'FORBIDDEN' },
  'Query.venueHistory': { kind: 'permission', permission: 'venue.viewHistory', refusal: 'FORBIDDEN' },
  'Query.venueLog': { kind: 'permission', permission: 'venue.viewHistory', refusal: 'FORBIDDEN' },
  'Query.venueLogExport': { kind: 'permission', permission: 'venue.viewHistory', refusal: 'FORBIDDEN' },
  'Query.venueLogProof': { kind: 'permission', permission: 'venue.viewHistory', refusal: 'FORBIDDEN' },
  'Query.venueJobs': { kind: 'permission', permission: 'venue.viewJobs', refusal: 'FORBIDDEN' },
  'Query.me': { kind: 'signedIn', anonymous: 'null' },
  'Query.notificationSettings': signedIn,
  'Query.searchPeople': siteAdmin,
  'Query.siteStaff': siteAdmin,
  'Query.invitation': token,
  'Query.signUpLink': token,
  'Query.passwordResetLink': token,
  'Query.unsubscribeLink': token,
  'Query.reviewerProfile': signedIn,
  'Query.parsePublications': signedIn,
  'Query.tierPolicyImpact': { kind: 'permission', permission: 'venue.manage', refusal: 'FORBIDDEN' },
  'Query.matchingRun': { kind: 'permission', permission: 'assignment.run', refusal: 'NOT_FOUND' },
  'Query.poolImport': { kind: 'permission', permission: 'invitation.manage', refusal: 'NOT_FOUND' },
  'Query.myAssignments': { kind: 'signedIn', anonymous: 'empty' },
  'Query.biddingStatements': { kind: 'reviewerWhileBidding' },
  'Query.meeting': { kind: 'permission', permission: 'meeting.view', refusal: 'NOT_FOUND' },

  // Mutations
  'Mutation.saveDraft': { kind: 'permission', permission: 'submission.edit', refusal: 'FORBIDDEN' },
  'Mutation.submitStatement': { kind: 'permission', permission: 'submission.edit', refusal: 'FORBIDDEN' },
  'Mutation.startRevision': { kind: 'permission', permission: 'submission.edit', refusal: 'FORBIDDEN' },
  'Mutation.confirmTier': { kind: 'permission', permission: 'tier.decide', refusal: 'FORBIDDEN' },
  'Mutation.declareConflict': { kind: 'permission', permission: 'conflict.declare', refusal: 'FORBIDDEN' },
  'Mutation.withdrawConflict': { kind: 'permission', permission: 'conflict.declare', refusal: 'FORBIDDEN' },
  'Mutation.updateVenue': { kind: 'permission', permission: 'venue.manage', refusal: 'FORBIDDEN' },
  'Mutation.importReviewerPool': { kind: 'permission', permission: 'invitation.manage', refusal: 'FORBIDDEN' },
  'Mutation.updateReviewerProfile': { kind: 'permission', permission: 'reviewerProfile.edit', refusal: 'FORBIDDEN' },
  'Mutation.updateTierPolicy': { kind: 'permission', permission: 'venue.manage', refusal: 'FORBIDDEN' },
  'Mutation.updateVenueTaxonomy': { kind: 'permission', permission: 'venue.manage', refusal: 'FORBIDDEN' },
  'Mutation.updateReviewSettings': { kind: 'permission', permission: 'venue.manage', refusal: 'FORBIDDEN' },
  'Mutation.startMatchingRun': { kind: 'permission', permission: 'assignment.run', refusal: 'FORBIDDEN' },
  'Mutation.cancelMatchingRun': { kind: 'permission', permission: 'assignment.run', refusal: 'NOT_FOUND' },
  'Mutation.commitMatchingRun': { kind: 'permission', permission: 'assignment.run', refusal: 'NOT_FOUND' },
  'Mutation.addProposedReviewer': { kind: 'permission', permission: 'assignment.manage', refusal: 'FORBIDDEN', hiddenWithout: 'assignment.run' },
  'Mutation.removeProposedReviewer': { kind: 'permission', permission: 'assignment.manage', refusal: 'FORBIDDEN', hiddenWithout: 'assignment.run' },
  'Mutation.assignReplacement': { kind: 'permission', permission: 'assignment.manage', refusal: 'FORBIDDEN' },
  'Mutation.respondToAssignment': { kind: 'permission', permission: 'assignment.respond', refusal: 'NOT_FOUND', absentIn: ['draft'] },
  'Mutation.placeBid': { kind: 'permission', permission: 'bid.place', refusal: 'FORBIDDEN' },
  'Mutation.saveReviewDraft': { kind: 'permission', permission: 'review.write', refusal: 'FORBIDDEN' },
  'Mutation.submitReview': { kind: 'permission', permission: 'review.write', refusal: 'FORBIDDEN' },
  'Mutation.releaseReviews': { kind: 'permission', permission: 'review.release', refusal: 'FORBIDDEN' },
  'Mutation.updateReviewForm': { kind: 'permission', permission: 'venue.manage', refusal: 'FORBIDDEN' },
  'Mutation.updateResponsePhase': { kind: 'permission', permission: 'venue.manage', refusal: 'FORBIDDEN' },
  'Mutation.postComment': { kind: 'permission', permission: 'discussion.post', refusal: 'FORBIDDEN' },
  'Mutation.markDiscussionRead': { kind: 'permission', permission: 'discussion.view', refusal: 'NOT_FOUND' },
  'Mutation.submitAuthorResponse': { kind: 'permission', permission: 'response.write', refusal: 'FORBIDDEN' },
  'Mutation.conveneMeeting': { kind: 'permission', permission: 'meeting.convene', refusal: 'FORBIDDEN' },
  'Mutation.startMeeting': { kind: 'permission', permission: 'meeting.manage', refusal: 'FORBIDDEN', hiddenWithout: 'meeting.view' },
  'Mutation.setAttendance': { kind: 'permission', permission: 'meeting.manage', refusal: 'FORBIDDEN', hiddenWithout: 'meeting.view' },
  'Mutation.takeAgendaItem': { kind: 'permission', permission: 'meeting.manage', refusal: 'FORBIDDEN', hiddenWithout: 'meeting.view' },
  'Mutation.deferAgendaItem': { kind: 'permission', permission: 'meeting.manage', refusal: 'FORBIDDEN', hiddenWithout: 'meeting.view' },
  'Mutation.openMotion': { kind: 'permission', permission: 'meeting.manage', refusal: 'FORBIDDEN', hiddenWithout: 'meeting.view' },
  // No motion is open in the world: members are refused for that reason (FORBIDDEN too).
  'Mutation.castVote': { kind: 'permission', permission: 'meeting.vote', refusal: 'FORBIDDEN', hiddenWithout: 'meeting.view', absentIn: ['draft', 'submitted', 'revising'] },
  'Mutation.closeMotion': { kind: 'permission', permission: 'meeting.manage', refusal: 'FORBIDDEN', hiddenWithout: 'meeting.view' },
  'Mutation.endMeeting': { kind: 'permission', permission: 'meeting.manage', refusal: 'FORBIDDEN', hiddenWithout: 'meeting.view' },
  'Mutation.recordDecision': { kind: 'permission', permission: 'decision.record', refusal: 'FORBIDDEN' },
  'Mutation.sendDecision': { kind: 'permission', permission: 'decision.record', refusal: 'FORBIDDEN' },
  // Only the sent decision of the revising statement has an approval; elsewhere it does not exist.
  'Mutation.changeApproval': { kind: 'permission', permission: 'approval.close', refusal: 'FORBIDDEN', hiddenWithout: 'decision.view', absentIn: ['draft', 'submitted'] },
  'Mutation.updateContinuingReviewPolicy': { kind: 'permission', permission: 'venue.manage', refusal: 'FORBIDDEN' },
  'Mutation.updateConditionLibrary': { kind: 'permission', permission: 'venue.manage', refusal: 'FORBIDDEN' },
  'Mutation.updateLetterTemplate': { kind: 'permission', permission: 'venue.manage', refusal: 'FORBIDDEN' },
  'Mutation.declareOwnConflict': { kind: 'permission', permission: 'conflict.declareOwn', refusal: 'FORBIDDEN' },
  'Mutation.decideWorkshopRequest': { kind: 'permission', permission: 'venue.manage', refusal: 'NOT_FOUND' },
  'Mutation.inviteToVenue': { kind: 'permission', permission: 'invitation.manage', refusal: 'FORBIDDEN' },
  'Mutation.resendInvitation': { kind: 'permission', permission: 'invitation.manage', refusal: 'NOT_FOUND' },
  'Mutation.revokeInvitation': { kind: 'permission', permission: 'invitation.manage', refusal: 'NOT_FOUND' },
  'Mutation.retryJob': { kind: 'permission', permission: 'venue.viewJobs', refusal: 'NOT_FOUND' },
  'Mutation.createVenue': { kind: 'canCreateVenues' },
  'Mutation.createSubmission': signedIn,
  'Mutation.setNotificationDelivery': signedIn,
  'Mutation.setDigestSchedule': signedIn,
  'Mutation.logout': publicRule,
  'Mutation.setSitePermission': siteAdmin,
  'Mutation.login': publicRule,
  'Mutation.requestSignUp': publicRule,
  'Mutation.requestPasswordReset': publicRule,
  'Mutation.completeSignUp': token,
  'Mutation.resetPassword': token,
  'Mutation.acceptInvitation': token,
  'Mutation.declineInvitation': token,
  'Mutation.unsubscribe': token,

  // Submission: its details follow the submission; the rest each have their permission.
  ...parentFields('Submission', [
    'abstract',
    'artifacts',
    'createdAt',
    'history',
    'id',
    'links',
    'phase',
    'revision',
    'submittedAt',
    'title',
    'updatedAt',
    'venue',
    'viewerCan',
  ]),
  // Double-blind: reviewers read the statement without its authors.
  'Submission.authors': { kind: 'permission', permission: 'submission.viewAuthors', refusal: 'empty' },
  'Submission.draft': { kind: 'permission', permission: 'submission.viewDraft', refusal: 'null', absentIn: ['submitted'] },
  'Submission.latestVersion': { kind: 'permission', permission: 'statement.viewVersion', refusal: 'null', absentIn: ['draft'] },
  'Submission.versions': { kind: 'permission', permission: 'statement.viewVersion', refusal: 'empty', absentIn: ['draft'] },
  'Submission.version': { kind: 'permission', permission: 'statement.viewVersion', refusal: 'NOT_FOUND', absentIn: ['draft'] },
  'Submission.compareVersions': { kind: 'permission', permission: 'statement.viewVersion', refusal: 'NOT_FOUND', absentIn: ['draft'] },
  'Submission.tier': { kind: 'permission', permission: 'tier.view', refusal: 'null', absentIn: ['draft'] },
  'Submission.tierStatus': { kind: 'permission', permission: 'tier.view', refusal: 'null' },
  'Submission.tierSuggestion': { kind: 'permission', permission: 'tier.view', refusal: 'null', absentIn: ['draft'] },
  'Submission.tierDecision': { kind: 'permission', permission: 'tier.view', refusal: 'null', absentIn: ['draft'] },
  'Submission.tierHistory': { kind: 'permission', permission: 'tier.viewHistory', refusal: 'empty', absentIn: ['draft'] },
  'Submission.conflicts': { kind: 'permission', permission: 'conflict.view', refusal: 'empty' },
  'Submission.conflictCandidates': { kind: 'permission', permission: 'conflict.declare', refusal: 'empty' },
  'Submission.assignments': { kind: 'permission', permission: 'assignment.view', refusal: 'empty', absentIn: ['draft'] },
  'Submission.openSlots': { kind: 'permission', permission: 'assignment.view', refusal: 'null' },
  'Submission.replacements': { kind: 'permission', permission: 'assignment.manage', refusal: 'empty', absentIn: ['draft'] },
  'Submission.reviews': { kind: 'permission', permission: 'review.view', refusal: 'empty', absentIn: ['draft'] },
  // Asked for by a missing id in the matrix: no cell has one to show.
  'Submission.review': { kind: 'permission', permission: 'review.view', refusal: 'null', absentIn: ['draft', 'submitted', 'revising'] },
  'Submission.reviewTask': { kind: 'permission', permission: 'review.write', refusal: 'null', absentIn: ['draft'] },
  'Submission.reviewsReleased': parent,
  'Submission.discussion': { kind: 'permission', permission: 'discussion.view', refusal: 'null', absentIn: ['draft'] },
  // Only the revising statement has a response (its reviews are released and the phase is open).
  'Submission.authorResponse': { kind: 'permission', permission: 'response.view', refusal: 'null', absentIn: ['draft', 'submitted'] },
  'Submission.responseWindow': { kind: 'permission', permission: 'response.write', refusal: 'null' },
  // Both submitted statements have a recorded decision; the revising one's was sent (an approval).
  'Submission.decision': { kind: 'permission', permission: 'decision.view', refusal: 'null', absentIn: ['draft'] },
  'Submission.decisionHistory': { kind: 'permission', permission: 'decision.view', refusal: 'empty', absentIn: ['draft', 'submitted'] },
  'Submission.approval': { kind: 'permission', permission: 'decision.view', refusal: 'null', absentIn: ['draft', 'submitted'] },
  'Submission.letterDraft': { kind: 'permission', permission: 'decision.record', refusal: 'null', absentIn: ['draft'] },
  'Submission.conditionLibrary': { kind: 'permission', permission: 'decision.record', refusal: 'empty' },
  'SubmissionViewerPermissions.bid': { kind: 'permissionValue', permission: 'bid.place' },
  'SubmissionViewerPermissions.manageAssignments': { kind: 'permissionValue', permission: 'assignment.manage' },
  'SubmissionViewerPermissions.writeReview': { kind: 'permissionValue', permission: 'review.write' },
  'SubmissionViewerPermissions.releaseReviews': { kind: 'permissionValue', permission: 'review.release' },
  'SubmissionViewerPermissions.comment': { kind: 'permissionValue', permission: 'discussion.post' },
  'SubmissionViewerPermissions.respond': { kind: 'permissionValue', permission: 'response.write' },
  'SubmissionViewerPermissions.decide': { kind: 'permissionValue', permission: 'decision.record' },
  'SubmissionViewerPermissions.edit': { kind: 'permissionValue', permission: 'submission.edit' },
  'SubmissionViewerPermissions.decideTier': { kind: 'permissionValue', permission: 'tier.decide' },
  'SubmissionViewerPermissions.declareConflict': { kind: 'permissionValue', permission: 'conflict.declare' },
  'SubmissionViewerPermissions.pinConflict': { kind: 'permissionValue', permission: 'conflict.pin' },
  'StatementVersion.tierSuggestion': { kind: 'permission', permission: 'tier.view', refusal: 'null' },
  'StatementVersion.authors': { kind: 'permission', permission: 'submission.viewAuthors', refusal: 'empty' },
  ...parentFields('StatementVersion', ['abstract', 'artifacts', 'content', 'links', 'number', 'submittedAt', 'submittedBy', 'title']),
  ...parentFields('StatementDraft', [
    'abstract',
    'artifacts',
    'basedOnVersion',
    'content',
    'links',
    'revision',
    'sectionStatus',
    'suggestedTier',
    'title',
    'updatedAt',
  ]),
  ...parentFields('StatementVersionSummary', ['number', 'submittedAt']),
  ...parentFields('SectionComparison', ['changed', 'changes', 'section', 'title']),
  ...parentFields('FieldChange', ['after', 'before', 'label', 'path']),
  ...parentFields('SectionStatus', ['complete', 'errors', 'section']),
  ...parentFields('FieldError', ['message', 'path']),
  ...parentFields('TierSuggestion', ['drivers', 'score', 'tier']),
  ...parentFields('TierDriver', ['answer', 'floor', 'path', 'points', 'reason', 'section']),
  ...parentFields('TierDecision', ['decidedAt', 'decidedBy', 'forVersion', 'reason', 'suggestedTier', 'tier']),
  ...parentFields('Artifact', ['description', 'key', 'kind', 'name', 'powerLevel']),
  ...parentFields('SubmissionLinks', ['doi', 'openReviewUrl', 'paperUrl', 'repositoryUrl']),
  ...parentFields('StatementContent', [
    'accessRatchetJustification',
    'accessRatchetStage',
    'affectedGroups',
    'benefits',
    'hazards',
    'indirectHarms',
    'mitigationChallenges',
    'mitigations',
    'pathToHarm',
    'releasePlan',
    'summary',
  ]),
  ...parentFields('Hazard', ['description', 'kind', 'severity']),
  ...parentFields('IndirectHarm', ['applies', 'description', 'kind']),
  ...parentFields('Mitigation', ['description', 'kind']),
  ...parentFields('MitigationChallenge', ['applies', 'description', 'kind']),
  ...parentFields('PathToHarmRating', ['factor', 'justification', 'rating']),
  ...parentFields('ReleasePlanItem', [
    'accessConditions',
    'artifactKey',
    'contentLevel',
    'distribution',
    'embargoUntil',
    'releaseEvent',
    'reviewEveryMonths',
    'stages',
    'timing',
  ]),
  ...parentFields('ReleaseStagePlan', ['description', 'opensOn', 'trigger']),
  ...parentFields('SubmissionPage', ['items', 'limit', 'offset', 'searchCapped', 'total']),
  ...parentFields('AuditEvent', ['actor', 'actorId', 'at', 'index', 'kind', 'label', 'objectId', 'objectType', 'summary']),
  ...parentFields('AuditEventPage', ['events', 'total']),
  // Matcher runs and their proposals, reached through the chairs' queries.
  ...parentFields('MatchingRun', [
    'cancelRequested',
    'committedAt',
    'createdAt',
    'error',
    'finishedAt',
    'id',
    'objective',
    'percent',
    'phase',
    'phaseLabel',
    'proposal',
    'proposalFor',
    'result',
    'startedBy',
    'state',
    'uncovered',
    'venueId',
  ]),
  ...parentFields('MatchingResult', [
    'candidatePairs',
    'detectedConflicts',
    'diagnosis',
    'inputProblems',
    'kept',
    'loadHistogram',
    'minStatementScore',
    'objective',
    'phaseSeconds',
    'proposed',
    'reviewers',
    'scoreHistogram',
    'statements',
    'status',
    'uncoveredStatements',
  ]),
  ...parentFields('HistogramBin', ['count', 'from', 'label', 'to']),
  ...parentFields('PhaseSeconds', ['phase', 'seconds']),
  ...parentFields('UncoveredSlot', ['explanation', 'kind', 'missing', 'submission']),
  ...parentFields('ProposalPage', ['nextAfter', 'statements']),
  ...parentFields('StatementProposal', ['demand', 'missing', 'reviewers', 'submission']),
  ...parentFields('ProposedReviewer', ['areas', 'bid', 'kind', 'origin', 'reviewer', 'score', 'terms']),
  ...parentFields('KindCounts', ['community', 'expert']),
  ...parentFields('ProposalEditResult', ['statement', 'warnings']),
  ...parentFields('CommitResult', ['committed', 'run', 'skipped']),
  ...parentFields('ReviewerAssignment', ['areas', 'assignedAt', 'bid', 'declineReason', 'dueAt', 'id', 'kind', 'origin', 'respondedAt', 'reviewer', 'score', 'state', 'terms']),
  ...parentFields('MyAssignment', ['assignment', 'submission', 'title']),
  ...parentFields('Replacement', ['affinity', 'load', 'maxLoad', 'reviewer']),
  ...parentFields('BiddingPage', ['items', 'total']),
  ...parentFields('BiddingItem', ['affinity', 'areas', 'bid', 'submission', 'terms']),
  ...parentFields('Bid', ['level', 'submissionId', 'updatedAt']),
  ...parentFields('BiddingProgress', ['bids', 'high', 'kind', 'lastBidAt', 'low', 'neutral', 'reviewer', 'veryHigh', 'veryLow']),
  ...parentFields('BiddingProgressPage', ['bids', 'reviewersWithBids', 'rows', 'total']),
  ...parentFields('ReviewerChoice', ['kind', 'reviewer']),
  // Reviews: the list is filtered per review by the access layer; names, confidential comments and
  // versions are decided per review (the world has one review per submitted statement).
  ...parentFields('Review', ['firstSubmittedAt', 'id', 'kind', 'label', 'revision', 'round', 'state', 'statementVersion', 'submittedAt', 'text', 'timeliness', 'updatedAt']),
  'Review.reviewer': { kind: 'review', permission: 'review.viewReviewer' },
  'Review.versions': { kind: 'review', permission: 'review.viewVersions' },
  ...parentFields('ReviewText', ['answers', 'commentsForAuthors', 'namedToAuthors', 'recommendation', 'releaseRecommendations', 'requiredMitigations']),
  'ReviewText.confidentialComments': { kind: 'review', permission: 'review.viewConfidential' },
  ...parentFields('ReviewAnswer', ['kind', 'prompt', 'questionId', 'rating', 'retired', 'text']),
  ...parentFields('ReleaseRecommendation', ['artifactKey', 'artifactName', 'contentLevel', 'distribution', 'timing']),
  ...parentFields('ReviewVersion', ['number', 'statementVersion', 'submittedAt', 'text']),
  ...parentFields('ReviewTask', ['assignment', 'editable', 'form', 'lockedReason', 'previousVersion', 'review', 'round']),
  ...parentFields('ReviewForm', ['answeredQuestionIds', 'kind', 'questions', 'revision']),
  ...parentFields('FormQuestion', ['help', 'id', 'kind', 'prompt', 'required', 'retired']),
  ...parentFields('ReviewVisibility', ['identitiesToAuthors', 'identitiesToReviewers', 'otherReviews']),
  ...parentFields('ReviewProgress', ['counts', 'pressing']),
  ...parentFields('ReviewCounts', ['due', 'due_soon', 'late', 'submitted', 'submitted_late']),
  ...parentFields('ReviewProgressRow', ['assignment', 'submission', 'timeliness']),
  // The discussion: names follow the review identity rules (checked in reviews.int-spec.ts and discussion.int-spec.ts).
  ...parentFields('Discussion', ['comments', 'participants', 'unread']),
  ...parentFields('DiscussionComment', ['author', 'body', 'createdAt', 'id', 'mentions', 'mine']),
  ...parentFields('DiscussionParticipant', ['id', 'label', 'person', 'role']),
  ...parentFields('AuthorResponse', ['revision', 'submittedAt', 'text', 'wordCount']),
  ...parentFields('ResponseWindowInfo', ['deadline', 'open', 'reason', 'wordLimit']),
  ...parentFields('ResponsePhase', ['deadline', 'open', 'wordLimit']),
  ...parentFields('Decision', [
    'conditions',
    'decidedAt',
    'decidedBy',
    'forVersion',
    'id',
    'letter',
    'meetingId',
    'outcome',
    'outcomeLabel',
    'releasePlan',
    'releasePlanComparison',
    'reviewsCounted',
    'sent',
    'sentAt',
    'tier',
    'withoutReviewsReason',
  ]),
  ...parentFields('DecidedCondition', ['artifactKey', 'artifactName', 'dueOn', 'libraryId', 'text']),
  ...parentFields('ReleasePlanChange', ['artifactKey', 'artifactName', 'changedParts', 'decided', 'proposed', 'status']),
  ...parentFields('DecisionLetter', ['body', 'subject']),
  ...parentFields('Approval', [
    'approvedAt',
    'availableActions',
    'conditions',
    'consequence',
    'daysUntilExpiry',
    'expiresAt',
    'forVersion',
    'id',
    'lastChange',
    'outcome',
    'reevaluationOpensAt',
    'releasePlan',
    'remindersSent',
    'revision',
    'state',
    'stateLabel',
    'suspendedArtifacts',
    'tier',
  ]),
  ...parentFields('ApprovalArtifact', ['key', 'name']),
  ...parentFields('ApprovalTransition', ['action', 'actor', 'at', 'by', 'label', 'reason']),
  ...parentFields('ContinuingReviewPolicy', ['periodMonths', 'reminderDays']),
  ...parentFields('ApprovalPeriods', ['exempt', 'expedited', 'full']),
  ...parentFields('DecisionResult', ['referral', 'referredToFull', 'submission']),
  ...parentFields('ConditionLibraryEntryModel', ['id', 'needsArtifact', 'needsDueDate', 'text']),
  ...parentFields('LetterTemplateModel', ['body', 'custom', 'outcome', 'subject']),
  ...parentFields('LetterVariableModel', ['description', 'name']),
  ...parentFields('DecisionSettings', ['conditionLibrary', 'letterTemplates', 'revision', 'variables']),
  // The world's meeting has an empty agenda: items and motions are read in meetings.int-spec.ts.
  ...parentFields('Meeting', ['currentItem', 'endedAt', 'id', 'items', 'members', 'minutes', 'motions', 'openMotion', 'requireCommunityMember', 'scheduledFor', 'startedAt', 'state', 'title', 'viewerPresent']),
  'Meeting.viewerCan': parent,
  'MeetingViewerPermissions.manage': { kind: 'permissionValue', permission: 'meeting.manage' },
  'MeetingViewerPermissions.vote': { kind: 'permissionValue', permission: 'meeting.vote' },
  ...parentFields('MeetingMember', ['community', 'person', 'present', 'voting']),
  ...parentFields('AgendaItem', ['outcome', 'position', 'quorum', 'recused', 'recusedCount', 'state', 'submission']),
  ...parentFields('Quorum', ['communityCounted', 'counted', 'explanation', 'met', 'needed']),
  ...parentFields('Motion', ['abstain', 'against', 'conditions', 'for', 'id', 'myVote', 'proposedOutcome', 'proposedOutcomeLabel', 'result', 'state', 'submissionId', 'text', 'votes', 'votesCast']),
  ...parentFields('MotionVote', ['choice', 'person']),
  ...parentFields('Conflict', ['declaredAt', 'declaredBy', 'id', 'person', 'reason', 'revision', 'type', 'typeLabel', 'withdrawnAt']),

  // People: a name for whoever sees them in a venue; the email for themselves and the venue's chairs.
  ...parentFields('User', ['id', 'name']),
  'User.email': { kind: 'personEmail' },

  // Venues are public; what concerns their committee is for their chairs.
  ...parentFields('Venue', [
    'awaitingApprovalBy',
    'biddingOpen',
    'createdAt',
    'deadlines',
    'description',
    'doubleBlind',
    'id',
    'kind',
    'myRoles',
    'name',
    'parentVenue',
    'revision',
    'responsePhase',
    'reviewsReleased',
    'reviewsReopenedUntil',
    'reviewVisibility',
    'shortName',
    'taxonomy',
    'tierPolicy',
    'continuingReviewPolicy',
    'tiersVisibleToAuthors',
    'timeZone',
    'workshops',
  ]),
  // The tier policy and the taxonomy are the venue's public rules.
  ...parentFields('TierPolicy', ['exempt', 'expedited', 'full']),
  ...parentFields('TierRequirement', ['chairCheck', 'communityReviewers', 'disapproval', 'expertReviewers', 'reviewDays']),
  ...parentFields('VenueTaxonomy', ['areas', 'communities']),
  ...parentFields('TaxonomyArea', ['label', 'subAreas']),
  ...parentFields('TierPolicyImpact', ['changedFields', 'examples', 'statements', 'tier']),
  'Venue.invitations': { kind: 'permission', permission: 'invitation.manage', refusal: 'empty' },
  'Venue.matchingRun': { kind: 'permission', permission: 'assignment.run', refusal: 'null' },
  'Venue.biddingProgress': { kind: 'permission', permission: 'assignment.run', refusal: 'empty' },
  'Venue.reviewerChoices': { kind: 'permission', permission: 'assignment.run', refusal: 'empty' },
  'Venue.reviewForms': { kind: 'permission', permission: 'venue.manage', refusal: 'empty' },
  'Venue.reviewProgress': { kind: 'permission', permission: 'venue.viewSubmissions', refusal: 'null' },
  'Venue.decisionSettings': { kind: 'permission', permission: 'venue.manage', refusal: 'null' },
  'Venue.meetings': { kind: 'permission', permission: 'meeting.view', refusal: 'empty' },
  // The world's statements are expedited: none awaits a full-review decision (meetings.int-spec.ts has some).
  'Venue.meetingCandidates': { kind: 'permission', permission: 'meeting.convene', refusal: 'empty', absentIn: ['draft', 'submitted', 'revising'] },
  'Venue.members': { kind: 'permission', permission: 'venue.viewMembers', refusal: 'empty' },
  'Venue.reviewerProfiles': { kind: 'permission', permission: 'venue.viewMembers', refusal: 'empty' },
  'Venue.reviewerProfileCount': { kind: 'permission', permission: 'venue.viewMembers', refusal: 'null' },
  // A profile is read by its reviewer and the venue's chairs (reviewerProfile.view, checked by the query).
  ...parentFields('ReviewerProfile', ['affiliations', 'areas', 'communities', 'expertise', 'maxLoad', 'person', 'publications', 'revision', 'trainingCompletedOn']),
  ...parentFields('ReviewerPublication', ['abstract', 'title', 'year']),
  ...parentFields('PoolImportReport', ['done', 'error', 'id', 'refused', 'sent', 'skipped', 'state', 'total']),
  ...parentFields('PoolImportLine', ['detail', 'email', 'line']),
  ...parentFields('ReviewerAffiliation', ['emailDomain', 'endYear', 'institution', 'startYear']),
  'Venue.workshopRequests': { kind: 'permission', permission: 'venue.manage', refusal: 'empty' },
  // Shown on the workshop to the chairs of the conference it asked (and the workshop's own chairs).
  'Venue.conferenceRequest': { kind: 'permission', permission: 'venue.manage', refusal: 'null' },
  ...parentFields('ConferenceRequest', ['conference', 'decidedAt', 'decidedByName', 'note', 'state']),
  ...parentFields('Deadline', ['dueAt', 'dueLocal', 'label']),
  ...parentFields('VenueMember', ['roles', 'user']),
  ...parentFields('Invitation', ['createdAt', 'email', 'expired', 'expiresAt', 'id', 'invitedBy', 'respondedAt', 'role', 'state']),
  ...parentFields('VenueJob', ['attempts', 'createdAt', 'finishedAt', 'id', 'lastError', 'maxAttempts', 'name', 'runAt', 'state', 'summary']),
  ...parentFields('VenueJobPage', ['counts', 'jobs', 'total']),
  ...parentFields('JobStateCounts', ['failed', 'running', 'succeeded', 'waiting']),
  ...parentFields('VenueLog', ['checkpoint', 'venueId']),
  ...parentFields('LogCheckpoint', ['origin', 'publicKey', 'root', 'signature', 'size', 'timestamp']),
  ...parentFields('LogProof', ['checkpoint', 'consistency', 'fromRoot', 'fromSize', 'inclusion', 'index', 'leafHash']),

  // The signed-in person's own things.
  ...parentFields('Viewer', ['canCreateVenues', 'email', 'id', 'name', 'roles', 'siteAdmin']),
  ...parentFields('VenueRoleGrant', ['role', 'venueId']),
  ...parentFields('NotificationSettings', ['digestHour', 'general', 'nextDigestAt', 'timeZone', 'venues']),
  ...parentFields('NotificationChoice', ['chosen', 'delivery', 'kind', 'label', 'required']),
  ...parentFields('VenueNotificationSettings', ['choices', 'venueId', 'venueName', 'venueShortName']),

  // What a token from a mail shows.
  ...parentFields('InvitationPreview', ['accountExists', 'email', 'expired', 'invitedByName', 'role', 'state', 'venueName', 'venueShortName']),
  ...parentFields('SignUpLink', ['accountExists', 'email', 'expiresAt']),
  ...parentFields('PasswordResetLink', ['email', 'expiresAt']),
  ...parentFields('UnsubscribeLink', ['kind', 'kindLabel', 'unsubscribed', 'venueName']),
  ...parentFields('MailSent', ['email', 'message']),

  // Site administration (site-admin.int-spec.ts covers the administrators' side).
  ...parentFields('SitePerson', ['adminByConfiguration', 'canCreateVenues', 'createdAt', 'email', 'id', 'name', 'siteAdmin']),
};

/**
 * Coordinates no matrix role can reach, with the reason; the matrix checks that they are indeed
 * never reached (everyone is refused before them) rather than skipping them.
 */
export const REACHED_ONLY_BY_SITE_ADMINS: readonly string[] = [
  'SitePerson.adminByConfiguration',
  'SitePerson.canCreateVenues',
  'SitePerson.createdAt',
  'SitePerson.email',
  'SitePerson.id',
  'SitePerson.name',
  'SitePerson.siteAdmin',
];

/**
 * Results of changes the matrix never makes (its calls are refused, or fail after the access
 * check, so that nothing changes): checked to be never reached; assignment.int-spec.ts reads them.
 */
export const REACHED_ONLY_BY_CHANGES: readonly string[] = [
  // Agenda items and motions (meetings.int-spec.ts reads these).
  'AgendaItem.outcome',
  'AgendaItem.position',
  'AgendaItem.quorum',
  'AgendaItem.recused',
  'AgendaItem.recusedCount',
  'AgendaItem.state',
  'AgendaItem.submission',
  'Quorum.communityCounted',
  'Quorum.counted',
  'Quorum.explanation',
  'Quorum.met',
  'Quorum.needed',
  'Motion.abstain',
  'Motion.against',
  'Motion.conditions',
  'Motion.for',
  'Motion.id',
  'Motion.myVote',
  'Motion.proposedOutcome',
  'Motion.proposedOutcomeLabel',
  'Motion.result',
  'Motion.state',
  'Motion.submissionId',
  'Motion.text',
  'Motion.votes',
  'Motion.votesCast',
  'MotionVote.choice',
  'MotionVote.person',
  // A recorded decision (decisions.int-spec.ts reads these).
  'DecisionResult.referral',
  'DecisionResult.referredToFull',
  'DecisionResult.submission',
  'CommitResult.committed',
  'CommitResult.run',
  'CommitResult.skipped',
  'ProposalEditResult.statement',
  'ProposalEditResult.warnings',
];
