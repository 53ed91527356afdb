/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** For a new account (not signed in, no account yet). */
  name?: string | null | undefined;
  /** For a new account (not signed in, no account yet). */
  password?: string | null | undefined;
  token: string;
};

export type AccessRatchetStage =
  'attention_received' | 'in_sustained_use' | 'theoretical_capability' | 'weaponized_or_productized';

/** A conference chair's answer to a workshop's request. */
export type AffiliationDecision = 'approve' | 'decline';

/** Where a workshop's request to be held at a conference stands. */
export type AffiliationState = 'approved' | 'declined' | 'pending';

/** A transition of an approval. By hand: open_reevaluation, continue, suspend, reinstate, terminate, close; lapse is the schedule’s. */
export type ApprovalAction =
  | 'advance_stage'
  | 'close'
  | 'continue'
  | 'lapse'
  | 'modify_conditions'
  | 'open_reevaluation'
  | 'reinstate'
  | 'suspend'
  | 'terminate';

/** Who made a transition: a chair, a convened meeting, the authors, or the schedule. */
export type ApprovalActor = 'author' | 'chair' | 'meeting' | 'system';

export type ApprovalPeriodsInput = {
  exempt?: number | null | undefined;
  expedited?: number | null | undefined;
  full?: number | null | undefined;
};

/** Active, under re-evaluation, suspended (whole or partly), terminated, expired (lapsed without continuing review), closed (the work is finished). */
export type ApprovalState =
  'active' | 'closed' | 'expired' | 'suspended' | 'terminated' | 'under_reevaluation';

export type ArtifactInput = {
  description: string;
  /** Stable within the submission; release plans refer to it. */
  key: string;
  kind: ArtifactKind;
  name: string;
  powerLevel: PowerLevel;
};

/** What kind of thing an artifact is (seed 3.4). */
export type ArtifactKind =
  | 'harmful_use_case_ideas'
  | 'modifiable_system'
  | 'paper_concept'
  | 'runnable_system'
  | 'source_code'
  | 'trained_model'
  | 'training_data';

export type AssignmentOrigin = 'chair' | 'matcher' | 'replacement';

/** Assigned (waiting for an answer), accepted or declined. */
export type AssignmentState = 'accepted' | 'assigned' | 'declined';

export type AuditHistoryFilter = {
  /** Only changes made by this person. */
  actorId?: string | number | null | undefined;
  /** Only this kind of change, e.g. tier.overridden. */
  kind?: string | null | undefined;
  /** Only changes of this object (venue, invitation, person, submission). */
  objectId?: string | number | null | undefined;
};

/** How much a reviewer wants to review a statement. */
export type BidLevel = 'high' | 'low' | 'neutral' | 'very_high' | 'very_low';

/** A change to an approval by hand, at the revision the person loaded. */
export type ChangeApprovalInput = {
  action: ApprovalAction;
  approvalId: string | number;
  /** Suspension only: the artifacts whose release stops; none for the whole approval. */
  artifactKeys?: Array<string>;
  expectedRevision: number;
  /** Why (needed to open a re-evaluation, suspend, reinstate or terminate). */
  reason?: string;
};

/** What a version comparison covers: the submission details, then each statement section. */
export type ComparedSection =
  | 'accessRatchet'
  | 'benefits'
  | 'details'
  | 'hazards'
  | 'indirectHarms'
  | 'mitigationChallenges'
  | 'mitigations'
  | 'pathToHarm'
  | 'releasePlan'
  | 'summary';

export type CompleteSignUpInput = {
  name: string;
  password: string;
  /** The token from the sign-up link. */
  token: string;
};

export type ConditionLibraryEntryInput = {
  id: string;
  needsArtifact?: boolean;
  needsDueDate?: boolean;
  text: string;
};

/** Whether a condition of approval was met. */
export type ConditionStatus = 'in_progress' | 'met' | 'not_met';

/** HotCRP's conflict types; administrative conflicts are pinned by a chair. */
export type ConflictType =
  'administrative' | 'advisor_advisee' | 'institutional' | 'other' | 'personal' | 'recent_collaborator';

export type ContentLevel = 'description_only' | 'full' | 'reduced' | 'withheld';

export type ContinuingReviewPolicyInput = {
  periodMonths: ApprovalPeriodsInput;
  reminderDays: Array<number>;
};

/** The authors’ continuing-review report, at the re-evaluation revision they loaded. */
export type ContinuingReviewReportInput = {
  approvalId: string | number;
  changes?: string;
  /** One answer per condition of the approval, in its order. */
  conditions: Array<ReportConditionInput>;
  expectedRevision: number;
  incidents: string;
  milestones?: string;
  progress: string;
  replication?: string;
};

export type ConveneMeetingInput = {
  memberIds: Array<string | number>;
  /** Quorum needs at least one community member. */
  requireCommunityMember?: boolean;
  scheduledFor: string;
  submissionIds?: Array<string | number>;
  title: string;
};

export type CreateVenueInput = {
  deadlines: Array<DeadlineInput>;
  description?: string;
  kind: VenueKind;
  name: string;
  /** The conference a workshop is held at; required for workshops. */
  parentVenueId?: string | number | null | undefined;
  shortName: string;
  /** Authors see their tier and the decisions on it; omitted or null keeps the setting (true for a new venue). */
  tiersVisibleToAuthors?: boolean | null | undefined;
  /** IANA time zone, e.g. Europe/Berlin or Etc/GMT+12 (anywhere on earth). */
  timeZone: string;
};

/** How well the statement meets a criterion of the rubric. */
export type CriterionRating = 'met' | 'not_applicable' | 'not_met' | 'partly_met';

export type DeadlineInput = {
  /** 'YYYY-MM-DDTHH:mm' in the venue's time zone. */
  dueLocal: string;
  label: string;
};

export type DecidedConditionInput = {
  artifactKey?: string | null | undefined;
  /** YYYY-MM-DD. */
  dueOn?: string | null | undefined;
  libraryId?: string | null | undefined;
  text: string;
};

export type DecisionInput = {
  conditions?: Array<DecidedConditionInput>;
  outcome: DecisionOutcome;
  /** The decided plan per artifact (approvals). */
  releasePlan?: Array<ReleasePlanItemInput>;
  /** Why the committee decides without all the reviews its policy asks for. */
  withoutReviewsReason?: string;
};

/** Exempt, approved, approved with conditions, revise and resubmit, not approved. */
export type DecisionOutcome =
  'approved' | 'approved_with_conditions' | 'exempt' | 'not_approved' | 'revise_and_resubmit';

export type DeclareConflictInput = {
  /** Why, in a few words (at most 500 characters). */
  reason: string;
  submissionId: string | number;
  type: ConflictType;
  /** The venue member (chair or reviewer) the conflict is with. */
  userId: string | number;
};

export type DeclareOwnConflictInput = {
  /** Why, in a few words (at most 500 characters). */
  reason: string;
  submissionId: string | number;
  type: ConflictType;
};

/** What a review of a tier may do with a disapproval: decide it, or refer the statement to full review. */
export type DisapprovalRule = 'decide' | 'refer_to_full';

export type DraftInput = {
  abstract: string;
  artifacts: Array<ArtifactInput>;
  content: StatementContentInput;
  links: SubmissionLinksInput;
  title: string;
};

export type FormQuestionInput = {
  help?: string;
  id: string;
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  retired?: boolean;
};

export type HazardInput = {
  description: string;
  kind: HazardKind;
  /** null: not yet rated (blocks submission). */
  severity?: Severity | null | undefined;
};

export type HazardKind = 'attention_hazard' | 'data_hazard' | 'product_hazard';

/** How reviewers appear to the authors: never named, or (community feedback) as its reviewer chose. */
export type IdentityToAuthors = 'never' | 'reviewer_choice';

/** A report from anyone, no account needed: about an approval, or a venue in general. */
export type IncidentReportInput = {
  /** The approval it is about (from its public page). */
  approvalId?: string | number | null | undefined;
  /** Where the confirmation link, the acknowledgement and the answer go. */
  email: string;
  evidenceLinks?: Array<string>;
  /** The reporter may be named to the authors. */
  shareWithAuthors?: boolean;
  /** Or the venue, for a report not about one approved work. */
  venueId?: string | number | null | undefined;
  whatHappened: string;
};

/** Where an incident report stands. */
export type IncidentState =
  'asked_authors' | 'dismissed' | 'open' | 'reevaluating' | 'resolved' | 'unconfirmed';

export type IndirectHarmInput = {
  /** null: not answered yet (blocks submission). */
  applies?: boolean | null | undefined;
  description: string;
  kind: IndirectHarmKind;
};

export type IndirectHarmKind = 'disinformation_ratchet' | 'sociotechnical_path_dependencies';

/** Where an invitation stands. */
export type InvitationState = 'accepted' | 'declined' | 'pending' | 'revoked';

export type InviteInput = {
  email: string;
  /** A personal note included in the email. */
  message?: string | null | undefined;
  role: VenueRole;
  venueId: string | number;
};

/** waiting (due now or later), running, succeeded, or failed after its last attempt. */
export type JobState = 'failed' | 'running' | 'succeeded' | 'waiting';

export type LetterInput = {
  body: string;
  subject: string;
};

export type LoginInput = {
  email: string;
  password: string;
};

/** total: best total affinity and bids; fair: the best lowest statement first. */
export type MatchingObjective = 'fair' | 'total';

export type MatchingPhase = 'affinity' | 'conflicts' | 'loading' | 'solving' | 'writing';

export type MatchingRunState = 'cancelled' | 'failed' | 'queued' | 'running' | 'succeeded';

export type MeetingState = 'ended' | 'in_session' | 'scheduled';

export type MitigationChallengeInput = {
  /** null: not answered yet (blocks submission). */
  applies?: boolean | null | undefined;
  description: string;
  kind: MitigationChallengeKind;
};

export type MitigationChallengeKind = 'composition' | 'conflation' | 'defector' | 'slow_drip';

export type MitigationInput = {
  description: string;
  kind: MitigationKind;
};

export type MitigationKind =
  'consent' | 'constraints_on_synthesis' | 'detectability' | 'other' | 'referenceability' | 'watermarking';

export type MotionState = 'failed' | 'open' | 'passed' | 'withdrawn';

/** When mail about a kind of change goes out: at once, in a daily digest, or never. */
export type NotificationDelivery = 'daily_digest' | 'immediately' | 'never';

/** Something a person can be told about by mail. */
export type NotificationKind =
  | 'approval_changed'
  | 'approval_expiring'
  | 'assignment_declined'
  | 'author_responded'
  | 'continuing_review_report'
  | 'discussion_comment'
  | 'incident_reported'
  | 'invitation_answered'
  | 'review_reminder'
  | 'review_submitted'
  | 'reviewer_assigned'
  | 'reviews_released'
  | 'revision_to_review'
  | 'submission_registered'
  | 'tier_decided'
  | 'version_submitted';

/** When a statement’s reviewers read each other’s reviews: never, after submitting their own, or always. */
export type OtherReviewsVisibility = 'after_own' | 'always' | 'never';

export type PathToHarmFactor =
  | 'actual_roi'
  | 'assessment_of_roi'
  | 'attention_of_adversaries'
  | 'convincibility_of_resourced_actors'
  | 'environmental_factors'
  | 'modifiability'
  | 'reproducibility'
  | 'slottability'
  | 'talent_pipelines';

export type PathToHarmRatingInput = {
  factor: PathToHarmFactor;
  justification: string;
  /** null: not yet rated (blocks submission). */
  rating?: Rating | null | undefined;
};

/** How much power or detail an artifact carries. */
export type PowerLevel = 'description_only' | 'full' | 'reduced';

/** optimised by the matcher, forced by a chair’s rule, kept (already committed), or added by hand in this proposal. */
export type ProposalOrigin = 'chair' | 'forced' | 'kept' | 'optimised';

/** BibTeX, or the `<reviewer>.jsonl` of an OpenReview expertise archive. */
export type PublicationFormat = 'bibtex' | 'openreview_jsonl';

/** A rated criterion with a justification, or a question answered in words. */
export type QuestionKind = 'rating' | 'text';

export type Rating = 'high' | 'low' | 'medium';

export type RecommendationInput = {
  approvalId: string | number;
  comment: string;
  outcome: ReevaluationOutcome;
};

/** A chair’s decision on the open re-evaluation, at the approval revision loaded. */
export type ReevaluationDecisionInput = {
  approvalId: string | number;
  /** modify_conditions only: the conditions from now on. */
  conditions?: Array<DecidedConditionInput>;
  expectedRevision: number;
  outcome: ReevaluationOutcome;
  /** Why (needed to modify the conditions, suspend or terminate). */
  reason?: string;
  /** Needed when the authors have not filed their report. */
  withoutReportReason?: string;
};

/** What a re-evaluation decides: continue for a new period, continue with modified conditions, suspend, terminate. */
export type ReevaluationOutcome = 'continue' | 'modify_conditions' | 'suspend' | 'terminate';

/** What opened a re-evaluation. */
export type ReevaluationTrigger = 'amendment' | 'chair' | 'external_event' | 'incident' | 'schedule';

export type ReleaseDistribution = 'access_communities' | 'ask_for_access' | 'public' | 'safety_levels';

export type ReleasePlanItemInput = {
  accessConditions: string;
  artifactKey: string;
  contentLevel: ContentLevel;
  distribution: ReleaseDistribution;
  /** timed: 'YYYY-MM-DD' the embargo lifts. */
  embargoUntil?: string | null | undefined;
  /** evented: the external event that releases the artifact. */
  releaseEvent: string;
  /** periodic_evaluation: months between re-assessments. */
  reviewEveryMonths?: number | null | undefined;
  stages: Array<ReleaseStagePlanInput>;
  timing: ReleaseTiming;
};

export type ReleaseRecommendationInput = {
  artifactKey: string;
  contentLevel: ContentLevel;
  distribution: ReleaseDistribution;
  timing: ReleaseTiming;
};

export type ReleaseStagePlanInput = {
  description: string;
  /** 'YYYY-MM-DD', or null when a trigger opens the stage. */
  opensOn?: string | null | undefined;
  trigger: string;
};

export type ReleaseTiming = 'evented' | 'immediate' | 'periodic_evaluation' | 'staged' | 'timed';

export type ReportConditionInput = {
  note?: string;
  status: ConditionStatus;
};

export type ResetPasswordInput = {
  password: string;
  /** The token from the password reset link. */
  token: string;
};

export type ResponsePhaseInput = {
  deadline?: string | null | undefined;
  open: boolean;
  wordLimit: number;
};

export type ReviewAnswerInput = {
  questionId: string;
  rating?: CriterionRating | null | undefined;
  text?: string;
};

/** What a reviewer writes; a draft may leave any of it empty. */
export type ReviewInput = {
  answers: Array<ReviewAnswerInput>;
  commentsForAuthors?: string;
  /** For the chairs only. */
  confidentialComments?: string;
  /** Community feedback only: name me to the authors (where the venue allows it). */
  namedToAuthors?: boolean;
  /** Experts only. */
  recommendation?: ReviewRecommendation | null | undefined;
  /** Experts only: one per artifact. */
  releaseRecommendations?: Array<ReleaseRecommendationInput>;
  requiredMitigations?: string;
};

/** What an expert recommends the committee decide. */
export type ReviewRecommendation =
  'approved' | 'approved_with_conditions' | 'not_approved' | 'revise_and_resubmit';

/** A draft only its reviewer reads, or submitted. */
export type ReviewState = 'draft' | 'submitted';

/** Where a review stands against its deadline. */
export type ReviewTimeliness = 'due' | 'due_soon' | 'late' | 'submitted' | 'submitted_late';

export type ReviewVisibilityInput = {
  identitiesToAuthors: IdentityToAuthors;
  identitiesToReviewers: ReviewerIdentityVisibility;
  otherReviews: OtherReviewsVisibility;
};

export type ReviewerAffiliationInput = {
  emailDomain?: string;
  endYear?: number | null | undefined;
  institution: string;
  startYear: number;
};

/** How reviewers of a statement appear to each other: hidden behind pseudonyms, named after their own review, or named. */
export type ReviewerIdentityVisibility = 'after_own' | 'hidden' | 'shown';

/** Expert reviewers and members of affected communities. */
export type ReviewerKind = 'community' | 'expert';

export type ReviewerProfileInput = {
  affiliations: Array<ReviewerAffiliationInput>;
  areas: Array<string>;
  communities: Array<string>;
  expertise?: string;
  maxLoad: number;
  publications: Array<ReviewerPublicationInput>;
  trainingCompletedOn?: string | null | undefined;
};

export type ReviewerPublicationInput = {
  abstract?: string;
  title: string;
  year?: number | null | undefined;
};

export type SetDigestScheduleInput = {
  /** Local hour, 0-23. */
  digestHour: number;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: string;
};

export type SetNotificationDeliveryInput = {
  /** null removes a venue's own choice so it follows the general one again. */
  delivery?: NotificationDelivery | null | undefined;
  kind: NotificationKind;
  /** The venue; null for the general choice. */
  venueId?: string | number | null | undefined;
};

export type SetSitePermissionInput = {
  /** True grants the permission, false revokes it. */
  granted: boolean;
  permission: SitePermission;
  userId: string | number;
};

export type Severity = 'high' | 'low' | 'medium' | 'severe';

/** A permission on the whole site. */
export type SitePermission = 'create_venues' | 'site_admin';

export type SortDirection = 'asc' | 'desc';

export type StatementContentInput = {
  accessRatchetJustification: string;
  accessRatchetStage?: AccessRatchetStage | null | undefined;
  affectedGroups: Array<string>;
  benefits: string;
  hazards: Array<HazardInput>;
  indirectHarms: Array<IndirectHarmInput>;
  mitigationChallenges: Array<MitigationChallengeInput>;
  mitigations: Array<MitigationInput>;
  pathToHarm: Array<PathToHarmRatingInput>;
  releasePlan: Array<ReleasePlanItemInput>;
  summary: string;
};

/** A section of the impact statement, in editor order. */
export type StatementSection =
  | 'accessRatchet'
  | 'benefits'
  | 'hazards'
  | 'indirectHarms'
  | 'mitigationChallenges'
  | 'mitigations'
  | 'pathToHarm'
  | 'releasePlan'
  | 'summary';

/** Registers work at a venue: the first draft of its details. */
export type SubmissionInput = {
  abstract?: string;
  artifacts: Array<ArtifactInput>;
  links: SubmissionLinksInput;
  title: string;
  venueId: string | number;
};

export type SubmissionLinksInput = {
  doi: string;
  openReviewUrl: string;
  paperUrl: string;
  repositoryUrl: string;
};

/** draft: never submitted; submitted: latest version frozen, no draft; revising: a draft is open on a submitted version. */
export type SubmissionPhase = 'draft' | 'revising' | 'submitted';

export type SubmissionSort = {
  direction: SortDirection;
  field: SubmissionSortField;
};

export type SubmissionSortField = 'submittedAt' | 'tier' | 'title' | 'updatedAt';

export type TaxonomyAreaInput = {
  label: string;
  subAreas?: Array<string>;
};

/** Review tier, as an IRB has (seed 3.2.3). */
export type Tier = 'exempt' | 'expedited' | 'full';

export type TierPolicyInput = {
  exempt: TierRequirementInput;
  expedited: TierRequirementInput;
  full: TierRequirementInput;
};

export type TierRequirementInput = {
  chairCheck: boolean;
  communityReviewers: number;
  disapproval: DisapprovalRule;
  expertReviewers: number;
  reviewDays: number;
};

/** awaiting_submission: no version yet; suggested: no decision yet; needs_confirmation: the latest version's suggestion differs from the tier decided for an earlier version, so a chair must decide again; confirmed / overridden: the decision stands. */
export type TierStatus =
  'awaiting_submission' | 'confirmed' | 'needs_confirmation' | 'overridden' | 'suggested';

/** What a chair does with a report: dismiss, ask the authors, open a re-evaluation, suspend at once, resolve. */
export type TriageAction = 'ask_authors' | 'dismiss' | 'open_reevaluation' | 'resolve' | 'suspend';

export type TriageIncidentInput = {
  action: TriageAction;
  /** The final answer to the reporter (dismiss, suspend, resolve). */
  answer?: string;
  /** suspend: the artifacts whose release stops (none: the whole approval). */
  artifactKeys?: Array<string>;
  expectedRevision: number;
  incidentId: string | number;
  /** ask_authors: what the authors should answer. */
  question?: string;
  reason?: string;
};

export type UpdateVenueInput = {
  deadlines: Array<DeadlineInput>;
  description?: string;
  name: string;
  shortName: string;
  /** Authors see their tier and the decisions on it; omitted or null keeps the setting (true for a new venue). */
  tiersVisibleToAuthors?: boolean | null | undefined;
  timeZone: string;
};

/** A conference, or a workshop held at one. */
export type VenueKind = 'conference' | 'workshop';

/** A role a person holds at one venue. */
export type VenueRole = 'author' | 'chair' | 'community_reviewer' | 'expert_reviewer';

export type VenueSubmissionsFilter = {
  /** submitted or revising (chairs never see drafts: draft matches nothing). */
  phase?: SubmissionPhase | null | undefined;
  /** Text in the submitted version's title or its authors' names; case and accents are ignored. */
  search?: string | null | undefined;
  /** The tier in force (Submission.tier): the standing decision, else the latest suggestion. */
  tier?: Tier | null | undefined;
  tierStatus?: TierStatus | null | undefined;
};

export type VenueTaxonomyInput = {
  areas: Array<TaxonomyAreaInput>;
  communities: Array<string>;
};

/** For, against, or abstain. */
export type VoteChoice = 'abstain' | 'against' | 'for';

export type ResponseQueryVariables = Exact<{ [key: string]: never }>;

export type ResponseQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    viewerCan: { __typename: 'SubmissionViewerPermissions'; respond: boolean };
  };
};

export type ConflictsQueryVariables = Exact<{ [key: string]: never }>;

export type ConflictsQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    viewerCan: { __typename: 'SubmissionViewerPermissions'; declareConflict: boolean };
  };
};

export type SitePersonFieldsFragment = {
  __typename: 'SitePerson';
  id: string;
  name: string;
  email: string;
  siteAdmin: boolean;
  canCreateVenues: boolean;
  adminByConfiguration: boolean;
};

export type SiteStaffQueryVariables = Exact<{ [key: string]: never }>;

export type SiteStaffQuery = {
  __typename: 'Query';
  siteStaff: Array<{
    __typename: 'SitePerson';
    id: string;
    name: string;
    email: string;
    siteAdmin: boolean;
    canCreateVenues: boolean;
    adminByConfiguration: boolean;
  }>;
};

export type SearchPeopleQueryVariables = Exact<{
  text: string;
}>;

export type SearchPeopleQuery = {
  __typename: 'Query';
  searchPeople: Array<{
    __typename: 'SitePerson';
    id: string;
    name: string;
    email: string;
    siteAdmin: boolean;
    canCreateVenues: boolean;
    adminByConfiguration: boolean;
  }>;
};

export type SetSitePermissionMutationVariables = Exact<{
  input: SetSitePermissionInput;
}>;

export type SetSitePermissionMutation = {
  __typename: 'Mutation';
  setSitePermission: {
    __typename: 'SitePerson';
    id: string;
    name: string;
    email: string;
    siteAdmin: boolean;
    canCreateVenues: boolean;
    adminByConfiguration: boolean;
  };
};

export type ApprovalFieldsFragment = {
  __typename: 'Approval';
  id: string;
  revision: number;
  state: ApprovalState;
  stateLabel: string;
  consequence: string;
  outcome: DecisionOutcome;
  tier: Tier;
  forVersion: number;
  approvedAt: string;
  expiresAt: string | null;
  daysUntilExpiry: number | null;
  reevaluationOpensAt: string | null;
  remindersSent: Array<number>;
  availableActions: Array<ApprovalAction>;
  suspendedArtifacts: Array<{ __typename: 'ApprovalArtifact'; key: string; name: string }>;
  lastChange: {
    __typename: 'ApprovalTransition';
    action: string;
    label: string;
    by: ApprovalActor;
    reason: string;
    at: string;
    actor: { __typename: 'User'; id: string; name: string } | null;
  };
  conditions: Array<{
    __typename: 'DecidedCondition';
    libraryId: string | null;
    text: string;
    artifactKey: string | null;
    artifactName: string | null;
    dueOn: string | null;
  }>;
  releasePlan: Array<{
    __typename: 'ReleasePlanItem';
    artifactKey: string;
    contentLevel: ContentLevel;
    timing: ReleaseTiming;
    distribution: ReleaseDistribution;
    embargoUntil: string | null;
    reviewEveryMonths: number | null;
    releaseEvent: string;
    accessConditions: string;
    stages: Array<{
      __typename: 'ReleaseStagePlan';
      description: string;
      opensOn: string | null;
      trigger: string;
    }>;
  }>;
};

export type ContinuingReviewPolicyFieldsFragment = {
  __typename: 'ContinuingReviewPolicy';
  reminderDays: Array<number>;
  periodMonths: {
    __typename: 'ApprovalPeriods';
    exempt: number | null;
    expedited: number | null;
    full: number | null;
  };
};

export type ReevaluationFieldsFragment = {
  __typename: 'Reevaluation';
  id: string;
  revision: number;
  state: string;
  trigger: ReevaluationTrigger;
  triggerLabel: string;
  reason: string;
  openedAt: string;
  report: {
    __typename: 'ContinuingReviewReportModel';
    progress: string;
    changes: string;
    incidents: string;
    replication: string;
    milestones: string;
    submittedAt: string;
    conditions: Array<{
      __typename: 'ReportConditionAnswer';
      condition: string;
      status: ConditionStatus;
      statusLabel: string;
      note: string;
    }>;
    submittedBy: { __typename: 'User'; id: string; name: string } | null;
  } | null;
  recommendations: Array<{
    __typename: 'ReevaluationRecommendationModel';
    mine: boolean;
    outcome: ReevaluationOutcome;
    outcomeLabel: string;
    comment: string;
    at: string;
    reviewer: { __typename: 'User'; id: string; name: string } | null;
  }>;
  tally: Array<{
    __typename: 'RecommendationCount';
    outcome: ReevaluationOutcome;
    outcomeLabel: string;
    count: number;
  }>;
  decision: {
    __typename: 'ReevaluationDecisionModel';
    outcome: ReevaluationOutcome;
    outcomeLabel: string;
    reason: string;
    withoutReportReason: string;
    decidedAt: string;
  } | null;
  viewerCan: { __typename: 'ReevaluationPermissions'; report: boolean; recommend: boolean; decide: boolean };
};

export type ApprovalWithReevaluationFieldsFragment = {
  __typename: 'Approval';
  id: string;
  revision: number;
  state: ApprovalState;
  stateLabel: string;
  consequence: string;
  outcome: DecisionOutcome;
  tier: Tier;
  forVersion: number;
  approvedAt: string;
  expiresAt: string | null;
  daysUntilExpiry: number | null;
  reevaluationOpensAt: string | null;
  remindersSent: Array<number>;
  availableActions: Array<ApprovalAction>;
  reevaluation: {
    __typename: 'Reevaluation';
    id: string;
    revision: number;
    state: string;
    trigger: ReevaluationTrigger;
    triggerLabel: string;
    reason: string;
    openedAt: string;
    report: {
      __typename: 'ContinuingReviewReportModel';
      progress: string;
      changes: string;
      incidents: string;
      replication: string;
      milestones: string;
      submittedAt: string;
      conditions: Array<{
        __typename: 'ReportConditionAnswer';
        condition: string;
        status: ConditionStatus;
        statusLabel: string;
        note: string;
      }>;
      submittedBy: { __typename: 'User'; id: string; name: string } | null;
    } | null;
    recommendations: Array<{
      __typename: 'ReevaluationRecommendationModel';
      mine: boolean;
      outcome: ReevaluationOutcome;
      outcomeLabel: string;
      comment: string;
      at: string;
      reviewer: { __typename: 'User'; id: string; name: string } | null;
    }>;
    tally: Array<{
      __typename: 'RecommendationCount';
      outcome: ReevaluationOutcome;
      outcomeLabel: string;
      count: number;
    }>;
    decision: {
      __typename: 'ReevaluationDecisionModel';
      outcome: ReevaluationOutcome;
      outcomeLabel: string;
      reason: string;
      withoutReportReason: string;
      decidedAt: string;
    } | null;
    viewerCan: {
      __typename: 'ReevaluationPermissions';
      report: boolean;
      recommend: boolean;
      decide: boolean;
    };
  } | null;
  suspendedArtifacts: Array<{ __typename: 'ApprovalArtifact'; key: string; name: string }>;
  lastChange: {
    __typename: 'ApprovalTransition';
    action: string;
    label: string;
    by: ApprovalActor;
    reason: string;
    at: string;
    actor: { __typename: 'User'; id: string; name: string } | null;
  };
  conditions: Array<{
    __typename: 'DecidedCondition';
    libraryId: string | null;
    text: string;
    artifactKey: string | null;
    artifactName: string | null;
    dueOn: string | null;
  }>;
  releasePlan: Array<{
    __typename: 'ReleasePlanItem';
    artifactKey: string;
    contentLevel: ContentLevel;
    timing: ReleaseTiming;
    distribution: ReleaseDistribution;
    embargoUntil: string | null;
    reviewEveryMonths: number | null;
    releaseEvent: string;
    accessConditions: string;
    stages: Array<{
      __typename: 'ReleaseStagePlan';
      description: string;
      opensOn: string | null;
      trigger: string;
    }>;
  }>;
};

export type ChangeApprovalMutationVariables = Exact<{
  input: ChangeApprovalInput;
}>;

export type ChangeApprovalMutation = {
  __typename: 'Mutation';
  changeApproval: {
    __typename: 'Approval';
    id: string;
    revision: number;
    state: ApprovalState;
    stateLabel: string;
    consequence: string;
    outcome: DecisionOutcome;
    tier: Tier;
    forVersion: number;
    approvedAt: string;
    expiresAt: string | null;
    daysUntilExpiry: number | null;
    reevaluationOpensAt: string | null;
    remindersSent: Array<number>;
    availableActions: Array<ApprovalAction>;
    reevaluation: {
      __typename: 'Reevaluation';
      id: string;
      revision: number;
      state: string;
      trigger: ReevaluationTrigger;
      triggerLabel: string;
      reason: string;
      openedAt: string;
      report: {
        __typename: 'ContinuingReviewReportModel';
        progress: string;
        changes: string;
        incidents: string;
        replication: string;
        milestones: string;
        submittedAt: string;
        conditions: Array<{
          __typename: 'ReportConditionAnswer';
          condition: string;
          status: ConditionStatus;
          statusLabel: string;
          note: string;
        }>;
        submittedBy: { __typename: 'User'; id: string; name: string } | null;
      } | null;
      recommendations: Array<{
        __typename: 'ReevaluationRecommendationModel';
        mine: boolean;
        outcome: ReevaluationOutcome;
        outcomeLabel: string;
        comment: string;
        at: string;
        reviewer: { __typename: 'User'; id: string; name: string } | null;
      }>;
      tally: Array<{
        __typename: 'RecommendationCount';
        outcome: ReevaluationOutcome;
        outcomeLabel: string;
        count: number;
      }>;
      decision: {
        __typename: 'ReevaluationDecisionModel';
        outcome: ReevaluationOutcome;
        outcomeLabel: string;
        reason: string;
        withoutReportReason: string;
        decidedAt: string;
      } | null;
      viewerCan: {
        __typename: 'ReevaluationPermissions';
        report: boolean;
        recommend: boolean;
        decide: boolean;
      };
    } | null;
    suspendedArtifacts: Array<{ __typename: 'ApprovalArtifact'; key: string; name: string }>;
    lastChange: {
      __typename: 'ApprovalTransition';
      action: string;
      label: string;
      by: ApprovalActor;
      reason: string;
      at: string;
      actor: { __typename: 'User'; id: string; name: string } | null;
    };
    conditions: Array<{
      __typename: 'DecidedCondition';
      libraryId: string | null;
      text: string;
      artifactKey: string | null;
      artifactName: string | null;
      dueOn: string | null;
    }>;
    releasePlan: Array<{
      __typename: 'ReleasePlanItem';
      artifactKey: string;
      contentLevel: ContentLevel;
      timing: ReleaseTiming;
      distribution: ReleaseDistribution;
      embargoUntil: string | null;
      reviewEveryMonths: number | null;
      releaseEvent: string;
      accessConditions: string;
      stages: Array<{
        __typename: 'ReleaseStagePlan';
        description: string;
        opensOn: string | null;
        trigger: string;
      }>;
    }>;
  };
};

export type SubmitContinuingReviewReportMutationVariables = Exact<{
  input: ContinuingReviewReportInput;
}>;

export type SubmitContinuingReviewReportMutation = {
  __typename: 'Mutation';
  submitContinuingReviewReport: {
    __typename: 'Reevaluation';
    id: string;
    revision: number;
    state: string;
    trigger: ReevaluationTrigger;
    triggerLabel: string;
    reason: string;
    openedAt: string;
    report: {
      __typename: 'ContinuingReviewReportModel';
      progress: string;
      changes: string;
      incidents: string;
      replication: string;
      milestones: string;
      submittedAt: string;
      conditions: Array<{
        __typename: 'ReportConditionAnswer';
        condition: string;
        status: ConditionStatus;
        statusLabel: string;
        note: string;
      }>;
      submittedBy: { __typename: 'User'; id: string; name: string } | null;
    } | null;
    recommendations: Array<{
      __typename: 'ReevaluationRecommendationModel';
      mine: boolean;
      outcome: ReevaluationOutcome;
      outcomeLabel: string;
      comment: string;
      at: string;
      reviewer: { __typename: 'User'; id: string; name: string } | null;
    }>;
    tally: Array<{
      __typename: 'RecommendationCount';
      outcome: ReevaluationOutcome;
      outcomeLabel: string;
      count: number;
    }>;
    decision: {
      __typename: 'ReevaluationDecisionModel';
      outcome: ReevaluationOutcome;
      outcomeLabel: string;
      reason: string;
      withoutReportReason: string;
      decidedAt: string;
    } | null;
    viewerCan: {
      __typename: 'ReevaluationPermissions';
      report: boolean;
      recommend: boolean;
      decide: boolean;
    };
  };
};

export type RecommendOnReevaluationMutationVariables = Exact<{
  input: RecommendationInput;
}>;

export type RecommendOnReevaluationMutation = {
  __typename: 'Mutation';
  recommendOnReevaluation: {
    __typename: 'Reevaluation';
    id: string;
    revision: number;
    state: string;
    trigger: ReevaluationTrigger;
    triggerLabel: string;
    reason: string;
    openedAt: string;
    report: {
      __typename: 'ContinuingReviewReportModel';
      progress: string;
      changes: string;
      incidents: string;
      replication: string;
      milestones: string;
      submittedAt: string;
      conditions: Array<{
        __typename: 'ReportConditionAnswer';
        condition: string;
        status: ConditionStatus;
        statusLabel: string;
        note: string;
      }>;
      submittedBy: { __typename: 'User'; id: string; name: string } | null;
    } | null;
    recommendations: Array<{
      __typename: 'ReevaluationRecommendationModel';
      mine: boolean;
      outcome: ReevaluationOutcome;
      outcomeLabel: string;
      comment: string;
      at: string;
      reviewer: { __typename: 'User'; id: string; name: string } | null;
    }>;
    tally: Array<{
      __typename: 'RecommendationCount';
      outcome: ReevaluationOutcome;
      outcomeLabel: string;
      count: number;
    }>;
    decision: {
      __typename: 'ReevaluationDecisionModel';
      outcome: ReevaluationOutcome;
      outcomeLabel: string;
      reason: string;
      withoutReportReason: string;
      decidedAt: string;
    } | null;
    viewerCan: {
      __typename: 'ReevaluationPermissions';
      report: boolean;
      recommend: boolean;
      decide: boolean;
    };
  };
};

export type DecideReevaluationMutationVariables = Exact<{
  input: ReevaluationDecisionInput;
}>;

export type DecideReevaluationMutation = {
  __typename: 'Mutation';
  decideReevaluation: {
    __typename: 'Approval';
    id: string;
    revision: number;
    state: ApprovalState;
    stateLabel: string;
    consequence: string;
    outcome: DecisionOutcome;
    tier: Tier;
    forVersion: number;
    approvedAt: string;
    expiresAt: string | null;
    daysUntilExpiry: number | null;
    reevaluationOpensAt: string | null;
    remindersSent: Array<number>;
    availableActions: Array<ApprovalAction>;
    reevaluation: {
      __typename: 'Reevaluation';
      id: string;
      revision: number;
      state: string;
      trigger: ReevaluationTrigger;
      triggerLabel: string;
      reason: string;
      openedAt: string;
      report: {
        __typename: 'ContinuingReviewReportModel';
        progress: string;
        changes: string;
        incidents: string;
        replication: string;
        milestones: string;
        submittedAt: string;
        conditions: Array<{
          __typename: 'ReportConditionAnswer';
          condition: string;
          status: ConditionStatus;
          statusLabel: string;
          note: string;
        }>;
        submittedBy: { __typename: 'User'; id: string; name: string } | null;
      } | null;
      recommendations: Array<{
        __typename: 'ReevaluationRecommendationModel';
        mine: boolean;
        outcome: ReevaluationOutcome;
        outcomeLabel: string;
        comment: string;
        at: string;
        reviewer: { __typename: 'User'; id: string; name: string } | null;
      }>;
      tally: Array<{
        __typename: 'RecommendationCount';
        outcome: ReevaluationOutcome;
        outcomeLabel: string;
        count: number;
      }>;
      decision: {
        __typename: 'ReevaluationDecisionModel';
        outcome: ReevaluationOutcome;
        outcomeLabel: string;
        reason: string;
        withoutReportReason: string;
        decidedAt: string;
      } | null;
      viewerCan: {
        __typename: 'ReevaluationPermissions';
        report: boolean;
        recommend: boolean;
        decide: boolean;
      };
    } | null;
    suspendedArtifacts: Array<{ __typename: 'ApprovalArtifact'; key: string; name: string }>;
    lastChange: {
      __typename: 'ApprovalTransition';
      action: string;
      label: string;
      by: ApprovalActor;
      reason: string;
      at: string;
      actor: { __typename: 'User'; id: string; name: string } | null;
    };
    conditions: Array<{
      __typename: 'DecidedCondition';
      libraryId: string | null;
      text: string;
      artifactKey: string | null;
      artifactName: string | null;
      dueOn: string | null;
    }>;
    releasePlan: Array<{
      __typename: 'ReleasePlanItem';
      artifactKey: string;
      contentLevel: ContentLevel;
      timing: ReleaseTiming;
      distribution: ReleaseDistribution;
      embargoUntil: string | null;
      reviewEveryMonths: number | null;
      releaseEvent: string;
      accessConditions: string;
      stages: Array<{
        __typename: 'ReleaseStagePlan';
        description: string;
        opensOn: string | null;
        trigger: string;
      }>;
    }>;
  };
};

export type ContinuingReviewPolicyQueryVariables = Exact<{
  venueId: string | number;
}>;

export type ContinuingReviewPolicyQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    revision: number;
    continuingReviewPolicy: {
      __typename: 'ContinuingReviewPolicy';
      reminderDays: Array<number>;
      periodMonths: {
        __typename: 'ApprovalPeriods';
        exempt: number | null;
        expedited: number | null;
        full: number | null;
      };
    };
  };
};

export type UpdateContinuingReviewPolicyMutationVariables = Exact<{
  venueId: string | number;
  policy: ContinuingReviewPolicyInput;
  expectedRevision: number;
}>;

export type UpdateContinuingReviewPolicyMutation = {
  __typename: 'Mutation';
  updateContinuingReviewPolicy: {
    __typename: 'Venue';
    id: string;
    revision: number;
    continuingReviewPolicy: {
      __typename: 'ContinuingReviewPolicy';
      reminderDays: Array<number>;
      periodMonths: {
        __typename: 'ApprovalPeriods';
        exempt: number | null;
        expedited: number | null;
        full: number | null;
      };
    };
  };
};

export type MatchingRunFieldsFragment = {
  __typename: 'MatchingRun';
  id: string;
  state: MatchingRunState;
  phase: MatchingPhase;
  phaseLabel: string;
  percent: number;
  objective: MatchingObjective;
  cancelRequested: boolean;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  committedAt: string | null;
  result: {
    __typename: 'MatchingResult';
    status: string;
    objective: number;
    minStatementScore: number;
    statements: number;
    reviewers: number;
    proposed: number;
    kept: number;
    uncoveredStatements: number;
    diagnosis: string | null;
    inputProblems: Array<string>;
    detectedConflicts: number;
    loadHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
    scoreHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
    phaseSeconds: Array<{ __typename: 'PhaseSeconds'; phase: MatchingPhase; seconds: number }>;
  } | null;
};

export type StatementProposalFieldsFragment = {
  __typename: 'StatementProposal';
  submission: { __typename: 'Submission'; id: string; title: string; tier: Tier | null };
  demand: { __typename: 'KindCounts'; expert: number; community: number };
  missing: { __typename: 'KindCounts'; expert: number; community: number };
  reviewers: Array<{
    __typename: 'ProposedReviewer';
    kind: ReviewerKind;
    score: number;
    origin: ProposalOrigin;
    terms: Array<string>;
    areas: Array<string>;
    bid: BidLevel | null;
    reviewer: { __typename: 'User'; id: string; name: string };
  }>;
};

export type AssignmentPanelQueryVariables = Exact<{
  venueId: string | number;
}>;

export type AssignmentPanelQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    revision: number;
    biddingOpen: boolean;
    doubleBlind: boolean;
    matchingRun: {
      __typename: 'MatchingRun';
      id: string;
      state: MatchingRunState;
      phase: MatchingPhase;
      phaseLabel: string;
      percent: number;
      objective: MatchingObjective;
      cancelRequested: boolean;
      error: string | null;
      createdAt: string;
      finishedAt: string | null;
      committedAt: string | null;
      result: {
        __typename: 'MatchingResult';
        status: string;
        objective: number;
        minStatementScore: number;
        statements: number;
        reviewers: number;
        proposed: number;
        kept: number;
        uncoveredStatements: number;
        diagnosis: string | null;
        inputProblems: Array<string>;
        detectedConflicts: number;
        loadHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
        scoreHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
        phaseSeconds: Array<{ __typename: 'PhaseSeconds'; phase: MatchingPhase; seconds: number }>;
      } | null;
    } | null;
  };
};

export type BiddingProgressQueryVariables = Exact<{
  venueId: string | number;
  offset: number;
}>;

export type BiddingProgressQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    biddingProgress: {
      __typename: 'BiddingProgressPage';
      total: number;
      reviewersWithBids: number;
      bids: number;
      rows: Array<{
        __typename: 'BiddingProgress';
        kind: ReviewerKind;
        bids: number;
        veryHigh: number;
        high: number;
        neutral: number;
        low: number;
        veryLow: number;
        lastBidAt: string | null;
        reviewer: { __typename: 'User'; id: string; name: string };
      }>;
    } | null;
  };
};

export type ReviewerChoicesQueryVariables = Exact<{
  venueId: string | number;
  search: string;
}>;

export type ReviewerChoicesQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    reviewerChoices: Array<{
      __typename: 'ReviewerChoice';
      kind: ReviewerKind;
      reviewer: { __typename: 'User'; id: string; name: string };
    }>;
  };
};

export type MatchingRunProgressQueryVariables = Exact<{
  id: string | number;
}>;

export type MatchingRunProgressQuery = {
  __typename: 'Query';
  matchingRun: {
    __typename: 'MatchingRun';
    id: string;
    state: MatchingRunState;
    phase: MatchingPhase;
    phaseLabel: string;
    percent: number;
    objective: MatchingObjective;
    cancelRequested: boolean;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
    committedAt: string | null;
    result: {
      __typename: 'MatchingResult';
      status: string;
      objective: number;
      minStatementScore: number;
      statements: number;
      reviewers: number;
      proposed: number;
      kept: number;
      uncoveredStatements: number;
      diagnosis: string | null;
      inputProblems: Array<string>;
      detectedConflicts: number;
      loadHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
      scoreHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
      phaseSeconds: Array<{ __typename: 'PhaseSeconds'; phase: MatchingPhase; seconds: number }>;
    } | null;
  };
};

export type ProposalQueryVariables = Exact<{
  id: string | number;
  after?: string | number | null | undefined;
  limit?: number | null | undefined;
}>;

export type ProposalQuery = {
  __typename: 'Query';
  matchingRun: {
    __typename: 'MatchingRun';
    id: string;
    uncovered: Array<{
      __typename: 'UncoveredSlot';
      kind: ReviewerKind;
      missing: number;
      explanation: string;
      submission: { __typename: 'Submission'; id: string; title: string } | null;
    }>;
    proposal: {
      __typename: 'ProposalPage';
      nextAfter: string | null;
      statements: Array<{
        __typename: 'StatementProposal';
        submission: { __typename: 'Submission'; id: string; title: string; tier: Tier | null };
        demand: { __typename: 'KindCounts'; expert: number; community: number };
        missing: { __typename: 'KindCounts'; expert: number; community: number };
        reviewers: Array<{
          __typename: 'ProposedReviewer';
          kind: ReviewerKind;
          score: number;
          origin: ProposalOrigin;
          terms: Array<string>;
          areas: Array<string>;
          bid: BidLevel | null;
          reviewer: { __typename: 'User'; id: string; name: string };
        }>;
      }>;
    };
  };
};

export type UpdateReviewSettingsMutationVariables = Exact<{
  venueId: string | number;
  biddingOpen: boolean;
  doubleBlind: boolean;
  expectedRevision: number;
}>;

export type UpdateReviewSettingsMutation = {
  __typename: 'Mutation';
  updateReviewSettings: {
    __typename: 'Venue';
    id: string;
    revision: number;
    biddingOpen: boolean;
    doubleBlind: boolean;
  };
};

export type StartMatchingRunMutationVariables = Exact<{
  venueId: string | number;
  objective: MatchingObjective;
}>;

export type StartMatchingRunMutation = {
  __typename: 'Mutation';
  startMatchingRun: {
    __typename: 'MatchingRun';
    id: string;
    state: MatchingRunState;
    phase: MatchingPhase;
    phaseLabel: string;
    percent: number;
    objective: MatchingObjective;
    cancelRequested: boolean;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
    committedAt: string | null;
    result: {
      __typename: 'MatchingResult';
      status: string;
      objective: number;
      minStatementScore: number;
      statements: number;
      reviewers: number;
      proposed: number;
      kept: number;
      uncoveredStatements: number;
      diagnosis: string | null;
      inputProblems: Array<string>;
      detectedConflicts: number;
      loadHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
      scoreHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
      phaseSeconds: Array<{ __typename: 'PhaseSeconds'; phase: MatchingPhase; seconds: number }>;
    } | null;
  };
};

export type CancelMatchingRunMutationVariables = Exact<{
  runId: string | number;
}>;

export type CancelMatchingRunMutation = {
  __typename: 'Mutation';
  cancelMatchingRun: {
    __typename: 'MatchingRun';
    id: string;
    state: MatchingRunState;
    phase: MatchingPhase;
    phaseLabel: string;
    percent: number;
    objective: MatchingObjective;
    cancelRequested: boolean;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
    committedAt: string | null;
    result: {
      __typename: 'MatchingResult';
      status: string;
      objective: number;
      minStatementScore: number;
      statements: number;
      reviewers: number;
      proposed: number;
      kept: number;
      uncoveredStatements: number;
      diagnosis: string | null;
      inputProblems: Array<string>;
      detectedConflicts: number;
      loadHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
      scoreHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
      phaseSeconds: Array<{ __typename: 'PhaseSeconds'; phase: MatchingPhase; seconds: number }>;
    } | null;
  };
};

export type CommitMatchingRunMutationVariables = Exact<{
  runId: string | number;
}>;

export type CommitMatchingRunMutation = {
  __typename: 'Mutation';
  commitMatchingRun: {
    __typename: 'CommitResult';
    committed: number;
    skipped: number;
    run: {
      __typename: 'MatchingRun';
      id: string;
      state: MatchingRunState;
      phase: MatchingPhase;
      phaseLabel: string;
      percent: number;
      objective: MatchingObjective;
      cancelRequested: boolean;
      error: string | null;
      createdAt: string;
      finishedAt: string | null;
      committedAt: string | null;
      result: {
        __typename: 'MatchingResult';
        status: string;
        objective: number;
        minStatementScore: number;
        statements: number;
        reviewers: number;
        proposed: number;
        kept: number;
        uncoveredStatements: number;
        diagnosis: string | null;
        inputProblems: Array<string>;
        detectedConflicts: number;
        loadHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
        scoreHistogram: Array<{ __typename: 'HistogramBin'; label: string; count: number }>;
        phaseSeconds: Array<{ __typename: 'PhaseSeconds'; phase: MatchingPhase; seconds: number }>;
      } | null;
    };
  };
};

export type AddProposedReviewerMutationVariables = Exact<{
  runId: string | number;
  submissionId: string | number;
  reviewerId: string | number;
}>;

export type AddProposedReviewerMutation = {
  __typename: 'Mutation';
  addProposedReviewer: {
    __typename: 'ProposalEditResult';
    warnings: Array<string>;
    statement: {
      __typename: 'StatementProposal';
      submission: { __typename: 'Submission'; id: string; title: string; tier: Tier | null };
      demand: { __typename: 'KindCounts'; expert: number; community: number };
      missing: { __typename: 'KindCounts'; expert: number; community: number };
      reviewers: Array<{
        __typename: 'ProposedReviewer';
        kind: ReviewerKind;
        score: number;
        origin: ProposalOrigin;
        terms: Array<string>;
        areas: Array<string>;
        bid: BidLevel | null;
        reviewer: { __typename: 'User'; id: string; name: string };
      }>;
    };
  };
};

export type RemoveProposedReviewerMutationVariables = Exact<{
  runId: string | number;
  submissionId: string | number;
  reviewerId: string | number;
}>;

export type RemoveProposedReviewerMutation = {
  __typename: 'Mutation';
  removeProposedReviewer: {
    __typename: 'ProposalEditResult';
    warnings: Array<string>;
    statement: {
      __typename: 'StatementProposal';
      submission: { __typename: 'Submission'; id: string; title: string; tier: Tier | null };
      demand: { __typename: 'KindCounts'; expert: number; community: number };
      missing: { __typename: 'KindCounts'; expert: number; community: number };
      reviewers: Array<{
        __typename: 'ProposedReviewer';
        kind: ReviewerKind;
        score: number;
        origin: ProposalOrigin;
        terms: Array<string>;
        areas: Array<string>;
        bid: BidLevel | null;
        reviewer: { __typename: 'User'; id: string; name: string };
      }>;
    };
  };
};

export type MyReviewingQueryVariables = Exact<{
  venueId: string | number;
}>;

export type MyReviewingQuery = {
  __typename: 'Query';
  venue: { __typename: 'Venue'; id: string; biddingOpen: boolean; doubleBlind: boolean };
  myAssignments: Array<{
    __typename: 'MyAssignment';
    title: string;
    assignment: {
      __typename: 'ReviewerAssignment';
      id: string;
      state: AssignmentState;
      kind: ReviewerKind;
      dueAt: string;
      assignedAt: string;
      respondedAt: string | null;
      declineReason: string;
    };
    submission: {
      __typename: 'Submission';
      id: string;
      title: string;
      tier: Tier | null;
      reviewTask: {
        __typename: 'ReviewTask';
        review: { __typename: 'Review'; id: string; state: ReviewState } | null;
      } | null;
    } | null;
  }>;
};

export type BiddingStatementsQueryVariables = Exact<{
  venueId: string | number;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type BiddingStatementsQuery = {
  __typename: 'Query';
  biddingStatements: {
    __typename: 'BiddingPage';
    total: number;
    items: Array<{
      __typename: 'BiddingItem';
      affinity: number;
      terms: Array<string>;
      areas: Array<string>;
      bid: BidLevel | null;
      submission: {
        __typename: 'Submission';
        id: string;
        title: string;
        abstract: string;
        tier: Tier | null;
        authors: Array<{ __typename: 'User'; id: string; name: string }>;
        latestVersion: {
          __typename: 'StatementVersion';
          number: number;
          content: {
            __typename: 'StatementContent';
            summary: string;
            hazards: Array<{
              __typename: 'Hazard';
              kind: HazardKind;
              severity: Severity | null;
              description: string;
            }>;
          };
        } | null;
      };
    }>;
  };
};

export type PlaceBidMutationVariables = Exact<{
  submissionId: string | number;
  level: BidLevel;
}>;

export type PlaceBidMutation = {
  __typename: 'Mutation';
  placeBid: { __typename: 'Bid'; submissionId: string; level: BidLevel; updatedAt: string };
};

export type DeclareOwnConflictMutationVariables = Exact<{
  input: DeclareOwnConflictInput;
}>;

export type DeclareOwnConflictMutation = {
  __typename: 'Mutation';
  declareOwnConflict: { __typename: 'Conflict'; id: string };
};

export type RespondToAssignmentMutationVariables = Exact<{
  assignmentId: string | number;
  accept: boolean;
  reason?: string | null | undefined;
}>;

export type RespondToAssignmentMutation = {
  __typename: 'Mutation';
  respondToAssignment: {
    __typename: 'ReviewerAssignment';
    id: string;
    state: AssignmentState;
    respondedAt: string | null;
    declineReason: string;
  };
};

export type SubmissionReviewersQueryVariables = Exact<{
  id: string | number;
}>;

export type SubmissionReviewersQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    viewerCan: { __typename: 'SubmissionViewerPermissions'; manageAssignments: boolean };
    openSlots: { __typename: 'KindCounts'; expert: number; community: number } | null;
    assignments: Array<{
      __typename: 'ReviewerAssignment';
      id: string;
      kind: ReviewerKind;
      state: AssignmentState;
      origin: AssignmentOrigin;
      score: number;
      terms: Array<string>;
      areas: Array<string>;
      bid: BidLevel | null;
      dueAt: string;
      respondedAt: string | null;
      declineReason: string;
      reviewer: { __typename: 'User'; id: string; name: string };
    }>;
  };
};

export type ReplacementsQueryVariables = Exact<{
  id: string | number;
  kind: ReviewerKind;
}>;

export type ReplacementsQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    replacements: Array<{
      __typename: 'Replacement';
      affinity: number;
      load: number;
      maxLoad: number;
      reviewer: { __typename: 'User'; id: string; name: string };
    }>;
  };
};

export type AssignReplacementMutationVariables = Exact<{
  submissionId: string | number;
  reviewerId: string | number;
}>;

export type AssignReplacementMutation = {
  __typename: 'Mutation';
  assignReplacement: { __typename: 'ReviewerAssignment'; id: string; state: AssignmentState };
};

export type AuditEventFieldsFragment = {
  __typename: 'AuditEvent';
  index: number;
  kind: string;
  label: string;
  objectType: string;
  objectId: string;
  actorId: string | null;
  at: string;
  summary: string;
  actor: { __typename: 'User'; id: string; name: string } | null;
};

export type VenueHistoryQueryVariables = Exact<{
  venueId: string | number;
  filter?: AuditHistoryFilter | null | undefined;
  offset: number;
  limit: number;
}>;

export type VenueHistoryQuery = {
  __typename: 'Query';
  venueHistory: {
    __typename: 'AuditEventPage';
    total: number;
    events: Array<{
      __typename: 'AuditEvent';
      index: number;
      kind: string;
      label: string;
      objectType: string;
      objectId: string;
      actorId: string | null;
      at: string;
      summary: string;
      actor: { __typename: 'User'; id: string; name: string } | null;
    }>;
  };
  venueLog: {
    __typename: 'VenueLog';
    venueId: string;
    checkpoint: {
      __typename: 'LogCheckpoint';
      origin: string;
      size: number;
      root: string;
      timestamp: string;
      signature: string;
      publicKey: string;
    } | null;
  };
};

export type VenueLogExportQueryVariables = Exact<{
  venueId: string | number;
}>;

export type VenueLogExportQuery = { __typename: 'Query'; venueLogExport: string };

export type SubmissionHistoryQueryVariables = Exact<{
  id: string | number;
}>;

export type SubmissionHistoryQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    history: Array<{
      __typename: 'AuditEvent';
      index: number;
      kind: string;
      label: string;
      objectType: string;
      objectId: string;
      actorId: string | null;
      at: string;
      summary: string;
      actor: { __typename: 'User'; id: string; name: string } | null;
    }>;
  };
};

export type ViewerFieldsFragment = {
  __typename: 'Viewer';
  id: string;
  name: string;
  email: string;
  siteAdmin: boolean;
  canCreateVenues: boolean;
  roles: Array<{ __typename: 'VenueRoleGrant'; venueId: string; role: VenueRole }>;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  __typename: 'Query';
  me: {
    __typename: 'Viewer';
    id: string;
    name: string;
    email: string;
    siteAdmin: boolean;
    canCreateVenues: boolean;
    roles: Array<{ __typename: 'VenueRoleGrant'; venueId: string; role: VenueRole }>;
  } | null;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  __typename: 'Mutation';
  login: {
    __typename: 'Viewer';
    id: string;
    name: string;
    email: string;
    siteAdmin: boolean;
    canCreateVenues: boolean;
    roles: Array<{ __typename: 'VenueRoleGrant'; venueId: string; role: VenueRole }>;
  };
};

export type RequestSignUpMutationVariables = Exact<{
  email: string;
}>;

export type RequestSignUpMutation = {
  __typename: 'Mutation';
  requestSignUp: { __typename: 'MailSent'; email: string; message: string };
};

export type SignUpLinkQueryVariables = Exact<{
  token: string;
}>;

export type SignUpLinkQuery = {
  __typename: 'Query';
  signUpLink: { __typename: 'SignUpLink'; email: string; expiresAt: string; accountExists: boolean };
};

export type CompleteSignUpMutationVariables = Exact<{
  input: CompleteSignUpInput;
}>;

export type CompleteSignUpMutation = {
  __typename: 'Mutation';
  completeSignUp: {
    __typename: 'Viewer';
    id: string;
    name: string;
    email: string;
    siteAdmin: boolean;
    canCreateVenues: boolean;
    roles: Array<{ __typename: 'VenueRoleGrant'; venueId: string; role: VenueRole }>;
  };
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = {
  __typename: 'Mutation';
  requestPasswordReset: { __typename: 'MailSent'; email: string; message: string };
};

export type PasswordResetLinkQueryVariables = Exact<{
  token: string;
}>;

export type PasswordResetLinkQuery = {
  __typename: 'Query';
  passwordResetLink: { __typename: 'PasswordResetLink'; email: string; expiresAt: string };
};

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = {
  __typename: 'Mutation';
  resetPassword: {
    __typename: 'Viewer';
    id: string;
    name: string;
    email: string;
    siteAdmin: boolean;
    canCreateVenues: boolean;
    roles: Array<{ __typename: 'VenueRoleGrant'; venueId: string; role: VenueRole }>;
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { __typename: 'Mutation'; logout: boolean };

export type CalendarFeedsQueryVariables = Exact<{ [key: string]: never }>;

export type CalendarFeedsQuery = {
  __typename: 'Query';
  calendarFeeds: Array<{
    __typename: 'CalendarFeedStatusModel';
    createdAt: string | null;
    venue: { __typename: 'Venue'; id: string; name: string; shortName: string } | null;
  }>;
};

export type CreateCalendarFeedMutationVariables = Exact<{
  venueId?: string | number | null | undefined;
}>;

export type CreateCalendarFeedMutation = {
  __typename: 'Mutation';
  createCalendarFeed: { __typename: 'CalendarFeedAddress'; url: string; createdAt: string };
};

export type RevokeCalendarFeedMutationVariables = Exact<{
  venueId?: string | number | null | undefined;
}>;

export type RevokeCalendarFeedMutation = { __typename: 'Mutation'; revokeCalendarFeed: boolean };

export type ConflictFieldsFragment = {
  __typename: 'Conflict';
  id: string;
  type: ConflictType;
  typeLabel: string;
  reason: string;
  declaredAt: string;
  revision: number;
  person: { __typename: 'User'; id: string; name: string };
  declaredBy: { __typename: 'User'; id: string; name: string };
};

export type SubmissionConflictsQueryVariables = Exact<{
  id: string | number;
}>;

export type SubmissionConflictsQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    viewerCan: { __typename: 'SubmissionViewerPermissions'; declareConflict: boolean; pinConflict: boolean };
    conflicts: Array<{
      __typename: 'Conflict';
      id: string;
      type: ConflictType;
      typeLabel: string;
      reason: string;
      declaredAt: string;
      revision: number;
      person: { __typename: 'User'; id: string; name: string };
      declaredBy: { __typename: 'User'; id: string; name: string };
    }>;
    conflictCandidates: Array<{ __typename: 'User'; id: string; name: string }>;
  };
};

export type DeclareConflictMutationVariables = Exact<{
  input: DeclareConflictInput;
}>;

export type DeclareConflictMutation = {
  __typename: 'Mutation';
  declareConflict: {
    __typename: 'Conflict';
    id: string;
    type: ConflictType;
    typeLabel: string;
    reason: string;
    declaredAt: string;
    revision: number;
    person: { __typename: 'User'; id: string; name: string };
    declaredBy: { __typename: 'User'; id: string; name: string };
  };
};

export type WithdrawConflictMutationVariables = Exact<{
  submissionId: string | number;
  userId: string | number;
  expectedRevision: number;
}>;

export type WithdrawConflictMutation = {
  __typename: 'Mutation';
  withdrawConflict: { __typename: 'Conflict'; id: string; withdrawnAt: string | null };
};

export type ApprovalListItemFieldsFragment = {
  __typename: 'ApprovalListItemModel';
  approvalId: string;
  state: ApprovalState;
  stateLabel: string;
  expiresAt: string | null;
  daysUntilExpiry: number | null;
  reportFiled: boolean;
  submission: { __typename: 'Submission'; id: string; title: string };
};

export type ApprovalStateCountFieldsFragment = {
  __typename: 'ApprovalStateCount';
  state: ApprovalState;
  label: string;
  count: number;
};

export type IncidentFieldsFragment = {
  __typename: 'Incident';
  id: string;
  revision: number;
  reference: string;
  state: IncidentState;
  stateLabel: string;
  approvalId: string | null;
  whatHappened: string;
  evidenceLinks: Array<string>;
  reporterEmail: string;
  shareWithAuthors: boolean;
  createdAt: string;
  confirmedAt: string | null;
  answer: string | null;
  availableActions: Array<TriageAction>;
  submission: {
    __typename: 'Submission';
    id: string;
    title: string;
    latestVersion: {
      __typename: 'StatementVersion';
      number: number;
      artifacts: Array<{ __typename: 'Artifact'; key: string; name: string }>;
    } | null;
  } | null;
  triage: Array<{
    __typename: 'IncidentTriageStep';
    action: TriageAction;
    label: string;
    reason: string;
    at: string;
    by: { __typename: 'User'; id: string; name: string } | null;
  }>;
};

export type ContinuingReviewQueryVariables = Exact<{
  venueId: string | number;
}>;

export type ContinuingReviewQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    shortName: string;
    continuingReview: {
      __typename: 'ContinuingReviewDashboard';
      counts: Array<{ __typename: 'ApprovalStateCount'; state: ApprovalState; label: string; count: number }>;
      series: Array<{
        __typename: 'ApprovalStatePoint';
        at: string;
        counts: Array<{
          __typename: 'ApprovalStateCount';
          state: ApprovalState;
          label: string;
          count: number;
        }>;
      }>;
      dueSoon: Array<{
        __typename: 'ApprovalListItemModel';
        approvalId: string;
        state: ApprovalState;
        stateLabel: string;
        expiresAt: string | null;
        daysUntilExpiry: number | null;
        reportFiled: boolean;
        submission: { __typename: 'Submission'; id: string; title: string };
      }>;
      underReevaluation: Array<{
        __typename: 'ApprovalListItemModel';
        approvalId: string;
        state: ApprovalState;
        stateLabel: string;
        expiresAt: string | null;
        daysUntilExpiry: number | null;
        reportFiled: boolean;
        submission: { __typename: 'Submission'; id: string; title: string };
      }>;
      lapsed: Array<{
        __typename: 'ApprovalListItemModel';
        approvalId: string;
        state: ApprovalState;
        stateLabel: string;
        expiresAt: string | null;
        daysUntilExpiry: number | null;
        reportFiled: boolean;
        submission: { __typename: 'Submission'; id: string; title: string };
      }>;
      suspended: Array<{
        __typename: 'ApprovalListItemModel';
        approvalId: string;
        state: ApprovalState;
        stateLabel: string;
        expiresAt: string | null;
        daysUntilExpiry: number | null;
        reportFiled: boolean;
        submission: { __typename: 'Submission'; id: string; title: string };
      }>;
    } | null;
    incidents: Array<{
      __typename: 'Incident';
      id: string;
      revision: number;
      reference: string;
      state: IncidentState;
      stateLabel: string;
      approvalId: string | null;
      whatHappened: string;
      evidenceLinks: Array<string>;
      reporterEmail: string;
      shareWithAuthors: boolean;
      createdAt: string;
      confirmedAt: string | null;
      answer: string | null;
      availableActions: Array<TriageAction>;
      submission: {
        __typename: 'Submission';
        id: string;
        title: string;
        latestVersion: {
          __typename: 'StatementVersion';
          number: number;
          artifacts: Array<{ __typename: 'Artifact'; key: string; name: string }>;
        } | null;
      } | null;
      triage: Array<{
        __typename: 'IncidentTriageStep';
        action: TriageAction;
        label: string;
        reason: string;
        at: string;
        by: { __typename: 'User'; id: string; name: string } | null;
      }>;
    }>;
    eventedApprovals: Array<{
      __typename: 'EventedApproval';
      approvalId: string;
      state: ApprovalState;
      stateLabel: string;
      submission: { __typename: 'Submission'; id: string; title: string };
      events: Array<{ __typename: 'EventedArtifact'; artifactName: string; releaseEvent: string }>;
    }>;
  };
};

export type EventedApprovalFieldsFragment = {
  __typename: 'EventedApproval';
  approvalId: string;
  state: ApprovalState;
  stateLabel: string;
  submission: { __typename: 'Submission'; id: string; title: string };
  events: Array<{ __typename: 'EventedArtifact'; artifactName: string; releaseEvent: string }>;
};

export type RecordExternalEventMutationVariables = Exact<{
  venueId: string | number;
  description: string;
  approvalIds: Array<string | number> | string | number;
}>;

export type RecordExternalEventMutation = {
  __typename: 'Mutation';
  recordExternalEvent: {
    __typename: 'ExternalEventResult';
    opened: Array<string>;
    skipped: Array<{ __typename: 'SkippedApproval'; approvalId: string; reason: string }>;
  };
};

export type TriageIncidentMutationVariables = Exact<{
  input: TriageIncidentInput;
}>;

export type TriageIncidentMutation = {
  __typename: 'Mutation';
  triageIncident: {
    __typename: 'Incident';
    id: string;
    revision: number;
    reference: string;
    state: IncidentState;
    stateLabel: string;
    approvalId: string | null;
    whatHappened: string;
    evidenceLinks: Array<string>;
    reporterEmail: string;
    shareWithAuthors: boolean;
    createdAt: string;
    confirmedAt: string | null;
    answer: string | null;
    availableActions: Array<TriageAction>;
    submission: {
      __typename: 'Submission';
      id: string;
      title: string;
      latestVersion: {
        __typename: 'StatementVersion';
        number: number;
        artifacts: Array<{ __typename: 'Artifact'; key: string; name: string }>;
      } | null;
    } | null;
    triage: Array<{
      __typename: 'IncidentTriageStep';
      action: TriageAction;
      label: string;
      reason: string;
      at: string;
      by: { __typename: 'User'; id: string; name: string } | null;
    }>;
  };
};

export type PlanItemFieldsFragment = {
  __typename: 'ReleasePlanItem';
  artifactKey: string;
  contentLevel: ContentLevel;
  timing: ReleaseTiming;
  distribution: ReleaseDistribution;
  embargoUntil: string | null;
  reviewEveryMonths: number | null;
  releaseEvent: string;
  accessConditions: string;
  stages: Array<{
    __typename: 'ReleaseStagePlan';
    description: string;
    opensOn: string | null;
    trigger: string;
  }>;
};

export type DecidedConditionFieldsFragment = {
  __typename: 'DecidedCondition';
  libraryId: string | null;
  text: string;
  artifactKey: string | null;
  artifactName: string | null;
  dueOn: string | null;
};

export type DecisionFieldsFragment = {
  __typename: 'Decision';
  id: string;
  forVersion: number;
  tier: Tier;
  outcome: DecisionOutcome;
  outcomeLabel: string;
  withoutReviewsReason: string;
  meetingId: string | null;
  decidedAt: string;
  sent: boolean;
  sentAt: string | null;
  conditions: Array<{
    __typename: 'DecidedCondition';
    libraryId: string | null;
    text: string;
    artifactKey: string | null;
    artifactName: string | null;
    dueOn: string | null;
  }>;
  releasePlan: Array<{
    __typename: 'ReleasePlanItem';
    artifactKey: string;
    contentLevel: ContentLevel;
    timing: ReleaseTiming;
    distribution: ReleaseDistribution;
    embargoUntil: string | null;
    reviewEveryMonths: number | null;
    releaseEvent: string;
    accessConditions: string;
    stages: Array<{
      __typename: 'ReleaseStagePlan';
      description: string;
      opensOn: string | null;
      trigger: string;
    }>;
  }>;
  releasePlanComparison: Array<{
    __typename: 'ReleasePlanChange';
    artifactKey: string;
    artifactName: string;
    status: string;
    changedParts: Array<string>;
    proposed: {
      __typename: 'ReleasePlanItem';
      artifactKey: string;
      contentLevel: ContentLevel;
      timing: ReleaseTiming;
      distribution: ReleaseDistribution;
      embargoUntil: string | null;
      reviewEveryMonths: number | null;
      releaseEvent: string;
      accessConditions: string;
      stages: Array<{
        __typename: 'ReleaseStagePlan';
        description: string;
        opensOn: string | null;
        trigger: string;
      }>;
    } | null;
    decided: {
      __typename: 'ReleasePlanItem';
      artifactKey: string;
      contentLevel: ContentLevel;
      timing: ReleaseTiming;
      distribution: ReleaseDistribution;
      embargoUntil: string | null;
      reviewEveryMonths: number | null;
      releaseEvent: string;
      accessConditions: string;
      stages: Array<{
        __typename: 'ReleaseStagePlan';
        description: string;
        opensOn: string | null;
        trigger: string;
      }>;
    } | null;
  }>;
  reviewsCounted: { __typename: 'KindCounts'; expert: number; community: number };
  decidedBy: { __typename: 'User'; id: string; name: string } | null;
  letter: { __typename: 'DecisionLetter'; subject: string; body: string } | null;
};

export type DecisionHistoryFieldsFragment = {
  __typename: 'Decision';
  id: string;
  forVersion: number;
  outcome: DecisionOutcome;
  outcomeLabel: string;
  sentAt: string | null;
};

export type SubmissionDecisionQueryVariables = Exact<{
  id: string | number;
}>;

export type SubmissionDecisionQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    title: string;
    revision: number;
    tier: Tier | null;
    tierStatus: TierStatus | null;
    viewerCan: {
      __typename: 'SubmissionViewerPermissions';
      bid: boolean;
      comment: boolean;
      decide: boolean;
      decideTier: boolean;
      declareConflict: boolean;
      edit: boolean;
      manageAssignments: boolean;
      pinConflict: boolean;
      releaseReviews: boolean;
      respond: boolean;
      writeReview: boolean;
    };
    venue: {
      __typename: 'Venue';
      id: string;
      timeZone: string;
      tierPolicy: {
        __typename: 'TierPolicy';
        exempt: {
          __typename: 'TierRequirement';
          chairCheck: boolean;
          expertReviewers: number;
          communityReviewers: number;
          reviewDays: number;
          disapproval: DisapprovalRule;
        };
        expedited: {
          __typename: 'TierRequirement';
          chairCheck: boolean;
          expertReviewers: number;
          communityReviewers: number;
          reviewDays: number;
          disapproval: DisapprovalRule;
        };
        full: {
          __typename: 'TierRequirement';
          chairCheck: boolean;
          expertReviewers: number;
          communityReviewers: number;
          reviewDays: number;
          disapproval: DisapprovalRule;
        };
      };
      continuingReviewPolicy: {
        __typename: 'ContinuingReviewPolicy';
        reminderDays: Array<number>;
        periodMonths: {
          __typename: 'ApprovalPeriods';
          exempt: number | null;
          expedited: number | null;
          full: number | null;
        };
      };
    };
    authors: Array<{ __typename: 'User'; id: string }>;
    versions: Array<{ __typename: 'StatementVersionSummary'; number: number; submittedAt: string }>;
    latestVersion: {
      __typename: 'StatementVersion';
      number: number;
      artifacts: Array<{
        __typename: 'Artifact';
        key: string;
        kind: ArtifactKind;
        name: string;
        description: string;
        powerLevel: PowerLevel;
      }>;
      content: {
        __typename: 'StatementContent';
        summary: string;
        accessRatchetStage: AccessRatchetStage | null;
        accessRatchetJustification: string;
        benefits: string;
        affectedGroups: Array<string>;
        hazards: Array<{
          __typename: 'Hazard';
          kind: HazardKind;
          description: string;
          severity: Severity | null;
        }>;
        pathToHarm: Array<{
          __typename: 'PathToHarmRating';
          factor: PathToHarmFactor;
          rating: Rating | null;
          justification: string;
        }>;
        indirectHarms: Array<{
          __typename: 'IndirectHarm';
          kind: IndirectHarmKind;
          applies: boolean | null;
          description: string;
        }>;
        mitigationChallenges: Array<{
          __typename: 'MitigationChallenge';
          kind: MitigationChallengeKind;
          applies: boolean | null;
          description: string;
        }>;
        mitigations: Array<{ __typename: 'Mitigation'; kind: MitigationKind; description: string }>;
        releasePlan: Array<{
          __typename: 'ReleasePlanItem';
          artifactKey: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
          embargoUntil: string | null;
          reviewEveryMonths: number | null;
          releaseEvent: string;
          accessConditions: string;
          stages: Array<{
            __typename: 'ReleaseStagePlan';
            description: string;
            opensOn: string | null;
            trigger: string;
          }>;
        }>;
      };
    } | null;
    reviews: Array<{
      __typename: 'Review';
      id: string;
      kind: ReviewerKind;
      state: ReviewState;
      round: number;
    }>;
    conditionLibrary: Array<{
      __typename: 'ConditionLibraryEntryModel';
      id: string;
      text: string;
      needsArtifact: boolean;
      needsDueDate: boolean;
    }>;
    decision: {
      __typename: 'Decision';
      id: string;
      forVersion: number;
      tier: Tier;
      outcome: DecisionOutcome;
      outcomeLabel: string;
      withoutReviewsReason: string;
      meetingId: string | null;
      decidedAt: string;
      sent: boolean;
      sentAt: string | null;
      conditions: Array<{
        __typename: 'DecidedCondition';
        libraryId: string | null;
        text: string;
        artifactKey: string | null;
        artifactName: string | null;
        dueOn: string | null;
      }>;
      releasePlan: Array<{
        __typename: 'ReleasePlanItem';
        artifactKey: string;
        contentLevel: ContentLevel;
        timing: ReleaseTiming;
        distribution: ReleaseDistribution;
        embargoUntil: string | null;
        reviewEveryMonths: number | null;
        releaseEvent: string;
        accessConditions: string;
        stages: Array<{
          __typename: 'ReleaseStagePlan';
          description: string;
          opensOn: string | null;
          trigger: string;
        }>;
      }>;
      releasePlanComparison: Array<{
        __typename: 'ReleasePlanChange';
        artifactKey: string;
        artifactName: string;
        status: string;
        changedParts: Array<string>;
        proposed: {
          __typename: 'ReleasePlanItem';
          artifactKey: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
          embargoUntil: string | null;
          reviewEveryMonths: number | null;
          releaseEvent: string;
          accessConditions: string;
          stages: Array<{
            __typename: 'ReleaseStagePlan';
            description: string;
            opensOn: string | null;
            trigger: string;
          }>;
        } | null;
        decided: {
          __typename: 'ReleasePlanItem';
          artifactKey: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
          embargoUntil: string | null;
          reviewEveryMonths: number | null;
          releaseEvent: string;
          accessConditions: string;
          stages: Array<{
            __typename: 'ReleaseStagePlan';
            description: string;
            opensOn: string | null;
            trigger: string;
          }>;
        } | null;
      }>;
      reviewsCounted: { __typename: 'KindCounts'; expert: number; community: number };
      decidedBy: { __typename: 'User'; id: string; name: string } | null;
      letter: { __typename: 'DecisionLetter'; subject: string; body: string } | null;
    } | null;
    decisionHistory: Array<{
      __typename: 'Decision';
      id: string;
      forVersion: number;
      outcome: DecisionOutcome;
      outcomeLabel: string;
      sentAt: string | null;
    }>;
    approval: {
      __typename: 'Approval';
      id: string;
      revision: number;
      state: ApprovalState;
      stateLabel: string;
      consequence: string;
      outcome: DecisionOutcome;
      tier: Tier;
      forVersion: number;
      approvedAt: string;
      expiresAt: string | null;
      daysUntilExpiry: number | null;
      reevaluationOpensAt: string | null;
      remindersSent: Array<number>;
      availableActions: Array<ApprovalAction>;
      reevaluation: {
        __typename: 'Reevaluation';
        id: string;
        revision: number;
        state: string;
        trigger: ReevaluationTrigger;
        triggerLabel: string;
        reason: string;
        openedAt: string;
        report: {
          __typename: 'ContinuingReviewReportModel';
          progress: string;
          changes: string;
          incidents: string;
          replication: string;
          milestones: string;
          submittedAt: string;
          conditions: Array<{
            __typename: 'ReportConditionAnswer';
            condition: string;
            status: ConditionStatus;
            statusLabel: string;
            note: string;
          }>;
          submittedBy: { __typename: 'User'; id: string; name: string } | null;
        } | null;
        recommendations: Array<{
          __typename: 'ReevaluationRecommendationModel';
          mine: boolean;
          outcome: ReevaluationOutcome;
          outcomeLabel: string;
          comment: string;
          at: string;
          reviewer: { __typename: 'User'; id: string; name: string } | null;
        }>;
        tally: Array<{
          __typename: 'RecommendationCount';
          outcome: ReevaluationOutcome;
          outcomeLabel: string;
          count: number;
        }>;
        decision: {
          __typename: 'ReevaluationDecisionModel';
          outcome: ReevaluationOutcome;
          outcomeLabel: string;
          reason: string;
          withoutReportReason: string;
          decidedAt: string;
        } | null;
        viewerCan: {
          __typename: 'ReevaluationPermissions';
          report: boolean;
          recommend: boolean;
          decide: boolean;
        };
      } | null;
      suspendedArtifacts: Array<{ __typename: 'ApprovalArtifact'; key: string; name: string }>;
      lastChange: {
        __typename: 'ApprovalTransition';
        action: string;
        label: string;
        by: ApprovalActor;
        reason: string;
        at: string;
        actor: { __typename: 'User'; id: string; name: string } | null;
      };
      conditions: Array<{
        __typename: 'DecidedCondition';
        libraryId: string | null;
        text: string;
        artifactKey: string | null;
        artifactName: string | null;
        dueOn: string | null;
      }>;
      releasePlan: Array<{
        __typename: 'ReleasePlanItem';
        artifactKey: string;
        contentLevel: ContentLevel;
        timing: ReleaseTiming;
        distribution: ReleaseDistribution;
        embargoUntil: string | null;
        reviewEveryMonths: number | null;
        releaseEvent: string;
        accessConditions: string;
        stages: Array<{
          __typename: 'ReleaseStagePlan';
          description: string;
          opensOn: string | null;
          trigger: string;
        }>;
      }>;
    } | null;
    letterDraft: { __typename: 'DecisionLetter'; subject: string; body: string } | null;
  };
};

export type RecordDecisionMutationVariables = Exact<{
  submissionId: string | number;
  expectedRevision: number;
  decision: DecisionInput;
}>;

export type RecordDecisionMutation = {
  __typename: 'Mutation';
  recordDecision: {
    __typename: 'DecisionResult';
    referredToFull: boolean;
    referral: string | null;
    submission: {
      __typename: 'Submission';
      id: string;
      revision: number;
      tier: Tier | null;
      tierStatus: TierStatus | null;
      tierDecision: {
        __typename: 'TierDecision';
        tier: Tier;
        suggestedTier: Tier;
        reason: string;
        decidedAt: string;
        forVersion: number;
        decidedBy: { __typename: 'User'; id: string; name: string };
      } | null;
      tierHistory: Array<{
        __typename: 'TierDecision';
        tier: Tier;
        suggestedTier: Tier;
        reason: string;
        decidedAt: string;
        forVersion: number;
        decidedBy: { __typename: 'User'; id: string; name: string };
      }>;
      decision: {
        __typename: 'Decision';
        id: string;
        forVersion: number;
        tier: Tier;
        outcome: DecisionOutcome;
        outcomeLabel: string;
        withoutReviewsReason: string;
        meetingId: string | null;
        decidedAt: string;
        sent: boolean;
        sentAt: string | null;
        conditions: Array<{
          __typename: 'DecidedCondition';
          libraryId: string | null;
          text: string;
          artifactKey: string | null;
          artifactName: string | null;
          dueOn: string | null;
        }>;
        releasePlan: Array<{
          __typename: 'ReleasePlanItem';
          artifactKey: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
          embargoUntil: string | null;
          reviewEveryMonths: number | null;
          releaseEvent: string;
          accessConditions: string;
          stages: Array<{
            __typename: 'ReleaseStagePlan';
            description: string;
            opensOn: string | null;
            trigger: string;
          }>;
        }>;
        releasePlanComparison: Array<{
          __typename: 'ReleasePlanChange';
          artifactKey: string;
          artifactName: string;
          status: string;
          changedParts: Array<string>;
          proposed: {
            __typename: 'ReleasePlanItem';
            artifactKey: string;
            contentLevel: ContentLevel;
            timing: ReleaseTiming;
            distribution: ReleaseDistribution;
            embargoUntil: string | null;
            reviewEveryMonths: number | null;
            releaseEvent: string;
            accessConditions: string;
            stages: Array<{
              __typename: 'ReleaseStagePlan';
              description: string;
              opensOn: string | null;
              trigger: string;
            }>;
          } | null;
          decided: {
            __typename: 'ReleasePlanItem';
            artifactKey: string;
            contentLevel: ContentLevel;
            timing: ReleaseTiming;
            distribution: ReleaseDistribution;
            embargoUntil: string | null;
            reviewEveryMonths: number | null;
            releaseEvent: string;
            accessConditions: string;
            stages: Array<{
              __typename: 'ReleaseStagePlan';
              description: string;
              opensOn: string | null;
              trigger: string;
            }>;
          } | null;
        }>;
        reviewsCounted: { __typename: 'KindCounts'; expert: number; community: number };
        decidedBy: { __typename: 'User'; id: string; name: string } | null;
        letter: { __typename: 'DecisionLetter'; subject: string; body: string } | null;
      } | null;
      letterDraft: { __typename: 'DecisionLetter'; subject: string; body: string } | null;
    };
  };
};

export type SendDecisionMutationVariables = Exact<{
  submissionId: string | number;
  expectedRevision: number;
  letter: LetterInput;
}>;

export type SendDecisionMutation = {
  __typename: 'Mutation';
  sendDecision: {
    __typename: 'Submission';
    id: string;
    revision: number;
    decision: {
      __typename: 'Decision';
      id: string;
      forVersion: number;
      tier: Tier;
      outcome: DecisionOutcome;
      outcomeLabel: string;
      withoutReviewsReason: string;
      meetingId: string | null;
      decidedAt: string;
      sent: boolean;
      sentAt: string | null;
      conditions: Array<{
        __typename: 'DecidedCondition';
        libraryId: string | null;
        text: string;
        artifactKey: string | null;
        artifactName: string | null;
        dueOn: string | null;
      }>;
      releasePlan: Array<{
        __typename: 'ReleasePlanItem';
        artifactKey: string;
        contentLevel: ContentLevel;
        timing: ReleaseTiming;
        distribution: ReleaseDistribution;
        embargoUntil: string | null;
        reviewEveryMonths: number | null;
        releaseEvent: string;
        accessConditions: string;
        stages: Array<{
          __typename: 'ReleaseStagePlan';
          description: string;
          opensOn: string | null;
          trigger: string;
        }>;
      }>;
      releasePlanComparison: Array<{
        __typename: 'ReleasePlanChange';
        artifactKey: string;
        artifactName: string;
        status: string;
        changedParts: Array<string>;
        proposed: {
          __typename: 'ReleasePlanItem';
          artifactKey: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
          embargoUntil: string | null;
          reviewEveryMonths: number | null;
          releaseEvent: string;
          accessConditions: string;
          stages: Array<{
            __typename: 'ReleaseStagePlan';
            description: string;
            opensOn: string | null;
            trigger: string;
          }>;
        } | null;
        decided: {
          __typename: 'ReleasePlanItem';
          artifactKey: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
          embargoUntil: string | null;
          reviewEveryMonths: number | null;
          releaseEvent: string;
          accessConditions: string;
          stages: Array<{
            __typename: 'ReleaseStagePlan';
            description: string;
            opensOn: string | null;
            trigger: string;
          }>;
        } | null;
      }>;
      reviewsCounted: { __typename: 'KindCounts'; expert: number; community: number };
      decidedBy: { __typename: 'User'; id: string; name: string } | null;
      letter: { __typename: 'DecisionLetter'; subject: string; body: string } | null;
    } | null;
    decisionHistory: Array<{
      __typename: 'Decision';
      id: string;
      forVersion: number;
      outcome: DecisionOutcome;
      outcomeLabel: string;
      sentAt: string | null;
    }>;
    approval: {
      __typename: 'Approval';
      id: string;
      revision: number;
      state: ApprovalState;
      stateLabel: string;
      consequence: string;
      outcome: DecisionOutcome;
      tier: Tier;
      forVersion: number;
      approvedAt: string;
      expiresAt: string | null;
      daysUntilExpiry: number | null;
      reevaluationOpensAt: string | null;
      remindersSent: Array<number>;
      availableActions: Array<ApprovalAction>;
      reevaluation: {
        __typename: 'Reevaluation';
        id: string;
        revision: number;
        state: string;
        trigger: ReevaluationTrigger;
        triggerLabel: string;
        reason: string;
        openedAt: string;
        report: {
          __typename: 'ContinuingReviewReportModel';
          progress: string;
          changes: string;
          incidents: string;
          replication: string;
          milestones: string;
          submittedAt: string;
          conditions: Array<{
            __typename: 'ReportConditionAnswer';
            condition: string;
            status: ConditionStatus;
            statusLabel: string;
            note: string;
          }>;
          submittedBy: { __typename: 'User'; id: string; name: string } | null;
        } | null;
        recommendations: Array<{
          __typename: 'ReevaluationRecommendationModel';
          mine: boolean;
          outcome: ReevaluationOutcome;
          outcomeLabel: string;
          comment: string;
          at: string;
          reviewer: { __typename: 'User'; id: string; name: string } | null;
        }>;
        tally: Array<{
          __typename: 'RecommendationCount';
          outcome: ReevaluationOutcome;
          outcomeLabel: string;
          count: number;
        }>;
        decision: {
          __typename: 'ReevaluationDecisionModel';
          outcome: ReevaluationOutcome;
          outcomeLabel: string;
          reason: string;
          withoutReportReason: string;
          decidedAt: string;
        } | null;
        viewerCan: {
          __typename: 'ReevaluationPermissions';
          report: boolean;
          recommend: boolean;
          decide: boolean;
        };
      } | null;
      suspendedArtifacts: Array<{ __typename: 'ApprovalArtifact'; key: string; name: string }>;
      lastChange: {
        __typename: 'ApprovalTransition';
        action: string;
        label: string;
        by: ApprovalActor;
        reason: string;
        at: string;
        actor: { __typename: 'User'; id: string; name: string } | null;
      };
      conditions: Array<{
        __typename: 'DecidedCondition';
        libraryId: string | null;
        text: string;
        artifactKey: string | null;
        artifactName: string | null;
        dueOn: string | null;
      }>;
      releasePlan: Array<{
        __typename: 'ReleasePlanItem';
        artifactKey: string;
        contentLevel: ContentLevel;
        timing: ReleaseTiming;
        distribution: ReleaseDistribution;
        embargoUntil: string | null;
        reviewEveryMonths: number | null;
        releaseEvent: string;
        accessConditions: string;
        stages: Array<{
          __typename: 'ReleaseStagePlan';
          description: string;
          opensOn: string | null;
          trigger: string;
        }>;
      }>;
    } | null;
    letterDraft: { __typename: 'DecisionLetter'; subject: string; body: string } | null;
  };
};

export type DecisionSettingsFieldsFragment = {
  __typename: 'DecisionSettings';
  revision: number;
  conditionLibrary: Array<{
    __typename: 'ConditionLibraryEntryModel';
    id: string;
    text: string;
    needsArtifact: boolean;
    needsDueDate: boolean;
  }>;
  letterTemplates: Array<{
    __typename: 'LetterTemplateModel';
    outcome: DecisionOutcome;
    subject: string;
    body: string;
    custom: boolean;
  }>;
  variables: Array<{ __typename: 'LetterVariableModel'; name: string; description: string }>;
};

export type DecisionSettingsQueryVariables = Exact<{
  venueId: string | number;
}>;

export type DecisionSettingsQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    name: string;
    decisionSettings: {
      __typename: 'DecisionSettings';
      revision: number;
      conditionLibrary: Array<{
        __typename: 'ConditionLibraryEntryModel';
        id: string;
        text: string;
        needsArtifact: boolean;
        needsDueDate: boolean;
      }>;
      letterTemplates: Array<{
        __typename: 'LetterTemplateModel';
        outcome: DecisionOutcome;
        subject: string;
        body: string;
        custom: boolean;
      }>;
      variables: Array<{ __typename: 'LetterVariableModel'; name: string; description: string }>;
    } | null;
  };
};

export type UpdateConditionLibraryMutationVariables = Exact<{
  venueId: string | number;
  entries: Array<ConditionLibraryEntryInput> | ConditionLibraryEntryInput;
  expectedRevision: number;
}>;

export type UpdateConditionLibraryMutation = {
  __typename: 'Mutation';
  updateConditionLibrary: {
    __typename: 'DecisionSettings';
    revision: number;
    conditionLibrary: Array<{
      __typename: 'ConditionLibraryEntryModel';
      id: string;
      text: string;
      needsArtifact: boolean;
      needsDueDate: boolean;
    }>;
    letterTemplates: Array<{
      __typename: 'LetterTemplateModel';
      outcome: DecisionOutcome;
      subject: string;
      body: string;
      custom: boolean;
    }>;
    variables: Array<{ __typename: 'LetterVariableModel'; name: string; description: string }>;
  };
};

export type UpdateLetterTemplateMutationVariables = Exact<{
  venueId: string | number;
  outcome: DecisionOutcome;
  template?: LetterInput | null | undefined;
  expectedRevision: number;
}>;

export type UpdateLetterTemplateMutation = {
  __typename: 'Mutation';
  updateLetterTemplate: {
    __typename: 'DecisionSettings';
    revision: number;
    conditionLibrary: Array<{
      __typename: 'ConditionLibraryEntryModel';
      id: string;
      text: string;
      needsArtifact: boolean;
      needsDueDate: boolean;
    }>;
    letterTemplates: Array<{
      __typename: 'LetterTemplateModel';
      outcome: DecisionOutcome;
      subject: string;
      body: string;
      custom: boolean;
    }>;
    variables: Array<{ __typename: 'LetterVariableModel'; name: string; description: string }>;
  };
};

export type SubmissionPermissionsFieldsFragment = {
  __typename: 'SubmissionViewerPermissions';
  bid: boolean;
  comment: boolean;
  decide: boolean;
  decideTier: boolean;
  declareConflict: boolean;
  edit: boolean;
  manageAssignments: boolean;
  pinConflict: boolean;
  releaseReviews: boolean;
  respond: boolean;
  writeReview: boolean;
};

export type DiscussionParticipantFieldsFragment = {
  __typename: 'DiscussionParticipant';
  id: string;
  label: string;
  role: string;
  person: { __typename: 'User'; id: string; name: string } | null;
};

export type DiscussionFieldsFragment = {
  __typename: 'Discussion';
  unread: number;
  comments: Array<{
    __typename: 'DiscussionComment';
    id: string;
    body: string;
    createdAt: string;
    mine: boolean;
    author: {
      __typename: 'DiscussionParticipant';
      id: string;
      label: string;
      role: string;
      person: { __typename: 'User'; id: string; name: string } | null;
    };
    mentions: Array<{
      __typename: 'DiscussionParticipant';
      id: string;
      label: string;
      role: string;
      person: { __typename: 'User'; id: string; name: string } | null;
    }>;
  }>;
  participants: Array<{
    __typename: 'DiscussionParticipant';
    id: string;
    label: string;
    role: string;
    person: { __typename: 'User'; id: string; name: string } | null;
  }>;
};

export type SubmissionDiscussionQueryVariables = Exact<{
  id: string | number;
}>;

export type SubmissionDiscussionQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    viewerCan: {
      __typename: 'SubmissionViewerPermissions';
      bid: boolean;
      comment: boolean;
      decide: boolean;
      decideTier: boolean;
      declareConflict: boolean;
      edit: boolean;
      manageAssignments: boolean;
      pinConflict: boolean;
      releaseReviews: boolean;
      respond: boolean;
      writeReview: boolean;
    };
    discussion: {
      __typename: 'Discussion';
      unread: number;
      comments: Array<{
        __typename: 'DiscussionComment';
        id: string;
        body: string;
        createdAt: string;
        mine: boolean;
        author: {
          __typename: 'DiscussionParticipant';
          id: string;
          label: string;
          role: string;
          person: { __typename: 'User'; id: string; name: string } | null;
        };
        mentions: Array<{
          __typename: 'DiscussionParticipant';
          id: string;
          label: string;
          role: string;
          person: { __typename: 'User'; id: string; name: string } | null;
        }>;
      }>;
      participants: Array<{
        __typename: 'DiscussionParticipant';
        id: string;
        label: string;
        role: string;
        person: { __typename: 'User'; id: string; name: string } | null;
      }>;
    } | null;
  };
};

export type PostCommentMutationVariables = Exact<{
  submissionId: string | number;
  body: string;
  mentions: Array<string | number> | string | number;
}>;

export type PostCommentMutation = {
  __typename: 'Mutation';
  postComment: {
    __typename: 'Discussion';
    unread: number;
    comments: Array<{
      __typename: 'DiscussionComment';
      id: string;
      body: string;
      createdAt: string;
      mine: boolean;
      author: {
        __typename: 'DiscussionParticipant';
        id: string;
        label: string;
        role: string;
        person: { __typename: 'User'; id: string; name: string } | null;
      };
      mentions: Array<{
        __typename: 'DiscussionParticipant';
        id: string;
        label: string;
        role: string;
        person: { __typename: 'User'; id: string; name: string } | null;
      }>;
    }>;
    participants: Array<{
      __typename: 'DiscussionParticipant';
      id: string;
      label: string;
      role: string;
      person: { __typename: 'User'; id: string; name: string } | null;
    }>;
  };
};

export type MarkDiscussionReadMutationVariables = Exact<{
  submissionId: string | number;
}>;

export type MarkDiscussionReadMutation = { __typename: 'Mutation'; markDiscussionRead: number };

export type AuthorResponseFieldsFragment = {
  __typename: 'AuthorResponse';
  text: string;
  wordCount: number;
  submittedAt: string;
  revision: number;
};

export type AuthorResponseQueryVariables = Exact<{
  id: string | number;
}>;

export type AuthorResponseQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    reviewsReleased: boolean;
    viewerCan: {
      __typename: 'SubmissionViewerPermissions';
      bid: boolean;
      comment: boolean;
      decide: boolean;
      decideTier: boolean;
      declareConflict: boolean;
      edit: boolean;
      manageAssignments: boolean;
      pinConflict: boolean;
      releaseReviews: boolean;
      respond: boolean;
      writeReview: boolean;
    };
    venue: { __typename: 'Venue'; id: string; timeZone: string };
    responseWindow: {
      __typename: 'ResponseWindowInfo';
      open: boolean;
      reason: string | null;
      deadline: string | null;
      wordLimit: number;
    } | null;
    authorResponse: {
      __typename: 'AuthorResponse';
      text: string;
      wordCount: number;
      submittedAt: string;
      revision: number;
    } | null;
  };
};

export type SubmitAuthorResponseMutationVariables = Exact<{
  submissionId: string | number;
  text: string;
  expectedRevision: number;
}>;

export type SubmitAuthorResponseMutation = {
  __typename: 'Mutation';
  submitAuthorResponse: {
    __typename: 'AuthorResponse';
    text: string;
    wordCount: number;
    submittedAt: string;
    revision: number;
  };
};

export type ResponsePhaseQueryVariables = Exact<{
  venueId: string | number;
}>;

export type ResponsePhaseQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    revision: number;
    timeZone: string;
    reviewsReopenedUntil: string | null;
    responsePhase: { __typename: 'ResponsePhase'; open: boolean; deadline: string | null; wordLimit: number };
  };
};

export type UpdateResponsePhaseMutationVariables = Exact<{
  venueId: string | number;
  phase: ResponsePhaseInput;
  reviewsReopenedUntil?: string | null | undefined;
  expectedRevision: number;
}>;

export type UpdateResponsePhaseMutation = {
  __typename: 'Mutation';
  updateResponsePhase: {
    __typename: 'Venue';
    id: string;
    revision: number;
    reviewsReopenedUntil: string | null;
    responsePhase: { __typename: 'ResponsePhase'; open: boolean; deadline: string | null; wordLimit: number };
  };
};

export type PublicVenuesQueryVariables = Exact<{ [key: string]: never }>;

export type PublicVenuesQuery = {
  __typename: 'Query';
  venues: Array<{
    __typename: 'Venue';
    id: string;
    name: string;
    shortName: string;
    kind: VenueKind;
    description: string;
    parentVenue: { __typename: 'Venue'; id: string; shortName: string } | null;
    awaitingApprovalBy: { __typename: 'Venue'; id: string; shortName: string } | null;
    deadlines: Array<{ __typename: 'Deadline'; label: string; dueAt: string }>;
  }>;
};

export type VenueJobFieldsFragment = {
  __typename: 'VenueJob';
  id: string;
  summary: string;
  name: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export type VenueJobsQueryVariables = Exact<{
  venueId: string | number;
  state?: JobState | null | undefined;
  offset: number;
  limit: number;
}>;

export type VenueJobsQuery = {
  __typename: 'Query';
  venueJobs: {
    __typename: 'VenueJobPage';
    total: number;
    counts: {
      __typename: 'JobStateCounts';
      waiting: number;
      running: number;
      succeeded: number;
      failed: number;
    };
    jobs: Array<{
      __typename: 'VenueJob';
      id: string;
      summary: string;
      name: string;
      state: JobState;
      attempts: number;
      maxAttempts: number;
      runAt: string;
      lastError: string | null;
      createdAt: string;
      finishedAt: string | null;
    }>;
  };
};

export type RetryJobMutationVariables = Exact<{
  id: string | number;
}>;

export type RetryJobMutation = {
  __typename: 'Mutation';
  retryJob: {
    __typename: 'VenueJob';
    id: string;
    summary: string;
    name: string;
    state: JobState;
    attempts: number;
    maxAttempts: number;
    runAt: string;
    lastError: string | null;
    createdAt: string;
    finishedAt: string | null;
  };
};

export type MeetingItemFieldsFragment = {
  __typename: 'AgendaItem';
  position: number;
  state: string;
  recused: boolean;
  recusedCount: number;
  outcome: DecisionOutcome | null;
  submission: { __typename: 'Submission'; id: string; title: string } | null;
  quorum: {
    __typename: 'Quorum';
    met: boolean;
    counted: number;
    needed: number;
    communityCounted: number;
    explanation: string;
  };
};

export type OpenMotionFieldsFragment = {
  __typename: 'Motion';
  id: string;
  submissionId: string;
  text: string;
  state: MotionState;
  proposedOutcome: DecisionOutcome;
  proposedOutcomeLabel: string;
  conditions: Array<string>;
  votesCast: number;
  myVote: VoteChoice | null;
};

export type MotionRecordFieldsFragment = {
  __typename: 'Motion';
  id: string;
  submissionId: string;
  text: string;
  state: MotionState;
  proposedOutcomeLabel: string;
  conditions: Array<string>;
  votesCast: number;
  for: number | null;
  against: number | null;
  abstain: number | null;
  result: string | null;
  votes: Array<{
    __typename: 'MotionVote';
    choice: VoteChoice;
    person: { __typename: 'User'; id: string; name: string };
  }>;
};

export type MeetingLiveFieldsFragment = {
  __typename: 'Meeting';
  id: string;
  title: string;
  scheduledFor: string;
  state: MeetingState;
  requireCommunityMember: boolean;
  startedAt: string | null;
  endedAt: string | null;
  viewerPresent: boolean;
  viewerCan: { __typename: 'MeetingViewerPermissions'; manage: boolean; vote: boolean };
  members: Array<{
    __typename: 'MeetingMember';
    community: boolean;
    voting: boolean;
    present: boolean;
    person: { __typename: 'User'; id: string; name: string };
  }>;
  items: Array<{
    __typename: 'AgendaItem';
    position: number;
    state: string;
    recused: boolean;
    recusedCount: number;
    outcome: DecisionOutcome | null;
    submission: { __typename: 'Submission'; id: string; title: string } | null;
    quorum: {
      __typename: 'Quorum';
      met: boolean;
      counted: number;
      needed: number;
      communityCounted: number;
      explanation: string;
    };
  }>;
  currentItem: { __typename: 'AgendaItem'; position: number } | null;
  openMotion: {
    __typename: 'Motion';
    id: string;
    submissionId: string;
    text: string;
    state: MotionState;
    proposedOutcome: DecisionOutcome;
    proposedOutcomeLabel: string;
    conditions: Array<string>;
    votesCast: number;
    myVote: VoteChoice | null;
  } | null;
};

export type MeetingsOfVenueQueryVariables = Exact<{
  venueId: string | number;
}>;

export type MeetingsOfVenueQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    meetings: Array<{
      __typename: 'Meeting';
      id: string;
      title: string;
      scheduledFor: string;
      state: MeetingState;
      items: Array<{ __typename: 'AgendaItem'; state: string }>;
    }>;
  };
};

export type MeetingConveneChoicesQueryVariables = Exact<{
  venueId: string | number;
}>;

export type MeetingConveneChoicesQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    members: Array<{
      __typename: 'VenueMember';
      roles: Array<VenueRole>;
      user: { __typename: 'User'; id: string; name: string };
    }>;
    meetingCandidates: Array<{ __typename: 'Submission'; id: string; title: string }>;
  };
};

export type MeetingLiveQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingLiveQuery = {
  __typename: 'Query';
  meeting: {
    __typename: 'Meeting';
    id: string;
    title: string;
    scheduledFor: string;
    state: MeetingState;
    requireCommunityMember: boolean;
    startedAt: string | null;
    endedAt: string | null;
    viewerPresent: boolean;
    viewerCan: { __typename: 'MeetingViewerPermissions'; manage: boolean; vote: boolean };
    members: Array<{
      __typename: 'MeetingMember';
      community: boolean;
      voting: boolean;
      present: boolean;
      person: { __typename: 'User'; id: string; name: string };
    }>;
    items: Array<{
      __typename: 'AgendaItem';
      position: number;
      state: string;
      recused: boolean;
      recusedCount: number;
      outcome: DecisionOutcome | null;
      submission: { __typename: 'Submission'; id: string; title: string } | null;
      quorum: {
        __typename: 'Quorum';
        met: boolean;
        counted: number;
        needed: number;
        communityCounted: number;
        explanation: string;
      };
    }>;
    currentItem: { __typename: 'AgendaItem'; position: number } | null;
    openMotion: {
      __typename: 'Motion';
      id: string;
      submissionId: string;
      text: string;
      state: MotionState;
      proposedOutcome: DecisionOutcome;
      proposedOutcomeLabel: string;
      conditions: Array<string>;
      votesCast: number;
      myVote: VoteChoice | null;
    } | null;
  };
};

export type MeetingRecordQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingRecordQuery = {
  __typename: 'Query';
  meeting: {
    __typename: 'Meeting';
    id: string;
    minutes: string | null;
    motions: Array<{
      __typename: 'Motion';
      id: string;
      submissionId: string;
      text: string;
      state: MotionState;
      proposedOutcomeLabel: string;
      conditions: Array<string>;
      votesCast: number;
      for: number | null;
      against: number | null;
      abstain: number | null;
      result: string | null;
      votes: Array<{
        __typename: 'MotionVote';
        choice: VoteChoice;
        person: { __typename: 'User'; id: string; name: string };
      }>;
    }>;
  };
};

export type MeetingStatementPlanQueryVariables = Exact<{
  submissionId: string | number;
}>;

export type MeetingStatementPlanQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    latestVersion: {
      __typename: 'StatementVersion';
      artifacts: Array<{
        __typename: 'Artifact';
        key: string;
        kind: ArtifactKind;
        name: string;
        description: string;
        powerLevel: PowerLevel;
      }>;
      content: {
        __typename: 'StatementContent';
        releasePlan: Array<{
          __typename: 'ReleasePlanItem';
          artifactKey: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
          embargoUntil: string | null;
          reviewEveryMonths: number | null;
          releaseEvent: string;
          accessConditions: string;
          stages: Array<{
            __typename: 'ReleaseStagePlan';
            description: string;
            opensOn: string | null;
            trigger: string;
          }>;
        }>;
      };
    } | null;
  };
};

export type ConveneMeetingMutationVariables = Exact<{
  venueId: string | number;
  input: ConveneMeetingInput;
}>;

export type ConveneMeetingMutation = {
  __typename: 'Mutation';
  conveneMeeting: {
    __typename: 'Meeting';
    id: string;
    title: string;
    scheduledFor: string;
    state: MeetingState;
    requireCommunityMember: boolean;
    startedAt: string | null;
    endedAt: string | null;
    viewerPresent: boolean;
    viewerCan: { __typename: 'MeetingViewerPermissions'; manage: boolean; vote: boolean };
    members: Array<{
      __typename: 'MeetingMember';
      community: boolean;
      voting: boolean;
      present: boolean;
      person: { __typename: 'User'; id: string; name: string };
    }>;
    items: Array<{
      __typename: 'AgendaItem';
      position: number;
      state: string;
      recused: boolean;
      recusedCount: number;
      outcome: DecisionOutcome | null;
      submission: { __typename: 'Submission'; id: string; title: string } | null;
      quorum: {
        __typename: 'Quorum';
        met: boolean;
        counted: number;
        needed: number;
        communityCounted: number;
        explanation: string;
      };
    }>;
    currentItem: { __typename: 'AgendaItem'; position: number } | null;
    openMotion: {
      __typename: 'Motion';
      id: string;
      submissionId: string;
      text: string;
      state: MotionState;
      proposedOutcome: DecisionOutcome;
      proposedOutcomeLabel: string;
      conditions: Array<string>;
      votesCast: number;
      myVote: VoteChoice | null;
    } | null;
  };
};

export type StartMeetingMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type StartMeetingMutation = {
  __typename: 'Mutation';
  startMeeting: {
    __typename: 'Meeting';
    id: string;
    title: string;
    scheduledFor: string;
    state: MeetingState;
    requireCommunityMember: boolean;
    startedAt: string | null;
    endedAt: string | null;
    viewerPresent: boolean;
    viewerCan: { __typename: 'MeetingViewerPermissions'; manage: boolean; vote: boolean };
    members: Array<{
      __typename: 'MeetingMember';
      community: boolean;
      voting: boolean;
      present: boolean;
      person: { __typename: 'User'; id: string; name: string };
    }>;
    items: Array<{
      __typename: 'AgendaItem';
      position: number;
      state: string;
      recused: boolean;
      recusedCount: number;
      outcome: DecisionOutcome | null;
      submission: { __typename: 'Submission'; id: string; title: string } | null;
      quorum: {
        __typename: 'Quorum';
        met: boolean;
        counted: number;
        needed: number;
        communityCounted: number;
        explanation: string;
      };
    }>;
    currentItem: { __typename: 'AgendaItem'; position: number } | null;
    openMotion: {
      __typename: 'Motion';
      id: string;
      submissionId: string;
      text: string;
      state: MotionState;
      proposedOutcome: DecisionOutcome;
      proposedOutcomeLabel: string;
      conditions: Array<string>;
      votesCast: number;
      myVote: VoteChoice | null;
    } | null;
  };
};

export type SetMeetingAttendanceMutationVariables = Exact<{
  meetingId: string | number;
  userId: string | number;
  present: boolean;
}>;

export type SetMeetingAttendanceMutation = {
  __typename: 'Mutation';
  setAttendance: {
    __typename: 'Meeting';
    id: string;
    title: string;
    scheduledFor: string;
    state: MeetingState;
    requireCommunityMember: boolean;
    startedAt: string | null;
    endedAt: string | null;
    viewerPresent: boolean;
    viewerCan: { __typename: 'MeetingViewerPermissions'; manage: boolean; vote: boolean };
    members: Array<{
      __typename: 'MeetingMember';
      community: boolean;
      voting: boolean;
      present: boolean;
      person: { __typename: 'User'; id: string; name: string };
    }>;
    items: Array<{
      __typename: 'AgendaItem';
      position: number;
      state: string;
      recused: boolean;
      recusedCount: number;
      outcome: DecisionOutcome | null;
      submission: { __typename: 'Submission'; id: string; title: string } | null;
      quorum: {
        __typename: 'Quorum';
        met: boolean;
        counted: number;
        needed: number;
        communityCounted: number;
        explanation: string;
      };
    }>;
    currentItem: { __typename: 'AgendaItem'; position: number } | null;
    openMotion: {
      __typename: 'Motion';
      id: string;
      submissionId: string;
      text: string;
      state: MotionState;
      proposedOutcome: DecisionOutcome;
      proposedOutcomeLabel: string;
      conditions: Array<string>;
      votesCast: number;
      myVote: VoteChoice | null;
    } | null;
  };
};

export type TakeAgendaItemMutationVariables = Exact<{
  meetingId: string | number;
  submissionId: string | number;
}>;

export type TakeAgendaItemMutation = {
  __typename: 'Mutation';
  takeAgendaItem: {
    __typename: 'Meeting';
    id: string;
    title: string;
    scheduledFor: string;
    state: MeetingState;
    requireCommunityMember: boolean;
    startedAt: string | null;
    endedAt: string | null;
    viewerPresent: boolean;
    viewerCan: { __typename: 'MeetingViewerPermissions'; manage: boolean; vote: boolean };
    members: Array<{
      __typename: 'MeetingMember';
      community: boolean;
      voting: boolean;
      present: boolean;
      person: { __typename: 'User'; id: string; name: string };
    }>;
    items: Array<{
      __typename: 'AgendaItem';
      position: number;
      state: string;
      recused: boolean;
      recusedCount: number;
      outcome: DecisionOutcome | null;
      submission: { __typename: 'Submission'; id: string; title: string } | null;
      quorum: {
        __typename: 'Quorum';
        met: boolean;
        counted: number;
        needed: number;
        communityCounted: number;
        explanation: string;
      };
    }>;
    currentItem: { __typename: 'AgendaItem'; position: number } | null;
    openMotion: {
      __typename: 'Motion';
      id: string;
      submissionId: string;
      text: string;
      state: MotionState;
      proposedOutcome: DecisionOutcome;
      proposedOutcomeLabel: string;
      conditions: Array<string>;
      votesCast: number;
      myVote: VoteChoice | null;
    } | null;
  };
};

export type DeferAgendaItemMutationVariables = Exact<{
  meetingId: string | number;
  submissionId: string | number;
}>;

export type DeferAgendaItemMutation = {
  __typename: 'Mutation';
  deferAgendaItem: {
    __typename: 'Meeting';
    id: string;
    title: string;
    scheduledFor: string;
    state: MeetingState;
    requireCommunityMember: boolean;
    startedAt: string | null;
    endedAt: string | null;
    viewerPresent: boolean;
    viewerCan: { __typename: 'MeetingViewerPermissions'; manage: boolean; vote: boolean };
    members: Array<{
      __typename: 'MeetingMember';
      community: boolean;
      voting: boolean;
      present: boolean;
      person: { __typename: 'User'; id: string; name: string };
    }>;
    items: Array<{
      __typename: 'AgendaItem';
      position: number;
      state: string;
      recused: boolean;
      recusedCount: number;
      outcome: DecisionOutcome | null;
      submission: { __typename: 'Submission'; id: string; title: string } | null;
      quorum: {
        __typename: 'Quorum';
        met: boolean;
        counted: number;
        needed: number;
        communityCounted: number;
        explanation: string;
      };
    }>;
    currentItem: { __typename: 'AgendaItem'; position: number } | null;
    openMotion: {
      __typename: 'Motion';
      id: string;
      submissionId: string;
      text: string;
      state: MotionState;
      proposedOutcome: DecisionOutcome;
      proposedOutcomeLabel: string;
      conditions: Array<string>;
      votesCast: number;
      myVote: VoteChoice | null;
    } | null;
  };
};

export type OpenMotionMutationVariables = Exact<{
  meetingId: string | number;
  text: string;
  decision: DecisionInput;
}>;

export type OpenMotionMutation = {
  __typename: 'Mutation';
  openMotion: {
    __typename: 'Meeting';
    id: string;
    title: string;
    scheduledFor: string;
    state: MeetingState;
    requireCommunityMember: boolean;
    startedAt: string | null;
    endedAt: string | null;
    viewerPresent: boolean;
    viewerCan: { __typename: 'MeetingViewerPermissions'; manage: boolean; vote: boolean };
    members: Array<{
      __typename: 'MeetingMember';
      community: boolean;
      voting: boolean;
      present: boolean;
      person: { __typename: 'User'; id: string; name: string };
    }>;
    items: Array<{
      __typename: 'AgendaItem';
      position: number;
      state: string;
      recused: boolean;
      recusedCount: number;
      outcome: DecisionOutcome | null;
      submission: { __typename: 'Submission'; id: string; title: string } | null;
      quorum: {
        __typename: 'Quorum';
        met: boolean;
        counted: number;
        needed: number;
        communityCounted: number;
        explanation: string;
      };
    }>;
    currentItem: { __typename: 'AgendaItem'; position: number } | null;
    openMotion: {
      __typename: 'Motion';
      id: string;
      submissionId: string;
      text: string;
      state: MotionState;
      proposedOutcome: DecisionOutcome;
      proposedOutcomeLabel: string;
      conditions: Array<string>;
      votesCast: number;
      myVote: VoteChoice | null;
    } | null;
  };
};

export type CastVoteMutationVariables = Exact<{
  meetingId: string | number;
  motionId: string | number;
  choice: VoteChoice;
}>;

export type CastVoteMutation = {
  __typename: 'Mutation';
  castVote: {
    __typename: 'Meeting';
    id: string;
    title: string;
    scheduledFor: string;
    state: MeetingState;
    requireCommunityMember: boolean;
    startedAt: string | null;
    endedAt: string | null;
    viewerPresent: boolean;
    viewerCan: { __typename: 'MeetingViewerPermissions'; manage: boolean; vote: boolean };
    members: Array<{
      __typename: 'MeetingMember';
      community: boolean;
      voting: boolean;
      present: boolean;
      person: { __typename: 'User'; id: string; name: string };
    }>;
    items: Array<{
      __typename: 'AgendaItem';
      position: number;
      state: string;
      recused: boolean;
      recusedCount: number;
      outcome: DecisionOutcome | null;
      submission: { __typename: 'Submission'; id: string; title: string } | null;
      quorum: {
        __typename: 'Quorum';
        met: boolean;
        counted: number;
        needed: number;
        communityCounted: number;
        explanation: string;
      };
    }>;
    currentItem: { __typename: 'AgendaItem'; position: number } | null;
    openMotion: {
      __typename: 'Motion';
      id: string;
      submissionId: string;
      text: string;
      state: MotionState;
      proposedOutcome: DecisionOutcome;
      proposedOutcomeLabel: string;
      conditions: Array<string>;
      votesCast: number;
      myVote: VoteChoice | null;
    } | null;
  };
};

export type CloseMotionMutationVariables = Exact<{
  meetingId: string | number;
  motionId: string | number;
  withdraw: boolean;
}>;

export type CloseMotionMutation = {
  __typename: 'Mutation';
  closeMotion: {
    __typename: 'Meeting';
    id: string;
    title: string;
    scheduledFor: string;
    state: MeetingState;
    requireCommunityMember: boolean;
    startedAt: string | null;
    endedAt: string | null;
    viewerPresent: boolean;
    viewerCan: { __typename: 'MeetingViewerPermissions'; manage: boolean; vote: boolean };
    members: Array<{
      __typename: 'MeetingMember';
      community: boolean;
      voting: boolean;
      present: boolean;
      person: { __typename: 'User'; id: string; name: string };
    }>;
    items: Array<{
      __typename: 'AgendaItem';
      position: number;
      state: string;
      recused: boolean;
      recusedCount: number;
      outcome: DecisionOutcome | null;
      submission: { __typename: 'Submission'; id: string; title: string } | null;
      quorum: {
        __typename: 'Quorum';
        met: boolean;
        counted: number;
        needed: number;
        communityCounted: number;
        explanation: string;
      };
    }>;
    currentItem: { __typename: 'AgendaItem'; position: number } | null;
    openMotion: {
      __typename: 'Motion';
      id: string;
      submissionId: string;
      text: string;
      state: MotionState;
      proposedOutcome: DecisionOutcome;
      proposedOutcomeLabel: string;
      conditions: Array<string>;
      votesCast: number;
      myVote: VoteChoice | null;
    } | null;
  };
};

export type EndMeetingMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type EndMeetingMutation = {
  __typename: 'Mutation';
  endMeeting: {
    __typename: 'Meeting';
    id: string;
    title: string;
    scheduledFor: string;
    state: MeetingState;
    requireCommunityMember: boolean;
    startedAt: string | null;
    endedAt: string | null;
    viewerPresent: boolean;
    viewerCan: { __typename: 'MeetingViewerPermissions'; manage: boolean; vote: boolean };
    members: Array<{
      __typename: 'MeetingMember';
      community: boolean;
      voting: boolean;
      present: boolean;
      person: { __typename: 'User'; id: string; name: string };
    }>;
    items: Array<{
      __typename: 'AgendaItem';
      position: number;
      state: string;
      recused: boolean;
      recusedCount: number;
      outcome: DecisionOutcome | null;
      submission: { __typename: 'Submission'; id: string; title: string } | null;
      quorum: {
        __typename: 'Quorum';
        met: boolean;
        counted: number;
        needed: number;
        communityCounted: number;
        explanation: string;
      };
    }>;
    currentItem: { __typename: 'AgendaItem'; position: number } | null;
    openMotion: {
      __typename: 'Motion';
      id: string;
      submissionId: string;
      text: string;
      state: MotionState;
      proposedOutcome: DecisionOutcome;
      proposedOutcomeLabel: string;
      conditions: Array<string>;
      votesCast: number;
      myVote: VoteChoice | null;
    } | null;
  };
};

export type NotificationChoiceFieldsFragment = {
  __typename: 'NotificationChoice';
  kind: NotificationKind;
  label: string;
  delivery: NotificationDelivery;
  chosen: NotificationDelivery | null;
  required: boolean;
};

export type NotificationSettingsFieldsFragment = {
  __typename: 'NotificationSettings';
  timeZone: string | null;
  digestHour: number;
  nextDigestAt: string;
  general: Array<{
    __typename: 'NotificationChoice';
    kind: NotificationKind;
    label: string;
    delivery: NotificationDelivery;
    chosen: NotificationDelivery | null;
    required: boolean;
  }>;
  venues: Array<{
    __typename: 'VenueNotificationSettings';
    venueId: string;
    venueName: string;
    venueShortName: string;
    choices: Array<{
      __typename: 'NotificationChoice';
      kind: NotificationKind;
      label: string;
      delivery: NotificationDelivery;
      chosen: NotificationDelivery | null;
      required: boolean;
    }>;
  }>;
};

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationSettingsQuery = {
  __typename: 'Query';
  notificationSettings: {
    __typename: 'NotificationSettings';
    timeZone: string | null;
    digestHour: number;
    nextDigestAt: string;
    general: Array<{
      __typename: 'NotificationChoice';
      kind: NotificationKind;
      label: string;
      delivery: NotificationDelivery;
      chosen: NotificationDelivery | null;
      required: boolean;
    }>;
    venues: Array<{
      __typename: 'VenueNotificationSettings';
      venueId: string;
      venueName: string;
      venueShortName: string;
      choices: Array<{
        __typename: 'NotificationChoice';
        kind: NotificationKind;
        label: string;
        delivery: NotificationDelivery;
        chosen: NotificationDelivery | null;
        required: boolean;
      }>;
    }>;
  };
};

export type SetNotificationDeliveryMutationVariables = Exact<{
  input: SetNotificationDeliveryInput;
}>;

export type SetNotificationDeliveryMutation = {
  __typename: 'Mutation';
  setNotificationDelivery: {
    __typename: 'NotificationSettings';
    timeZone: string | null;
    digestHour: number;
    nextDigestAt: string;
    general: Array<{
      __typename: 'NotificationChoice';
      kind: NotificationKind;
      label: string;
      delivery: NotificationDelivery;
      chosen: NotificationDelivery | null;
      required: boolean;
    }>;
    venues: Array<{
      __typename: 'VenueNotificationSettings';
      venueId: string;
      venueName: string;
      venueShortName: string;
      choices: Array<{
        __typename: 'NotificationChoice';
        kind: NotificationKind;
        label: string;
        delivery: NotificationDelivery;
        chosen: NotificationDelivery | null;
        required: boolean;
      }>;
    }>;
  };
};

export type SetDigestScheduleMutationVariables = Exact<{
  input: SetDigestScheduleInput;
}>;

export type SetDigestScheduleMutation = {
  __typename: 'Mutation';
  setDigestSchedule: {
    __typename: 'NotificationSettings';
    timeZone: string | null;
    digestHour: number;
    nextDigestAt: string;
    general: Array<{
      __typename: 'NotificationChoice';
      kind: NotificationKind;
      label: string;
      delivery: NotificationDelivery;
      chosen: NotificationDelivery | null;
      required: boolean;
    }>;
    venues: Array<{
      __typename: 'VenueNotificationSettings';
      venueId: string;
      venueName: string;
      venueShortName: string;
      choices: Array<{
        __typename: 'NotificationChoice';
        kind: NotificationKind;
        label: string;
        delivery: NotificationDelivery;
        chosen: NotificationDelivery | null;
        required: boolean;
      }>;
    }>;
  };
};

export type UnsubscribeLinkQueryVariables = Exact<{
  token: string;
}>;

export type UnsubscribeLinkQuery = {
  __typename: 'Query';
  unsubscribeLink: {
    __typename: 'UnsubscribeLink';
    kind: NotificationKind;
    kindLabel: string;
    venueName: string | null;
    unsubscribed: boolean;
  };
};

export type UnsubscribeMutationVariables = Exact<{
  token: string;
}>;

export type UnsubscribeMutation = {
  __typename: 'Mutation';
  unsubscribe: {
    __typename: 'UnsubscribeLink';
    kind: NotificationKind;
    kindLabel: string;
    venueName: string | null;
    unsubscribed: boolean;
  };
};

export type PublicApprovalFieldsFragment = {
  __typename: 'PublicApproval';
  id: string;
  title: string;
  venueId: string;
  venueName: string;
  venueShortName: string;
  outcome: DecisionOutcome;
  outcomeLabel: string;
  state: ApprovalState;
  stateLabel: string;
  approvedAt: string;
  releasePlan: Array<{
    __typename: 'PublicReleaseItem';
    artifactName: string;
    contentLevel: ContentLevel;
    timing: ReleaseTiming;
    distribution: ReleaseDistribution;
    embargoUntil: string | null;
    suspended: boolean;
  }>;
};

export type PublicApprovalQueryVariables = Exact<{
  id: string | number;
}>;

export type PublicApprovalQuery = {
  __typename: 'Query';
  publicApproval: {
    __typename: 'PublicApproval';
    id: string;
    title: string;
    venueId: string;
    venueName: string;
    venueShortName: string;
    outcome: DecisionOutcome;
    outcomeLabel: string;
    state: ApprovalState;
    stateLabel: string;
    approvedAt: string;
    releasePlan: Array<{
      __typename: 'PublicReleaseItem';
      artifactName: string;
      contentLevel: ContentLevel;
      timing: ReleaseTiming;
      distribution: ReleaseDistribution;
      embargoUntil: string | null;
      suspended: boolean;
    }>;
  };
};

export type PublicApprovalsQueryVariables = Exact<{
  venueId: string | number;
}>;

export type PublicApprovalsQuery = {
  __typename: 'Query';
  publicApprovals: Array<{
    __typename: 'PublicApproval';
    id: string;
    title: string;
    venueId: string;
    venueName: string;
    venueShortName: string;
    outcome: DecisionOutcome;
    outcomeLabel: string;
    state: ApprovalState;
    stateLabel: string;
    approvedAt: string;
    releasePlan: Array<{
      __typename: 'PublicReleaseItem';
      artifactName: string;
      contentLevel: ContentLevel;
      timing: ReleaseTiming;
      distribution: ReleaseDistribution;
      embargoUntil: string | null;
      suspended: boolean;
    }>;
  }>;
};

export type RegistryVenuesQueryVariables = Exact<{ [key: string]: never }>;

export type RegistryVenuesQuery = {
  __typename: 'Query';
  venues: Array<{ __typename: 'Venue'; id: string; name: string; shortName: string }>;
};

export type ReportIncidentMutationVariables = Exact<{
  input: IncidentReportInput;
}>;

export type ReportIncidentMutation = {
  __typename: 'Mutation';
  reportIncident: { __typename: 'IncidentReportReceipt'; email: string; message: string };
};

export type ConfirmIncidentReportMutationVariables = Exact<{
  token: string;
}>;

export type ConfirmIncidentReportMutation = {
  __typename: 'Mutation';
  confirmIncidentReport: { __typename: 'IncidentConfirmation'; reference: string; about: string };
};

export type ReviewerProfileFieldsFragment = {
  __typename: 'ReviewerProfile';
  areas: Array<string>;
  expertise: string;
  communities: Array<string>;
  maxLoad: number;
  trainingCompletedOn: string | null;
  revision: number;
  publications: Array<{
    __typename: 'ReviewerPublication';
    title: string;
    abstract: string;
    year: number | null;
  }>;
  affiliations: Array<{
    __typename: 'ReviewerAffiliation';
    institution: string;
    emailDomain: string;
    startYear: number;
    endYear: number | null;
  }>;
};

export type MyReviewerProfileQueryVariables = Exact<{
  venueId: string | number;
}>;

export type MyReviewerProfileQuery = {
  __typename: 'Query';
  reviewerProfile: {
    __typename: 'ReviewerProfile';
    areas: Array<string>;
    expertise: string;
    communities: Array<string>;
    maxLoad: number;
    trainingCompletedOn: string | null;
    revision: number;
    publications: Array<{
      __typename: 'ReviewerPublication';
      title: string;
      abstract: string;
      year: number | null;
    }>;
    affiliations: Array<{
      __typename: 'ReviewerAffiliation';
      institution: string;
      emailDomain: string;
      startYear: number;
      endYear: number | null;
    }>;
  };
  venue: {
    __typename: 'Venue';
    id: string;
    taxonomy: {
      __typename: 'VenueTaxonomy';
      communities: Array<string>;
      areas: Array<{ __typename: 'TaxonomyArea'; label: string; subAreas: Array<string> }>;
    };
  };
};

export type UpdateReviewerProfileMutationVariables = Exact<{
  venueId: string | number;
  profile: ReviewerProfileInput;
  expectedRevision: number;
}>;

export type UpdateReviewerProfileMutation = {
  __typename: 'Mutation';
  updateReviewerProfile: {
    __typename: 'ReviewerProfile';
    areas: Array<string>;
    expertise: string;
    communities: Array<string>;
    maxLoad: number;
    trainingCompletedOn: string | null;
    revision: number;
    publications: Array<{
      __typename: 'ReviewerPublication';
      title: string;
      abstract: string;
      year: number | null;
    }>;
    affiliations: Array<{
      __typename: 'ReviewerAffiliation';
      institution: string;
      emailDomain: string;
      startYear: number;
      endYear: number | null;
    }>;
  };
};

export type ParsePublicationsQueryVariables = Exact<{
  format: PublicationFormat;
  text: string;
}>;

export type ParsePublicationsQuery = {
  __typename: 'Query';
  parsePublications: Array<{
    __typename: 'ReviewerPublication';
    title: string;
    abstract: string;
    year: number | null;
  }>;
};

export type PoolImportFieldsFragment = {
  __typename: 'PoolImportReport';
  id: string;
  state: string;
  total: number;
  done: number;
  error: string | null;
  sent: Array<{ __typename: 'PoolImportLine'; line: number; email: string; detail: string }>;
  skipped: Array<{ __typename: 'PoolImportLine'; line: number; email: string; detail: string }>;
  refused: Array<{ __typename: 'PoolImportLine'; line: number; detail: string }>;
};

export type ImportReviewerPoolMutationVariables = Exact<{
  venueId: string | number;
  csv: string;
}>;

export type ImportReviewerPoolMutation = {
  __typename: 'Mutation';
  importReviewerPool: {
    __typename: 'PoolImportReport';
    id: string;
    state: string;
    total: number;
    done: number;
    error: string | null;
    sent: Array<{ __typename: 'PoolImportLine'; line: number; email: string; detail: string }>;
    skipped: Array<{ __typename: 'PoolImportLine'; line: number; email: string; detail: string }>;
    refused: Array<{ __typename: 'PoolImportLine'; line: number; detail: string }>;
  };
};

export type PoolImportQueryVariables = Exact<{
  id: string | number;
}>;

export type PoolImportQuery = {
  __typename: 'Query';
  poolImport: {
    __typename: 'PoolImportReport';
    id: string;
    state: string;
    total: number;
    done: number;
    error: string | null;
    sent: Array<{ __typename: 'PoolImportLine'; line: number; email: string; detail: string }>;
    skipped: Array<{ __typename: 'PoolImportLine'; line: number; email: string; detail: string }>;
    refused: Array<{ __typename: 'PoolImportLine'; line: number; detail: string }>;
  };
};

export type ReviewerPoolQueryVariables = Exact<{
  venueId: string | number;
  offset?: number | null | undefined;
}>;

export type ReviewerPoolQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    reviewerProfileCount: number | null;
    reviewerProfiles: Array<{
      __typename: 'ReviewerProfile';
      areas: Array<string>;
      communities: Array<string>;
      maxLoad: number;
      trainingCompletedOn: string | null;
      publications: Array<{ __typename: 'ReviewerPublication'; title: string }>;
      affiliations: Array<{ __typename: 'ReviewerAffiliation'; institution: string; endYear: number | null }>;
      person: { __typename: 'User'; id: string; name: string };
    }>;
  };
};

export type ReviewTextFieldsFragment = {
  __typename: 'ReviewText';
  recommendation: ReviewRecommendation | null;
  requiredMitigations: string;
  commentsForAuthors: string;
  confidentialComments: string | null;
  namedToAuthors: boolean;
  answers: Array<{
    __typename: 'ReviewAnswer';
    questionId: string;
    prompt: string;
    kind: QuestionKind;
    retired: boolean;
    rating: CriterionRating | null;
    text: string;
  }>;
  releaseRecommendations: Array<{
    __typename: 'ReleaseRecommendation';
    artifactKey: string;
    artifactName: string;
    contentLevel: ContentLevel;
    timing: ReleaseTiming;
    distribution: ReleaseDistribution;
  }>;
};

export type ReviewFieldsFragment = {
  __typename: 'Review';
  id: string;
  kind: ReviewerKind;
  label: string;
  state: ReviewState;
  revision: number;
  statementVersion: number;
  submittedAt: string | null;
  firstSubmittedAt: string | null;
  updatedAt: string;
  timeliness: ReviewTimeliness | null;
  reviewer: { __typename: 'User'; id: string; name: string } | null;
  text: {
    __typename: 'ReviewText';
    recommendation: ReviewRecommendation | null;
    requiredMitigations: string;
    commentsForAuthors: string;
    confidentialComments: string | null;
    namedToAuthors: boolean;
    answers: Array<{
      __typename: 'ReviewAnswer';
      questionId: string;
      prompt: string;
      kind: QuestionKind;
      retired: boolean;
      rating: CriterionRating | null;
      text: string;
    }>;
    releaseRecommendations: Array<{
      __typename: 'ReleaseRecommendation';
      artifactKey: string;
      artifactName: string;
      contentLevel: ContentLevel;
      timing: ReleaseTiming;
      distribution: ReleaseDistribution;
    }>;
  };
  versions: Array<{
    __typename: 'ReviewVersion';
    number: number;
    submittedAt: string;
    statementVersion: number;
    text: {
      __typename: 'ReviewText';
      recommendation: ReviewRecommendation | null;
      requiredMitigations: string;
      commentsForAuthors: string;
      confidentialComments: string | null;
      namedToAuthors: boolean;
      answers: Array<{
        __typename: 'ReviewAnswer';
        questionId: string;
        prompt: string;
        kind: QuestionKind;
        retired: boolean;
        rating: CriterionRating | null;
        text: string;
      }>;
      releaseRecommendations: Array<{
        __typename: 'ReleaseRecommendation';
        artifactKey: string;
        artifactName: string;
        contentLevel: ContentLevel;
        timing: ReleaseTiming;
        distribution: ReleaseDistribution;
      }>;
    };
  }>;
};

export type ReviewCardFieldsFragment = {
  __typename: 'Review';
  id: string;
  kind: ReviewerKind;
  label: string;
  state: ReviewState;
  round: number;
  submittedAt: string | null;
  timeliness: ReviewTimeliness | null;
  reviewer: { __typename: 'User'; id: string; name: string } | null;
  text: {
    __typename: 'ReviewText';
    recommendation: ReviewRecommendation | null;
    requiredMitigations: string;
    commentsForAuthors: string;
    confidentialComments: string | null;
    namedToAuthors: boolean;
    answers: Array<{
      __typename: 'ReviewAnswer';
      questionId: string;
      prompt: string;
      kind: QuestionKind;
      retired: boolean;
      rating: CriterionRating | null;
      text: string;
    }>;
    releaseRecommendations: Array<{
      __typename: 'ReleaseRecommendation';
      artifactKey: string;
      artifactName: string;
      contentLevel: ContentLevel;
      timing: ReleaseTiming;
      distribution: ReleaseDistribution;
    }>;
  };
  versions: Array<{ __typename: 'ReviewVersion'; number: number; submittedAt: string }>;
};

export type ReviewVersionsQueryVariables = Exact<{
  id: string | number;
  reviewId: string | number;
}>;

export type ReviewVersionsQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    review: {
      __typename: 'Review';
      id: string;
      versions: Array<{
        __typename: 'ReviewVersion';
        number: number;
        submittedAt: string;
        statementVersion: number;
        text: {
          __typename: 'ReviewText';
          recommendation: ReviewRecommendation | null;
          requiredMitigations: string;
          commentsForAuthors: string;
          confidentialComments: string | null;
          namedToAuthors: boolean;
          answers: Array<{
            __typename: 'ReviewAnswer';
            questionId: string;
            prompt: string;
            kind: QuestionKind;
            retired: boolean;
            rating: CriterionRating | null;
            text: string;
          }>;
          releaseRecommendations: Array<{
            __typename: 'ReleaseRecommendation';
            artifactKey: string;
            artifactName: string;
            contentLevel: ContentLevel;
            timing: ReleaseTiming;
            distribution: ReleaseDistribution;
          }>;
        };
      }>;
    } | null;
  };
};

export type FormQuestionFieldsFragment = {
  __typename: 'FormQuestion';
  id: string;
  kind: QuestionKind;
  prompt: string;
  help: string;
  required: boolean;
  retired: boolean;
};

export type ReviewTaskQueryVariables = Exact<{
  id: string | number;
}>;

export type ReviewTaskQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    title: string;
    venue: {
      __typename: 'Venue';
      id: string;
      shortName: string;
      reviewVisibility: { __typename: 'ReviewVisibility'; identitiesToAuthors: IdentityToAuthors };
    };
    artifacts: Array<{ __typename: 'Artifact'; key: string; name: string }>;
    reviewTask: {
      __typename: 'ReviewTask';
      editable: boolean;
      lockedReason: string | null;
      assignment: {
        __typename: 'ReviewerAssignment';
        id: string;
        state: AssignmentState;
        kind: ReviewerKind;
        dueAt: string;
      };
      form: {
        __typename: 'ReviewForm';
        kind: ReviewerKind;
        revision: number;
        questions: Array<{
          __typename: 'FormQuestion';
          id: string;
          kind: QuestionKind;
          prompt: string;
          help: string;
          required: boolean;
          retired: boolean;
        }>;
      };
      review: {
        __typename: 'Review';
        id: string;
        kind: ReviewerKind;
        label: string;
        state: ReviewState;
        revision: number;
        statementVersion: number;
        submittedAt: string | null;
        firstSubmittedAt: string | null;
        updatedAt: string;
        timeliness: ReviewTimeliness | null;
        reviewer: { __typename: 'User'; id: string; name: string } | null;
        text: {
          __typename: 'ReviewText';
          recommendation: ReviewRecommendation | null;
          requiredMitigations: string;
          commentsForAuthors: string;
          confidentialComments: string | null;
          namedToAuthors: boolean;
          answers: Array<{
            __typename: 'ReviewAnswer';
            questionId: string;
            prompt: string;
            kind: QuestionKind;
            retired: boolean;
            rating: CriterionRating | null;
            text: string;
          }>;
          releaseRecommendations: Array<{
            __typename: 'ReleaseRecommendation';
            artifactKey: string;
            artifactName: string;
            contentLevel: ContentLevel;
            timing: ReleaseTiming;
            distribution: ReleaseDistribution;
          }>;
        };
        versions: Array<{
          __typename: 'ReviewVersion';
          number: number;
          submittedAt: string;
          statementVersion: number;
          text: {
            __typename: 'ReviewText';
            recommendation: ReviewRecommendation | null;
            requiredMitigations: string;
            commentsForAuthors: string;
            confidentialComments: string | null;
            namedToAuthors: boolean;
            answers: Array<{
              __typename: 'ReviewAnswer';
              questionId: string;
              prompt: string;
              kind: QuestionKind;
              retired: boolean;
              rating: CriterionRating | null;
              text: string;
            }>;
            releaseRecommendations: Array<{
              __typename: 'ReleaseRecommendation';
              artifactKey: string;
              artifactName: string;
              contentLevel: ContentLevel;
              timing: ReleaseTiming;
              distribution: ReleaseDistribution;
            }>;
          };
        }>;
      } | null;
    } | null;
  };
};

export type SaveReviewDraftMutationVariables = Exact<{
  submissionId: string | number;
  expectedRevision: number;
  review: ReviewInput;
}>;

export type SaveReviewDraftMutation = {
  __typename: 'Mutation';
  saveReviewDraft: {
    __typename: 'Review';
    id: string;
    revision: number;
    updatedAt: string;
    state: ReviewState;
  };
};

export type SubmitReviewMutationVariables = Exact<{
  submissionId: string | number;
  expectedRevision: number;
  review: ReviewInput;
}>;

export type SubmitReviewMutation = {
  __typename: 'Mutation';
  submitReview: {
    __typename: 'Review';
    id: string;
    kind: ReviewerKind;
    label: string;
    state: ReviewState;
    revision: number;
    statementVersion: number;
    submittedAt: string | null;
    firstSubmittedAt: string | null;
    updatedAt: string;
    timeliness: ReviewTimeliness | null;
    reviewer: { __typename: 'User'; id: string; name: string } | null;
    text: {
      __typename: 'ReviewText';
      recommendation: ReviewRecommendation | null;
      requiredMitigations: string;
      commentsForAuthors: string;
      confidentialComments: string | null;
      namedToAuthors: boolean;
      answers: Array<{
        __typename: 'ReviewAnswer';
        questionId: string;
        prompt: string;
        kind: QuestionKind;
        retired: boolean;
        rating: CriterionRating | null;
        text: string;
      }>;
      releaseRecommendations: Array<{
        __typename: 'ReleaseRecommendation';
        artifactKey: string;
        artifactName: string;
        contentLevel: ContentLevel;
        timing: ReleaseTiming;
        distribution: ReleaseDistribution;
      }>;
    };
    versions: Array<{
      __typename: 'ReviewVersion';
      number: number;
      submittedAt: string;
      statementVersion: number;
      text: {
        __typename: 'ReviewText';
        recommendation: ReviewRecommendation | null;
        requiredMitigations: string;
        commentsForAuthors: string;
        confidentialComments: string | null;
        namedToAuthors: boolean;
        answers: Array<{
          __typename: 'ReviewAnswer';
          questionId: string;
          prompt: string;
          kind: QuestionKind;
          retired: boolean;
          rating: CriterionRating | null;
          text: string;
        }>;
        releaseRecommendations: Array<{
          __typename: 'ReleaseRecommendation';
          artifactKey: string;
          artifactName: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
        }>;
      };
    }>;
  };
};

export type SubmissionReviewsQueryVariables = Exact<{
  id: string | number;
}>;

export type SubmissionReviewsQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    phase: SubmissionPhase;
    reviewsReleased: boolean;
    venue: { __typename: 'Venue'; id: string; reviewsReleased: boolean };
    viewerCan: { __typename: 'SubmissionViewerPermissions'; edit: boolean; releaseReviews: boolean };
    reviewTask: {
      __typename: 'ReviewTask';
      assignment: { __typename: 'ReviewerAssignment'; id: string; state: AssignmentState };
      review: { __typename: 'Review'; id: string; state: ReviewState } | null;
    } | null;
    reviews: Array<{
      __typename: 'Review';
      id: string;
      kind: ReviewerKind;
      label: string;
      state: ReviewState;
      round: number;
      submittedAt: string | null;
      timeliness: ReviewTimeliness | null;
      reviewer: { __typename: 'User'; id: string; name: string } | null;
      text: {
        __typename: 'ReviewText';
        recommendation: ReviewRecommendation | null;
        requiredMitigations: string;
        commentsForAuthors: string;
        confidentialComments: string | null;
        namedToAuthors: boolean;
        answers: Array<{
          __typename: 'ReviewAnswer';
          questionId: string;
          prompt: string;
          kind: QuestionKind;
          retired: boolean;
          rating: CriterionRating | null;
          text: string;
        }>;
        releaseRecommendations: Array<{
          __typename: 'ReleaseRecommendation';
          artifactKey: string;
          artifactName: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
        }>;
      };
      versions: Array<{ __typename: 'ReviewVersion'; number: number; submittedAt: string }>;
    }>;
  };
};

export type ReleaseReviewsMutationVariables = Exact<{
  submissionId: string | number;
  released: boolean;
}>;

export type ReleaseReviewsMutation = {
  __typename: 'Mutation';
  releaseReviews: { __typename: 'Submission'; id: string; reviewsReleased: boolean };
};

export type ReviewSettingsQueryVariables = Exact<{
  venueId: string | number;
}>;

export type ReviewSettingsQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    revision: number;
    biddingOpen: boolean;
    doubleBlind: boolean;
    reviewsReleased: boolean;
    reviewVisibility: {
      __typename: 'ReviewVisibility';
      otherReviews: OtherReviewsVisibility;
      identitiesToReviewers: ReviewerIdentityVisibility;
      identitiesToAuthors: IdentityToAuthors;
    };
  };
};

export type UpdateReviewVisibilityMutationVariables = Exact<{
  venueId: string | number;
  biddingOpen: boolean;
  doubleBlind: boolean;
  expectedRevision: number;
  reviewVisibility: ReviewVisibilityInput;
  reviewsReleased: boolean;
}>;

export type UpdateReviewVisibilityMutation = {
  __typename: 'Mutation';
  updateReviewSettings: {
    __typename: 'Venue';
    id: string;
    revision: number;
    biddingOpen: boolean;
    doubleBlind: boolean;
    reviewsReleased: boolean;
    reviewVisibility: {
      __typename: 'ReviewVisibility';
      otherReviews: OtherReviewsVisibility;
      identitiesToReviewers: ReviewerIdentityVisibility;
      identitiesToAuthors: IdentityToAuthors;
    };
  };
};

export type ReviewFormFieldsFragment = {
  __typename: 'ReviewForm';
  kind: ReviewerKind;
  revision: number;
  answeredQuestionIds: Array<string>;
  questions: Array<{
    __typename: 'FormQuestion';
    id: string;
    kind: QuestionKind;
    prompt: string;
    help: string;
    required: boolean;
    retired: boolean;
  }>;
};

export type ReviewFormsQueryVariables = Exact<{
  venueId: string | number;
}>;

export type ReviewFormsQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    reviewForms: Array<{
      __typename: 'ReviewForm';
      kind: ReviewerKind;
      revision: number;
      answeredQuestionIds: Array<string>;
      questions: Array<{
        __typename: 'FormQuestion';
        id: string;
        kind: QuestionKind;
        prompt: string;
        help: string;
        required: boolean;
        retired: boolean;
      }>;
    }>;
  };
};

export type UpdateReviewFormMutationVariables = Exact<{
  venueId: string | number;
  kind: ReviewerKind;
  questions: Array<FormQuestionInput> | FormQuestionInput;
  expectedRevision: number;
}>;

export type UpdateReviewFormMutation = {
  __typename: 'Mutation';
  updateReviewForm: {
    __typename: 'ReviewForm';
    kind: ReviewerKind;
    revision: number;
    answeredQuestionIds: Array<string>;
    questions: Array<{
      __typename: 'FormQuestion';
      id: string;
      kind: QuestionKind;
      prompt: string;
      help: string;
      required: boolean;
      retired: boolean;
    }>;
  };
};

export type ReviewProgressQueryVariables = Exact<{
  venueId: string | number;
}>;

export type ReviewProgressQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    reviewProgress: {
      __typename: 'ReviewProgress';
      counts: {
        __typename: 'ReviewCounts';
        submitted: number;
        submitted_late: number;
        due: number;
        due_soon: number;
        late: number;
      };
      pressing: Array<{
        __typename: 'ReviewProgressRow';
        timeliness: ReviewTimeliness;
        submission: { __typename: 'Submission'; id: string; title: string };
        assignment: {
          __typename: 'ReviewerAssignment';
          id: string;
          kind: ReviewerKind;
          dueAt: string;
          reviewer: { __typename: 'User'; id: string; name: string };
        };
      }>;
    } | null;
  };
};

export type StatementContentFieldsFragment = {
  __typename: 'StatementContent';
  summary: string;
  accessRatchetStage: AccessRatchetStage | null;
  accessRatchetJustification: string;
  benefits: string;
  affectedGroups: Array<string>;
  hazards: Array<{ __typename: 'Hazard'; kind: HazardKind; description: string; severity: Severity | null }>;
  pathToHarm: Array<{
    __typename: 'PathToHarmRating';
    factor: PathToHarmFactor;
    rating: Rating | null;
    justification: string;
  }>;
  indirectHarms: Array<{
    __typename: 'IndirectHarm';
    kind: IndirectHarmKind;
    applies: boolean | null;
    description: string;
  }>;
  mitigationChallenges: Array<{
    __typename: 'MitigationChallenge';
    kind: MitigationChallengeKind;
    applies: boolean | null;
    description: string;
  }>;
  mitigations: Array<{ __typename: 'Mitigation'; kind: MitigationKind; description: string }>;
  releasePlan: Array<{
    __typename: 'ReleasePlanItem';
    artifactKey: string;
    contentLevel: ContentLevel;
    timing: ReleaseTiming;
    distribution: ReleaseDistribution;
    embargoUntil: string | null;
    reviewEveryMonths: number | null;
    releaseEvent: string;
    accessConditions: string;
    stages: Array<{
      __typename: 'ReleaseStagePlan';
      description: string;
      opensOn: string | null;
      trigger: string;
    }>;
  }>;
};

export type TierSuggestionFieldsFragment = {
  __typename: 'TierSuggestion';
  tier: Tier;
  score: number;
  drivers: Array<{
    __typename: 'TierDriver';
    path: string;
    section: StatementSection;
    answer: string;
    points: number;
    floor: Tier | null;
    reason: string;
  }>;
};

export type ArtifactFieldsFragment = {
  __typename: 'Artifact';
  key: string;
  kind: ArtifactKind;
  name: string;
  description: string;
  powerLevel: PowerLevel;
};

export type LinksFieldsFragment = {
  __typename: 'SubmissionLinks';
  paperUrl: string;
  openReviewUrl: string;
  doi: string;
  repositoryUrl: string;
};

export type TierDecisionFieldsFragment = {
  __typename: 'TierDecision';
  tier: Tier;
  suggestedTier: Tier;
  reason: string;
  decidedAt: string;
  forVersion: number;
  decidedBy: { __typename: 'User'; id: string; name: string };
};

export type DraftFieldsFragment = {
  __typename: 'StatementDraft';
  revision: number;
  updatedAt: string;
  basedOnVersion: number | null;
  title: string;
  abstract: string;
  links: {
    __typename: 'SubmissionLinks';
    paperUrl: string;
    openReviewUrl: string;
    doi: string;
    repositoryUrl: string;
  };
  artifacts: Array<{
    __typename: 'Artifact';
    key: string;
    kind: ArtifactKind;
    name: string;
    description: string;
    powerLevel: PowerLevel;
  }>;
  content: {
    __typename: 'StatementContent';
    summary: string;
    accessRatchetStage: AccessRatchetStage | null;
    accessRatchetJustification: string;
    benefits: string;
    affectedGroups: Array<string>;
    hazards: Array<{
      __typename: 'Hazard';
      kind: HazardKind;
      description: string;
      severity: Severity | null;
    }>;
    pathToHarm: Array<{
      __typename: 'PathToHarmRating';
      factor: PathToHarmFactor;
      rating: Rating | null;
      justification: string;
    }>;
    indirectHarms: Array<{
      __typename: 'IndirectHarm';
      kind: IndirectHarmKind;
      applies: boolean | null;
      description: string;
    }>;
    mitigationChallenges: Array<{
      __typename: 'MitigationChallenge';
      kind: MitigationChallengeKind;
      applies: boolean | null;
      description: string;
    }>;
    mitigations: Array<{ __typename: 'Mitigation'; kind: MitigationKind; description: string }>;
    releasePlan: Array<{
      __typename: 'ReleasePlanItem';
      artifactKey: string;
      contentLevel: ContentLevel;
      timing: ReleaseTiming;
      distribution: ReleaseDistribution;
      embargoUntil: string | null;
      reviewEveryMonths: number | null;
      releaseEvent: string;
      accessConditions: string;
      stages: Array<{
        __typename: 'ReleaseStagePlan';
        description: string;
        opensOn: string | null;
        trigger: string;
      }>;
    }>;
  };
};

export type VersionFieldsFragment = {
  __typename: 'StatementVersion';
  number: number;
  title: string;
  abstract: string;
  submittedAt: string;
  links: {
    __typename: 'SubmissionLinks';
    paperUrl: string;
    openReviewUrl: string;
    doi: string;
    repositoryUrl: string;
  };
  artifacts: Array<{
    __typename: 'Artifact';
    key: string;
    kind: ArtifactKind;
    name: string;
    description: string;
    powerLevel: PowerLevel;
  }>;
  authors: Array<{ __typename: 'User'; id: string; name: string }>;
  submittedBy: { __typename: 'User'; id: string; name: string };
  content: {
    __typename: 'StatementContent';
    summary: string;
    accessRatchetStage: AccessRatchetStage | null;
    accessRatchetJustification: string;
    benefits: string;
    affectedGroups: Array<string>;
    hazards: Array<{
      __typename: 'Hazard';
      kind: HazardKind;
      description: string;
      severity: Severity | null;
    }>;
    pathToHarm: Array<{
      __typename: 'PathToHarmRating';
      factor: PathToHarmFactor;
      rating: Rating | null;
      justification: string;
    }>;
    indirectHarms: Array<{
      __typename: 'IndirectHarm';
      kind: IndirectHarmKind;
      applies: boolean | null;
      description: string;
    }>;
    mitigationChallenges: Array<{
      __typename: 'MitigationChallenge';
      kind: MitigationChallengeKind;
      applies: boolean | null;
      description: string;
    }>;
    mitigations: Array<{ __typename: 'Mitigation'; kind: MitigationKind; description: string }>;
    releasePlan: Array<{
      __typename: 'ReleasePlanItem';
      artifactKey: string;
      contentLevel: ContentLevel;
      timing: ReleaseTiming;
      distribution: ReleaseDistribution;
      embargoUntil: string | null;
      reviewEveryMonths: number | null;
      releaseEvent: string;
      accessConditions: string;
      stages: Array<{
        __typename: 'ReleaseStagePlan';
        description: string;
        opensOn: string | null;
        trigger: string;
      }>;
    }>;
  };
  tierSuggestion: {
    __typename: 'TierSuggestion';
    tier: Tier;
    score: number;
    drivers: Array<{
      __typename: 'TierDriver';
      path: string;
      section: StatementSection;
      answer: string;
      points: number;
      floor: Tier | null;
      reason: string;
    }>;
  } | null;
};

export type SubmissionDetailsFragment = {
  __typename: 'Submission';
  id: string;
  title: string;
  phase: SubmissionPhase;
  tierStatus: TierStatus | null;
  tier: Tier | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  venue: { __typename: 'Venue'; id: string; name: string; shortName: string; myRoles: Array<VenueRole> };
  authors: Array<{ __typename: 'User'; id: string; name: string }>;
  tierSuggestion: {
    __typename: 'TierSuggestion';
    tier: Tier;
    score: number;
    drivers: Array<{
      __typename: 'TierDriver';
      path: string;
      section: StatementSection;
      answer: string;
      points: number;
      floor: Tier | null;
      reason: string;
    }>;
  } | null;
  tierDecision: {
    __typename: 'TierDecision';
    tier: Tier;
    suggestedTier: Tier;
    reason: string;
    decidedAt: string;
    forVersion: number;
    decidedBy: { __typename: 'User'; id: string; name: string };
  } | null;
  tierHistory: Array<{
    __typename: 'TierDecision';
    tier: Tier;
    suggestedTier: Tier;
    reason: string;
    decidedAt: string;
    forVersion: number;
    decidedBy: { __typename: 'User'; id: string; name: string };
  }>;
  versions: Array<{ __typename: 'StatementVersionSummary'; number: number; submittedAt: string }>;
};

export type MySubmissionsQueryVariables = Exact<{ [key: string]: never }>;

export type MySubmissionsQuery = {
  __typename: 'Query';
  mySubmissions: Array<{
    __typename: 'Submission';
    id: string;
    title: string;
    phase: SubmissionPhase;
    tierStatus: TierStatus | null;
    tier: Tier | null;
    updatedAt: string;
    submittedAt: string | null;
    venue: { __typename: 'Venue'; id: string; name: string; shortName: string };
  }>;
};

export type EditSubmissionQueryVariables = Exact<{
  id: string | number;
}>;

export type EditSubmissionQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    title: string;
    phase: SubmissionPhase;
    venue: { __typename: 'Venue'; id: string; name: string; shortName: string };
    draft: {
      __typename: 'StatementDraft';
      revision: number;
      updatedAt: string;
      basedOnVersion: number | null;
      title: string;
      abstract: string;
      links: {
        __typename: 'SubmissionLinks';
        paperUrl: string;
        openReviewUrl: string;
        doi: string;
        repositoryUrl: string;
      };
      artifacts: Array<{
        __typename: 'Artifact';
        key: string;
        kind: ArtifactKind;
        name: string;
        description: string;
        powerLevel: PowerLevel;
      }>;
      content: {
        __typename: 'StatementContent';
        summary: string;
        accessRatchetStage: AccessRatchetStage | null;
        accessRatchetJustification: string;
        benefits: string;
        affectedGroups: Array<string>;
        hazards: Array<{
          __typename: 'Hazard';
          kind: HazardKind;
          description: string;
          severity: Severity | null;
        }>;
        pathToHarm: Array<{
          __typename: 'PathToHarmRating';
          factor: PathToHarmFactor;
          rating: Rating | null;
          justification: string;
        }>;
        indirectHarms: Array<{
          __typename: 'IndirectHarm';
          kind: IndirectHarmKind;
          applies: boolean | null;
          description: string;
        }>;
        mitigationChallenges: Array<{
          __typename: 'MitigationChallenge';
          kind: MitigationChallengeKind;
          applies: boolean | null;
          description: string;
        }>;
        mitigations: Array<{ __typename: 'Mitigation'; kind: MitigationKind; description: string }>;
        releasePlan: Array<{
          __typename: 'ReleasePlanItem';
          artifactKey: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
          embargoUntil: string | null;
          reviewEveryMonths: number | null;
          releaseEvent: string;
          accessConditions: string;
          stages: Array<{
            __typename: 'ReleaseStagePlan';
            description: string;
            opensOn: string | null;
            trigger: string;
          }>;
        }>;
      };
    } | null;
  };
};

export type SubmissionViewQueryVariables = Exact<{
  id: string | number;
  pick: boolean;
  number: number;
}>;

export type SubmissionViewQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    title: string;
    phase: SubmissionPhase;
    tierStatus: TierStatus | null;
    tier: Tier | null;
    revision: number;
    createdAt: string;
    updatedAt: string;
    submittedAt: string | null;
    viewerCan: {
      __typename: 'SubmissionViewerPermissions';
      edit: boolean;
      decideTier: boolean;
      declareConflict: boolean;
      pinConflict: boolean;
    };
    draft: { __typename: 'StatementDraft'; revision: number; updatedAt: string } | null;
    latestVersion?: {
      __typename: 'StatementVersion';
      number: number;
      title: string;
      abstract: string;
      submittedAt: string;
      links: {
        __typename: 'SubmissionLinks';
        paperUrl: string;
        openReviewUrl: string;
        doi: string;
        repositoryUrl: string;
      };
      artifacts: Array<{
        __typename: 'Artifact';
        key: string;
        kind: ArtifactKind;
        name: string;
        description: string;
        powerLevel: PowerLevel;
      }>;
      authors: Array<{ __typename: 'User'; id: string; name: string }>;
      submittedBy: { __typename: 'User'; id: string; name: string };
      content: {
        __typename: 'StatementContent';
        summary: string;
        accessRatchetStage: AccessRatchetStage | null;
        accessRatchetJustification: string;
        benefits: string;
        affectedGroups: Array<string>;
        hazards: Array<{
          __typename: 'Hazard';
          kind: HazardKind;
          description: string;
          severity: Severity | null;
        }>;
        pathToHarm: Array<{
          __typename: 'PathToHarmRating';
          factor: PathToHarmFactor;
          rating: Rating | null;
          justification: string;
        }>;
        indirectHarms: Array<{
          __typename: 'IndirectHarm';
          kind: IndirectHarmKind;
          applies: boolean | null;
          description: string;
        }>;
        mitigationChallenges: Array<{
          __typename: 'MitigationChallenge';
          kind: MitigationChallengeKind;
          applies: boolean | null;
          description: string;
        }>;
        mitigations: Array<{ __typename: 'Mitigation'; kind: MitigationKind; description: string }>;
        releasePlan: Array<{
          __typename: 'ReleasePlanItem';
          artifactKey: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
          embargoUntil: string | null;
          reviewEveryMonths: number | null;
          releaseEvent: string;
          accessConditions: string;
          stages: Array<{
            __typename: 'ReleaseStagePlan';
            description: string;
            opensOn: string | null;
            trigger: string;
          }>;
        }>;
      };
      tierSuggestion: {
        __typename: 'TierSuggestion';
        tier: Tier;
        score: number;
        drivers: Array<{
          __typename: 'TierDriver';
          path: string;
          section: StatementSection;
          answer: string;
          points: number;
          floor: Tier | null;
          reason: string;
        }>;
      } | null;
    } | null;
    version?: {
      __typename: 'StatementVersion';
      number: number;
      title: string;
      abstract: string;
      submittedAt: string;
      links: {
        __typename: 'SubmissionLinks';
        paperUrl: string;
        openReviewUrl: string;
        doi: string;
        repositoryUrl: string;
      };
      artifacts: Array<{
        __typename: 'Artifact';
        key: string;
        kind: ArtifactKind;
        name: string;
        description: string;
        powerLevel: PowerLevel;
      }>;
      authors: Array<{ __typename: 'User'; id: string; name: string }>;
      submittedBy: { __typename: 'User'; id: string; name: string };
      content: {
        __typename: 'StatementContent';
        summary: string;
        accessRatchetStage: AccessRatchetStage | null;
        accessRatchetJustification: string;
        benefits: string;
        affectedGroups: Array<string>;
        hazards: Array<{
          __typename: 'Hazard';
          kind: HazardKind;
          description: string;
          severity: Severity | null;
        }>;
        pathToHarm: Array<{
          __typename: 'PathToHarmRating';
          factor: PathToHarmFactor;
          rating: Rating | null;
          justification: string;
        }>;
        indirectHarms: Array<{
          __typename: 'IndirectHarm';
          kind: IndirectHarmKind;
          applies: boolean | null;
          description: string;
        }>;
        mitigationChallenges: Array<{
          __typename: 'MitigationChallenge';
          kind: MitigationChallengeKind;
          applies: boolean | null;
          description: string;
        }>;
        mitigations: Array<{ __typename: 'Mitigation'; kind: MitigationKind; description: string }>;
        releasePlan: Array<{
          __typename: 'ReleasePlanItem';
          artifactKey: string;
          contentLevel: ContentLevel;
          timing: ReleaseTiming;
          distribution: ReleaseDistribution;
          embargoUntil: string | null;
          reviewEveryMonths: number | null;
          releaseEvent: string;
          accessConditions: string;
          stages: Array<{
            __typename: 'ReleaseStagePlan';
            description: string;
            opensOn: string | null;
            trigger: string;
          }>;
        }>;
      };
      tierSuggestion: {
        __typename: 'TierSuggestion';
        tier: Tier;
        score: number;
        drivers: Array<{
          __typename: 'TierDriver';
          path: string;
          section: StatementSection;
          answer: string;
          points: number;
          floor: Tier | null;
          reason: string;
        }>;
      } | null;
    };
    venue: { __typename: 'Venue'; id: string; name: string; shortName: string; myRoles: Array<VenueRole> };
    authors: Array<{ __typename: 'User'; id: string; name: string }>;
    tierSuggestion: {
      __typename: 'TierSuggestion';
      tier: Tier;
      score: number;
      drivers: Array<{
        __typename: 'TierDriver';
        path: string;
        section: StatementSection;
        answer: string;
        points: number;
        floor: Tier | null;
        reason: string;
      }>;
    } | null;
    tierDecision: {
      __typename: 'TierDecision';
      tier: Tier;
      suggestedTier: Tier;
      reason: string;
      decidedAt: string;
      forVersion: number;
      decidedBy: { __typename: 'User'; id: string; name: string };
    } | null;
    tierHistory: Array<{
      __typename: 'TierDecision';
      tier: Tier;
      suggestedTier: Tier;
      reason: string;
      decidedAt: string;
      forVersion: number;
      decidedBy: { __typename: 'User'; id: string; name: string };
    }>;
    versions: Array<{ __typename: 'StatementVersionSummary'; number: number; submittedAt: string }>;
  };
};

export type CompareVersionsQueryVariables = Exact<{
  id: string | number;
  from: number;
  to: number;
}>;

export type CompareVersionsQuery = {
  __typename: 'Query';
  submission: {
    __typename: 'Submission';
    id: string;
    compareVersions: Array<{
      __typename: 'SectionComparison';
      section: ComparedSection;
      title: string;
      changed: boolean;
      changes: Array<{
        __typename: 'FieldChange';
        path: string;
        label: string;
        before: string | null;
        after: string | null;
      }>;
    }>;
  };
};

export type VenueSubmissionsQueryVariables = Exact<{
  venueId: string | number;
  filter?: VenueSubmissionsFilter | null | undefined;
  sort?: SubmissionSort | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type VenueSubmissionsQuery = {
  __typename: 'Query';
  venueSubmissions: {
    __typename: 'SubmissionPage';
    total: number;
    offset: number;
    limit: number;
    searchCapped: boolean;
    items: Array<{
      __typename: 'Submission';
      id: string;
      title: string;
      phase: SubmissionPhase;
      tierStatus: TierStatus | null;
      tier: Tier | null;
      revision: number;
      updatedAt: string;
      submittedAt: string | null;
      authors: Array<{ __typename: 'User'; id: string; name: string }>;
      versions: Array<{ __typename: 'StatementVersionSummary'; number: number }>;
      tierSuggestion: {
        __typename: 'TierSuggestion';
        tier: Tier;
        score: number;
        drivers: Array<{
          __typename: 'TierDriver';
          path: string;
          section: StatementSection;
          answer: string;
          points: number;
          floor: Tier | null;
          reason: string;
        }>;
      } | null;
      tierDecision: {
        __typename: 'TierDecision';
        tier: Tier;
        suggestedTier: Tier;
        reason: string;
        decidedAt: string;
        forVersion: number;
        decidedBy: { __typename: 'User'; id: string; name: string };
      } | null;
    }>;
  };
};

export type CreateSubmissionMutationVariables = Exact<{
  input: SubmissionInput;
}>;

export type CreateSubmissionMutation = {
  __typename: 'Mutation';
  createSubmission: { __typename: 'Submission'; id: string };
};

export type SaveDraftMutationVariables = Exact<{
  submissionId: string | number;
  draft: DraftInput;
  expectedDraftRevision: number;
}>;

export type SaveDraftMutation = {
  __typename: 'Mutation';
  saveDraft: { __typename: 'StatementDraft'; revision: number; updatedAt: string };
};

export type SubmitStatementMutationVariables = Exact<{
  submissionId: string | number;
  expectedDraftRevision: number;
}>;

export type SubmitStatementMutation = {
  __typename: 'Mutation';
  submitStatement: {
    __typename: 'Submission';
    id: string;
    phase: SubmissionPhase;
    tierStatus: TierStatus | null;
    submittedAt: string | null;
    versions: Array<{ __typename: 'StatementVersionSummary'; number: number; submittedAt: string }>;
  };
};

export type StartRevisionMutationVariables = Exact<{
  submissionId: string | number;
}>;

export type StartRevisionMutation = {
  __typename: 'Mutation';
  startRevision: { __typename: 'Submission'; id: string; phase: SubmissionPhase };
};

export type ConfirmTierMutationVariables = Exact<{
  submissionId: string | number;
  tier: Tier;
  reason: string;
  expectedRevision: number;
}>;

export type ConfirmTierMutation = {
  __typename: 'Mutation';
  confirmTier: {
    __typename: 'Submission';
    id: string;
    tierStatus: TierStatus | null;
    tier: Tier | null;
    revision: number;
    tierDecision: {
      __typename: 'TierDecision';
      tier: Tier;
      suggestedTier: Tier;
      reason: string;
      decidedAt: string;
      forVersion: number;
      decidedBy: { __typename: 'User'; id: string; name: string };
    } | null;
    tierHistory: Array<{
      __typename: 'TierDecision';
      tier: Tier;
      suggestedTier: Tier;
      reason: string;
      decidedAt: string;
      forVersion: number;
      decidedBy: { __typename: 'User'; id: string; name: string };
    }>;
  };
};

export type VenuesQueryVariables = Exact<{ [key: string]: never }>;

export type VenuesQuery = {
  __typename: 'Query';
  venues: Array<{
    __typename: 'Venue';
    id: string;
    name: string;
    shortName: string;
    kind: VenueKind;
    timeZone: string;
    myRoles: Array<VenueRole>;
    parentVenue: { __typename: 'Venue'; id: string; shortName: string } | null;
  }>;
};

export type VenueDetailsFragment = {
  __typename: 'Venue';
  id: string;
  name: string;
  shortName: string;
  kind: VenueKind;
  timeZone: string;
  description: string;
  tiersVisibleToAuthors: boolean;
  revision: number;
  createdAt: string;
  myRoles: Array<VenueRole>;
  parentVenue: { __typename: 'Venue'; id: string; name: string; shortName: string } | null;
  awaitingApprovalBy: { __typename: 'Venue'; id: string; name: string; shortName: string } | null;
  conferenceRequest: {
    __typename: 'ConferenceRequest';
    state: AffiliationState;
    note: string;
    decidedAt: string | null;
    decidedByName: string | null;
    conference: { __typename: 'Venue'; id: string; name: string; shortName: string };
  } | null;
  workshops: Array<{ __typename: 'Venue'; id: string; name: string; shortName: string }>;
  deadlines: Array<{ __typename: 'Deadline'; label: string; dueLocal: string; dueAt: string }>;
};

export type VenueQueryVariables = Exact<{
  id: string | number;
}>;

export type VenueQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    name: string;
    shortName: string;
    kind: VenueKind;
    timeZone: string;
    description: string;
    tiersVisibleToAuthors: boolean;
    revision: number;
    createdAt: string;
    myRoles: Array<VenueRole>;
    parentVenue: { __typename: 'Venue'; id: string; name: string; shortName: string } | null;
    awaitingApprovalBy: { __typename: 'Venue'; id: string; name: string; shortName: string } | null;
    conferenceRequest: {
      __typename: 'ConferenceRequest';
      state: AffiliationState;
      note: string;
      decidedAt: string | null;
      decidedByName: string | null;
      conference: { __typename: 'Venue'; id: string; name: string; shortName: string };
    } | null;
    workshops: Array<{ __typename: 'Venue'; id: string; name: string; shortName: string }>;
    deadlines: Array<{ __typename: 'Deadline'; label: string; dueLocal: string; dueAt: string }>;
  };
};

export type VenueInvitationFieldsFragment = {
  __typename: 'Invitation';
  id: string;
  email: string;
  role: VenueRole;
  state: InvitationState;
  expired: boolean;
  createdAt: string;
  expiresAt: string;
  respondedAt: string | null;
  invitedBy: { __typename: 'User'; id: string; name: string };
};

export type VenueMembersQueryVariables = Exact<{
  id: string | number;
}>;

export type VenueMembersQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    members: Array<{
      __typename: 'VenueMember';
      roles: Array<VenueRole>;
      user: { __typename: 'User'; id: string; name: string; email: string | null };
    }>;
    invitations: Array<{
      __typename: 'Invitation';
      id: string;
      email: string;
      role: VenueRole;
      state: InvitationState;
      expired: boolean;
      createdAt: string;
      expiresAt: string;
      respondedAt: string | null;
      invitedBy: { __typename: 'User'; id: string; name: string };
    }>;
  };
};

export type CreateVenueMutationVariables = Exact<{
  input: CreateVenueInput;
}>;

export type CreateVenueMutation = {
  __typename: 'Mutation';
  createVenue: {
    __typename: 'Venue';
    id: string;
    name: string;
    shortName: string;
    kind: VenueKind;
    timeZone: string;
    description: string;
    tiersVisibleToAuthors: boolean;
    revision: number;
    createdAt: string;
    myRoles: Array<VenueRole>;
    parentVenue: { __typename: 'Venue'; id: string; name: string; shortName: string } | null;
    awaitingApprovalBy: { __typename: 'Venue'; id: string; name: string; shortName: string } | null;
    conferenceRequest: {
      __typename: 'ConferenceRequest';
      state: AffiliationState;
      note: string;
      decidedAt: string | null;
      decidedByName: string | null;
      conference: { __typename: 'Venue'; id: string; name: string; shortName: string };
    } | null;
    workshops: Array<{ __typename: 'Venue'; id: string; name: string; shortName: string }>;
    deadlines: Array<{ __typename: 'Deadline'; label: string; dueLocal: string; dueAt: string }>;
  };
};

export type UpdateVenueMutationVariables = Exact<{
  id: string | number;
  input: UpdateVenueInput;
  expectedRevision: number;
}>;

export type UpdateVenueMutation = {
  __typename: 'Mutation';
  updateVenue: {
    __typename: 'Venue';
    id: string;
    name: string;
    shortName: string;
    kind: VenueKind;
    timeZone: string;
    description: string;
    tiersVisibleToAuthors: boolean;
    revision: number;
    createdAt: string;
    myRoles: Array<VenueRole>;
    parentVenue: { __typename: 'Venue'; id: string; name: string; shortName: string } | null;
    awaitingApprovalBy: { __typename: 'Venue'; id: string; name: string; shortName: string } | null;
    conferenceRequest: {
      __typename: 'ConferenceRequest';
      state: AffiliationState;
      note: string;
      decidedAt: string | null;
      decidedByName: string | null;
      conference: { __typename: 'Venue'; id: string; name: string; shortName: string };
    } | null;
    workshops: Array<{ __typename: 'Venue'; id: string; name: string; shortName: string }>;
    deadlines: Array<{ __typename: 'Deadline'; label: string; dueLocal: string; dueAt: string }>;
  };
};

export type WorkshopRequestsQueryVariables = Exact<{
  id: string | number;
}>;

export type WorkshopRequestsQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    workshopRequests: Array<{
      __typename: 'Venue';
      id: string;
      name: string;
      shortName: string;
      description: string;
      createdAt: string;
    }>;
  };
};

export type DecideWorkshopRequestMutationVariables = Exact<{
  workshopId: string | number;
  decision: AffiliationDecision;
  note?: string | null | undefined;
}>;

export type DecideWorkshopRequestMutation = {
  __typename: 'Mutation';
  decideWorkshopRequest: {
    __typename: 'Venue';
    id: string;
    parentVenue: { __typename: 'Venue'; id: string; shortName: string } | null;
    awaitingApprovalBy: { __typename: 'Venue'; id: string; shortName: string } | null;
  };
};

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;

export type ResendInvitationMutation = {
  __typename: 'Mutation';
  resendInvitation: {
    __typename: 'Invitation';
    id: string;
    state: InvitationState;
    expired: boolean;
    expiresAt: string;
  };
};

export type InviteToVenueMutationVariables = Exact<{
  input: InviteInput;
}>;

export type InviteToVenueMutation = {
  __typename: 'Mutation';
  inviteToVenue: {
    __typename: 'Invitation';
    id: string;
    email: string;
    role: VenueRole;
    state: InvitationState;
    expired: boolean;
    createdAt: string;
    expiresAt: string;
    respondedAt: string | null;
    invitedBy: { __typename: 'User'; id: string; name: string };
  };
};

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeInvitationMutation = {
  __typename: 'Mutation';
  revokeInvitation: {
    __typename: 'Invitation';
    id: string;
    state: InvitationState;
    respondedAt: string | null;
  };
};

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;

export type InvitationPreviewQuery = {
  __typename: 'Query';
  invitation: {
    __typename: 'InvitationPreview';
    venueName: string;
    venueShortName: string;
    role: VenueRole;
    email: string;
    state: InvitationState;
    invitedByName: string;
    expired: boolean;
    accountExists: boolean;
  };
};

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;

export type AcceptInvitationMutation = {
  __typename: 'Mutation';
  acceptInvitation: {
    __typename: 'Viewer';
    id: string;
    name: string;
    email: string;
    siteAdmin: boolean;
    canCreateVenues: boolean;
    roles: Array<{ __typename: 'VenueRoleGrant'; venueId: string; role: VenueRole }>;
  };
};

export type DeclineInvitationMutationVariables = Exact<{
  token: string;
}>;

export type DeclineInvitationMutation = { __typename: 'Mutation'; declineInvitation: boolean };

export type TierRequirementFieldsFragment = {
  __typename: 'TierRequirement';
  chairCheck: boolean;
  expertReviewers: number;
  communityReviewers: number;
  reviewDays: number;
  disapproval: DisapprovalRule;
};

export type TierPolicyFieldsFragment = {
  __typename: 'TierPolicy';
  exempt: {
    __typename: 'TierRequirement';
    chairCheck: boolean;
    expertReviewers: number;
    communityReviewers: number;
    reviewDays: number;
    disapproval: DisapprovalRule;
  };
  expedited: {
    __typename: 'TierRequirement';
    chairCheck: boolean;
    expertReviewers: number;
    communityReviewers: number;
    reviewDays: number;
    disapproval: DisapprovalRule;
  };
  full: {
    __typename: 'TierRequirement';
    chairCheck: boolean;
    expertReviewers: number;
    communityReviewers: number;
    reviewDays: number;
    disapproval: DisapprovalRule;
  };
};

export type VenueTaxonomyFieldsFragment = {
  __typename: 'VenueTaxonomy';
  communities: Array<string>;
  areas: Array<{ __typename: 'TaxonomyArea'; label: string; subAreas: Array<string> }>;
};

export type VenueRulesQueryVariables = Exact<{
  id: string | number;
}>;

export type VenueRulesQuery = {
  __typename: 'Query';
  venue: {
    __typename: 'Venue';
    id: string;
    revision: number;
    tierPolicy: {
      __typename: 'TierPolicy';
      exempt: {
        __typename: 'TierRequirement';
        chairCheck: boolean;
        expertReviewers: number;
        communityReviewers: number;
        reviewDays: number;
        disapproval: DisapprovalRule;
      };
      expedited: {
        __typename: 'TierRequirement';
        chairCheck: boolean;
        expertReviewers: number;
        communityReviewers: number;
        reviewDays: number;
        disapproval: DisapprovalRule;
      };
      full: {
        __typename: 'TierRequirement';
        chairCheck: boolean;
        expertReviewers: number;
        communityReviewers: number;
        reviewDays: number;
        disapproval: DisapprovalRule;
      };
    };
    taxonomy: {
      __typename: 'VenueTaxonomy';
      communities: Array<string>;
      areas: Array<{ __typename: 'TaxonomyArea'; label: string; subAreas: Array<string> }>;
    };
  };
};

export type TierPolicyImpactQueryVariables = Exact<{
  venueId: string | number;
  policy: TierPolicyInput;
}>;

export type TierPolicyImpactQuery = {
  __typename: 'Query';
  tierPolicyImpact: Array<{
    __typename: 'TierPolicyImpact';
    tier: Tier;
    changedFields: Array<string>;
    statements: number;
    examples: Array<{ __typename: 'Submission'; id: string; title: string }>;
  }>;
};

export type UpdateTierPolicyMutationVariables = Exact<{
  venueId: string | number;
  policy: TierPolicyInput;
  expectedRevision: number;
}>;

export type UpdateTierPolicyMutation = {
  __typename: 'Mutation';
  updateTierPolicy: {
    __typename: 'Venue';
    id: string;
    revision: number;
    tierPolicy: {
      __typename: 'TierPolicy';
      exempt: {
        __typename: 'TierRequirement';
        chairCheck: boolean;
        expertReviewers: number;
        communityReviewers: number;
        reviewDays: number;
        disapproval: DisapprovalRule;
      };
      expedited: {
        __typename: 'TierRequirement';
        chairCheck: boolean;
        expertReviewers: number;
        communityReviewers: number;
        reviewDays: number;
        disapproval: DisapprovalRule;
      };
      full: {
        __typename: 'TierRequirement';
        chairCheck: boolean;
        expertReviewers: number;
        communityReviewers: number;
        reviewDays: number;
        disapproval: DisapprovalRule;
      };
    };
  };
};

export type UpdateVenueTaxonomyMutationVariables = Exact<{
  venueId: string | number;
  taxonomy: VenueTaxonomyInput;
  expectedRevision: number;
}>;

export type UpdateVenueTaxonomyMutation = {
  __typename: 'Mutation';
  updateVenueTaxonomy: {
    __typename: 'Venue';
    id: string;
    revision: number;
    taxonomy: {
      __typename: 'VenueTaxonomy';
      communities: Array<string>;
      areas: Array<{ __typename: 'TaxonomyArea'; label: string; subAreas: Array<string> }>;
    };
  };
};

export type PersonFieldsFragment = { __typename: 'User'; id: string; name: string };

export type VenueNameFieldsFragment = { __typename: 'Venue'; id: string; name: string; shortName: string };

export const SitePersonFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SitePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SitePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'siteAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateVenues' } },
          { kind: 'Field', name: { kind: 'Name', value: 'adminByConfiguration' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SitePersonFieldsFragment, unknown>;
export const ContinuingReviewPolicyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContinuingReviewPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContinuingReviewPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodMonths' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exempt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expedited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'full' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'reminderDays' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContinuingReviewPolicyFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const DecidedConditionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecidedConditionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecidedCondition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'libraryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecidedConditionFieldsFragment, unknown>;
export const PlanItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleasePlanItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanItemFieldsFragment, unknown>;
export const ApprovalFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Approval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysUntilExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reevaluationOpensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindersSent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suspendedArtifacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecidedConditionFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecidedConditionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecidedCondition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'libraryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleasePlanItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalFieldsFragment, unknown>;
export const ReevaluationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reevaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incidents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replication' } },
                { kind: 'Field', name: { kind: 'Name', value: 'milestones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submittedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutReportReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'report' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReevaluationFieldsFragment, unknown>;
export const ApprovalWithReevaluationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalWithReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Approval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reevaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReevaluationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecidedConditionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecidedCondition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'libraryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleasePlanItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Approval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysUntilExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reevaluationOpensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindersSent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suspendedArtifacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecidedConditionFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reevaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incidents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replication' } },
                { kind: 'Field', name: { kind: 'Name', value: 'milestones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submittedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutReportReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'report' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalWithReevaluationFieldsFragment, unknown>;
export const MatchingRunFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchingRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phaseLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelRequested' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minStatementScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kept' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uncoveredStatements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'diagnosis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inputProblems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detectedConflicts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loadHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoreHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'phaseSeconds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seconds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchingRunFieldsFragment, unknown>;
export const StatementProposalFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatementProposalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementProposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatementProposalFieldsFragment, unknown>;
export const AuditEventFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'siteAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateVenues' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const ConflictFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConflictFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conflict' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declaredBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConflictFieldsFragment, unknown>;
export const ApprovalListItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalListItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalListItemModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'approvalId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysUntilExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportFiled' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalListItemFieldsFragment, unknown>;
export const ApprovalStateCountFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalStateCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalStateCount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalStateCountFieldsFragment, unknown>;
export const IncidentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IncidentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Incident' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'artifacts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'whatHappened' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceLinks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reporterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareWithAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'triage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IncidentFieldsFragment, unknown>;
export const EventedApprovalFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EventedApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EventedApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'approvalId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventedApprovalFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecidedConditionFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlanComparison' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedParts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decided' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'withoutReviewsReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewsCounted' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'letter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecidedConditionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecidedCondition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'libraryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleasePlanItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionFieldsFragment, unknown>;
export const DecisionHistoryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionHistoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionHistoryFieldsFragment, unknown>;
export const DecisionSettingsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditionLibrary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsArtifact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsDueDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'letterTemplates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'custom' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'variables' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionSettingsFieldsFragment, unknown>;
export const SubmissionPermissionsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionPermissionsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionViewerPermissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'bid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decideTier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declareConflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manageAssignments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinConflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseReviews' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'writeReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionPermissionsFieldsFragment, unknown>;
export const DiscussionParticipantFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiscussionParticipant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiscussionParticipantFieldsFragment, unknown>;
export const DiscussionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Discussion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DiscussionParticipantFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DiscussionParticipantFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DiscussionParticipantFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiscussionParticipant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiscussionFieldsFragment, unknown>;
export const AuthorResponseFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuthorResponseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthorResponse' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wordCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthorResponseFieldsFragment, unknown>;
export const VenueJobFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VenueJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueJobFieldsFragment, unknown>;
export const MotionRecordFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MotionRecordFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'for' } },
          { kind: 'Field', name: { kind: 'Name', value: 'against' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'result' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MotionRecordFieldsFragment, unknown>;
export const MeetingItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingItemFieldsFragment, unknown>;
export const OpenMotionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenMotionFieldsFragment, unknown>;
export const MeetingLiveFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingLiveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireCommunityMember' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerPresent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentItem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenMotionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingLiveFieldsFragment, unknown>;
export const NotificationChoiceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationChoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationChoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delivery' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chosen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationChoiceFieldsFragment, unknown>;
export const NotificationSettingsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digestHour' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextDigestAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'general' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationChoiceFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venueName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venueShortName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'choices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationChoiceFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationChoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationChoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delivery' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chosen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationSettingsFieldsFragment, unknown>;
export const PublicApprovalFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PublicApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venueShortName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suspended' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicApprovalFieldsFragment, unknown>;
export const ReviewerProfileFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewerProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewerProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'areas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstract' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'affiliations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emailDomain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'communities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxLoad' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingCompletedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewerProfileFieldsFragment, unknown>;
export const PoolImportFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PoolImportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PoolImportReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skipped' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refused' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PoolImportFieldsFragment, unknown>;
export const ReviewTextFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewTextFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseRecommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredMitigations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentsForAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namedToAuthors' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewTextFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statementVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstSubmittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeliness' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'text' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewTextFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statementVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'text' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewTextFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewTextFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseRecommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredMitigations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentsForAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namedToAuthors' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewFieldsFragment, unknown>;
export const ReviewCardFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeliness' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'text' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewTextFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewTextFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseRecommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredMitigations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentsForAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namedToAuthors' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewCardFieldsFragment, unknown>;
export const FormQuestionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FormQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FormQuestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'help' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FormQuestionFieldsFragment, unknown>;
export const ReviewFormFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewForm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredQuestionIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FormQuestionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FormQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FormQuestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'help' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewFormFieldsFragment, unknown>;
export const LinksFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinksFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionLinks' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'paperUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openReviewUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doi' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repositoryUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinksFieldsFragment, unknown>;
export const ArtifactFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ArtifactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Artifact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'powerLevel' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArtifactFieldsFragment, unknown>;
export const StatementContentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatementContentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementContent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hazards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pathToHarm' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'justification' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetJustification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indirectHarms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigationChallenges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'benefits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'affectedGroups' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatementContentFieldsFragment, unknown>;
export const DraftFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DraftFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementDraft' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstract' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinksFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'artifacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ArtifactFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'content' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatementContentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinksFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionLinks' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'paperUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openReviewUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doi' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repositoryUrl' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ArtifactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Artifact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'powerLevel' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatementContentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementContent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hazards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pathToHarm' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'justification' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetJustification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indirectHarms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigationChallenges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'benefits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'affectedGroups' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DraftFieldsFragment, unknown>;
export const TierSuggestionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierSuggestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierSuggestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drivers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                { kind: 'Field', name: { kind: 'Name', value: 'floor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TierSuggestionFieldsFragment, unknown>;
export const VersionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstract' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinksFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'artifacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ArtifactFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submittedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'content' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatementContentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tierSuggestion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierSuggestionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinksFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionLinks' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'paperUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openReviewUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doi' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repositoryUrl' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ArtifactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Artifact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'powerLevel' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatementContentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementContent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hazards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pathToHarm' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'justification' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetJustification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indirectHarms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigationChallenges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'benefits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'affectedGroups' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierSuggestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierSuggestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drivers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                { kind: 'Field', name: { kind: 'Name', value: 'floor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionFieldsFragment, unknown>;
export const TierDecisionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedTier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TierDecisionFieldsFragment, unknown>;
export const SubmissionDetailsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Submission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tierStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tierSuggestion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierSuggestionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tierDecision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tierHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierSuggestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierSuggestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drivers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                { kind: 'Field', name: { kind: 'Name', value: 'floor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedTier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionDetailsFragment, unknown>;
export const VenueNameFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueNameFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueNameFieldsFragment, unknown>;
export const VenueDetailsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tiersVisibleToAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parentVenue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awaitingApprovalBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conferenceRequest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conference' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshops' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueLocal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueNameFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueDetailsFragment, unknown>;
export const VenueInvitationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueInvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueInvitationFieldsFragment, unknown>;
export const TierRequirementFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierRequirementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierRequirement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chairCheck' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertReviewers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communityReviewers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disapproval' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TierRequirementFieldsFragment, unknown>;
export const TierPolicyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exempt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expedited' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'full' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierRequirementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierRequirement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chairCheck' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertReviewers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communityReviewers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disapproval' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TierPolicyFieldsFragment, unknown>;
export const VenueTaxonomyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueTaxonomyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VenueTaxonomy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subAreas' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'communities' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueTaxonomyFieldsFragment, unknown>;
export const ResponseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Response' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'StringValue', value: 's1', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'respond' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResponseQuery, ResponseQueryVariables>;
export const ConflictsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Conflicts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'StringValue', value: 's1', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'declareConflict' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConflictsQuery, ConflictsQueryVariables>;
export const SiteStaffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SiteStaff' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'siteStaff' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SitePersonFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SitePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SitePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'siteAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateVenues' } },
          { kind: 'Field', name: { kind: 'Name', value: 'adminByConfiguration' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SiteStaffQuery, SiteStaffQueryVariables>;
export const SearchPeopleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchPeople' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'searchPeople' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SitePersonFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SitePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SitePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'siteAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateVenues' } },
          { kind: 'Field', name: { kind: 'Name', value: 'adminByConfiguration' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchPeopleQuery, SearchPeopleQueryVariables>;
export const SetSitePermissionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetSitePermission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetSitePermissionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setSitePermission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SitePersonFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SitePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SitePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'siteAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateVenues' } },
          { kind: 'Field', name: { kind: 'Name', value: 'adminByConfiguration' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetSitePermissionMutation, SetSitePermissionMutationVariables>;
export const ChangeApprovalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeApproval' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeApprovalInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeApproval' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalWithReevaluationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecidedConditionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecidedCondition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'libraryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleasePlanItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Approval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysUntilExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reevaluationOpensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindersSent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suspendedArtifacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecidedConditionFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reevaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incidents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replication' } },
                { kind: 'Field', name: { kind: 'Name', value: 'milestones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submittedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutReportReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'report' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalWithReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Approval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reevaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReevaluationFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeApprovalMutation, ChangeApprovalMutationVariables>;
export const SubmitContinuingReviewReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitContinuingReviewReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContinuingReviewReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitContinuingReviewReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReevaluationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reevaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incidents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replication' } },
                { kind: 'Field', name: { kind: 'Name', value: 'milestones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submittedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutReportReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'report' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SubmitContinuingReviewReportMutation,
  SubmitContinuingReviewReportMutationVariables
>;
export const RecommendOnReevaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecommendOnReevaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendOnReevaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReevaluationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reevaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incidents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replication' } },
                { kind: 'Field', name: { kind: 'Name', value: 'milestones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submittedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutReportReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'report' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendOnReevaluationMutation, RecommendOnReevaluationMutationVariables>;
export const DecideReevaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideReevaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReevaluationDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideReevaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalWithReevaluationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecidedConditionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecidedCondition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'libraryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleasePlanItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Approval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysUntilExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reevaluationOpensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindersSent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suspendedArtifacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecidedConditionFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reevaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incidents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replication' } },
                { kind: 'Field', name: { kind: 'Name', value: 'milestones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submittedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutReportReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'report' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalWithReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Approval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reevaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReevaluationFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideReevaluationMutation, DecideReevaluationMutationVariables>;
export const ContinuingReviewPolicyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ContinuingReviewPolicy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'continuingReviewPolicy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ContinuingReviewPolicyFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContinuingReviewPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContinuingReviewPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodMonths' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exempt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expedited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'full' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'reminderDays' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContinuingReviewPolicyQuery, ContinuingReviewPolicyQueryVariables>;
export const UpdateContinuingReviewPolicyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateContinuingReviewPolicy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'policy' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContinuingReviewPolicyInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateContinuingReviewPolicy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'policy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'policy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'continuingReviewPolicy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ContinuingReviewPolicyFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContinuingReviewPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContinuingReviewPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodMonths' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exempt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expedited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'full' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'reminderDays' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateContinuingReviewPolicyMutation,
  UpdateContinuingReviewPolicyMutationVariables
>;
export const AssignmentPanelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssignmentPanel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'biddingOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doubleBlind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'matchingRun' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchingRunFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchingRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phaseLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelRequested' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minStatementScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kept' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uncoveredStatements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'diagnosis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inputProblems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detectedConflicts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loadHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoreHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'phaseSeconds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seconds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentPanelQuery, AssignmentPanelQueryVariables>;
export const BiddingProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BiddingProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'biddingProgress' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'offset' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'IntValue', value: '20' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewersWithBids' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bids' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'reviewer' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'bids' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'veryHigh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'high' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'neutral' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'low' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'veryLow' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastBidAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BiddingProgressQuery, BiddingProgressQueryVariables>;
export const ReviewerChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewerChoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewerChoices' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'IntValue', value: '8' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reviewer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewerChoicesQuery, ReviewerChoicesQueryVariables>;
export const MatchingRunProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MatchingRunProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchingRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchingRunFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchingRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phaseLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelRequested' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minStatementScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kept' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uncoveredStatements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'diagnosis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inputProblems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detectedConflicts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loadHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoreHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'phaseSeconds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seconds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchingRunProgressQuery, MatchingRunProgressQueryVariables>;
export const ProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Proposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchingRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'uncovered' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submission' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposal' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'nextAfter' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'statements' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'StatementProposalFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatementProposalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementProposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalQuery, ProposalQueryVariables>;
export const UpdateReviewSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReviewSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'biddingOpen' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'doubleBlind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReviewSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'biddingOpen' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'biddingOpen' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'doubleBlind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'doubleBlind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'biddingOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doubleBlind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReviewSettingsMutation, UpdateReviewSettingsMutationVariables>;
export const StartMatchingRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartMatchingRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'objective' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingObjective' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startMatchingRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'objective' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'objective' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchingRunFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchingRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phaseLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelRequested' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minStatementScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kept' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uncoveredStatements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'diagnosis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inputProblems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detectedConflicts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loadHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoreHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'phaseSeconds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seconds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartMatchingRunMutation, StartMatchingRunMutationVariables>;
export const CancelMatchingRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelMatchingRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelMatchingRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchingRunFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchingRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phaseLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelRequested' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minStatementScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kept' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uncoveredStatements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'diagnosis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inputProblems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detectedConflicts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loadHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoreHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'phaseSeconds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seconds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelMatchingRunMutation, CancelMatchingRunMutationVariables>;
export const CommitMatchingRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommitMatchingRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commitMatchingRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'run' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchingRunFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchingRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phaseLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelRequested' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minStatementScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kept' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uncoveredStatements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'diagnosis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inputProblems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detectedConflicts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'loadHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoreHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'phaseSeconds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seconds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommitMatchingRunMutation, CommitMatchingRunMutationVariables>;
export const AddProposedReviewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddProposedReviewer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reviewerId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addProposedReviewer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reviewerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reviewerId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatementProposalFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatementProposalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementProposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddProposedReviewerMutation, AddProposedReviewerMutationVariables>;
export const RemoveProposedReviewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveProposedReviewer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reviewerId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeProposedReviewer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reviewerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reviewerId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatementProposalFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatementProposalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementProposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveProposedReviewerMutation, RemoveProposedReviewerMutationVariables>;
export const MyReviewingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyReviewing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'biddingOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doubleBlind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAssignments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'assignedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submission' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reviewTask' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'review' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyReviewingQuery, MyReviewingQueryVariables>;
export const BiddingStatementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BiddingStatements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'biddingStatements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'areas' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bid' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submission' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'abstract' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'authors' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'latestVersion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'content' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'hazards' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BiddingStatementsQuery, BiddingStatementsQueryVariables>;
export const PlaceBidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlaceBid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'level' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BidLevel' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placeBid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'level' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'level' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceBidMutation, PlaceBidMutationVariables>;
export const DeclareOwnConflictDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclareOwnConflict' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeclareOwnConflictInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declareOwnConflict' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclareOwnConflictMutation, DeclareOwnConflictMutationVariables>;
export const RespondToAssignmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondToAssignment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assignmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accept' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToAssignment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assignmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assignmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accept' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accept' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RespondToAssignmentMutation, RespondToAssignmentMutationVariables>;
export const SubmissionReviewersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SubmissionReviewers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'manageAssignments' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openSlots' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'areas' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reviewer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionReviewersQuery, SubmissionReviewersQueryVariables>;
export const ReplacementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Replacements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewerKind' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replacements' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxLoad' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reviewer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReplacementsQuery, ReplacementsQueryVariables>;
export const AssignReplacementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignReplacement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reviewerId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignReplacement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reviewerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reviewerId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignReplacementMutation, AssignReplacementMutationVariables>;
export const VenueHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VenueHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditHistoryFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venueHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEventFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venueLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkpoint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'root' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timestamp' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signature' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publicKey' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueHistoryQuery, VenueHistoryQueryVariables>;
export const VenueLogExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VenueLogExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venueLogExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueLogExportQuery, VenueLogExportQueryVariables>;
export const SubmissionHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SubmissionHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEventFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'index' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionHistoryQuery, SubmissionHistoryQueryVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'siteAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateVenues' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'siteAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateVenues' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RequestSignUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestSignUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestSignUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestSignUpMutation, RequestSignUpMutationVariables>;
export const SignUpLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignUpLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signUpLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountExists' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignUpLinkQuery, SignUpLinkQueryVariables>;
export const CompleteSignUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteSignUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompleteSignUpInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeSignUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'siteAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateVenues' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteSignUpMutation, CompleteSignUpMutationVariables>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const PasswordResetLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PasswordResetLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'passwordResetLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PasswordResetLinkQuery, PasswordResetLinkQueryVariables>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResetPasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'siteAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateVenues' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const CalendarFeedsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CalendarFeeds' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendarFeeds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'venue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueNameFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CalendarFeedsQuery, CalendarFeedsQueryVariables>;
export const CreateCalendarFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCalendarFeed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCalendarFeed' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeCalendarFeed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeCalendarFeed' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const SubmissionConflictsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SubmissionConflicts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'declareConflict' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pinConflict' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflicts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConflictFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflictCandidates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConflictFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conflict' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declaredBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionConflictsQuery, SubmissionConflictsQueryVariables>;
export const DeclareConflictDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclareConflict' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeclareConflictInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declareConflict' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConflictFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConflictFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conflict' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declaredBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclareConflictMutation, DeclareConflictMutationVariables>;
export const WithdrawConflictDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawConflict' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawConflict' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawConflictMutation, WithdrawConflictMutationVariables>;
export const ContinuingReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ContinuingReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'continuingReview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ApprovalStateCountFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'series' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'counts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ApprovalStateCountFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'dueSoon' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ApprovalListItemFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'underReevaluation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ApprovalListItemFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lapsed' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ApprovalListItemFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'suspended' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ApprovalListItemFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'incidents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'IncidentFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'eventedApprovals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EventedApprovalFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalStateCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalStateCount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalListItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalListItemModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'approvalId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysUntilExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportFiled' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IncidentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Incident' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'artifacts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'whatHappened' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceLinks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reporterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareWithAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'triage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EventedApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EventedApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'approvalId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContinuingReviewQuery, ContinuingReviewQueryVariables>;
export const RecordExternalEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordExternalEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'approvalIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordExternalEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'description' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'approvalIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'approvalIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skipped' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'approvalId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordExternalEventMutation, RecordExternalEventMutationVariables>;
export const TriageIncidentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TriageIncident' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TriageIncidentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'triageIncident' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'IncidentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IncidentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Incident' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvalId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'artifacts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'whatHappened' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceLinks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reporterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareWithAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'triage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TriageIncidentMutation, TriageIncidentMutationVariables>;
export const SubmissionDecisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SubmissionDecision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tierStatus' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SubmissionPermissionsFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'venue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tierPolicy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierPolicyFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'continuingReviewPolicy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ContinuingReviewPolicyFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'artifacts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ArtifactFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'content' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'StatementContentFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviews' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditionLibrary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'needsArtifact' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'needsDueDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decision' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisionHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionHistoryFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approval' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ApprovalWithReevaluationFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'letterDraft' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierRequirementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierRequirement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chairCheck' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertReviewers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communityReviewers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disapproval' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecidedConditionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecidedCondition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'libraryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleasePlanItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Approval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysUntilExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reevaluationOpensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindersSent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suspendedArtifacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecidedConditionFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reevaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incidents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replication' } },
                { kind: 'Field', name: { kind: 'Name', value: 'milestones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submittedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutReportReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'report' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionPermissionsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionViewerPermissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'bid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decideTier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declareConflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manageAssignments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinConflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseReviews' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'writeReview' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exempt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expedited' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'full' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContinuingReviewPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContinuingReviewPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodMonths' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exempt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expedited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'full' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'reminderDays' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ArtifactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Artifact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'powerLevel' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatementContentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementContent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hazards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pathToHarm' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'justification' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetJustification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indirectHarms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigationChallenges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'benefits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'affectedGroups' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecidedConditionFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlanComparison' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedParts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decided' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'withoutReviewsReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewsCounted' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'letter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionHistoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalWithReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Approval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reevaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReevaluationFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionDecisionQuery, SubmissionDecisionQueryVariables>;
export const RecordDecisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordDecision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordDecision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'referredToFull' } },
                { kind: 'Field', name: { kind: 'Name', value: 'referral' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submission' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tierStatus' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tierDecision' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierDecisionFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tierHistory' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierDecisionFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decision' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'letterDraft' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecidedConditionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecidedCondition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'libraryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleasePlanItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedTier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecidedConditionFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlanComparison' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedParts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decided' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'withoutReviewsReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewsCounted' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'letter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const SendDecisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendDecision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'letter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LetterInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendDecision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'letter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'letter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decision' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisionHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionHistoryFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approval' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ApprovalWithReevaluationFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'letterDraft' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecidedConditionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecidedCondition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'libraryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleasePlanItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Approval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysUntilExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reevaluationOpensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remindersSent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suspendedArtifacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecidedConditionFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reevaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incidents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replication' } },
                { kind: 'Field', name: { kind: 'Name', value: 'milestones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submittedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withoutReportReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'report' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecidedConditionFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlanComparison' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedParts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decided' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanItemFields' } }],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'withoutReviewsReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewsCounted' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expert' } },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'letter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionHistoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalWithReevaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Approval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reevaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReevaluationFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendDecisionMutation, SendDecisionMutationVariables>;
export const DecisionSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DecisionSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisionSettings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionSettingsFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditionLibrary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsArtifact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsDueDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'letterTemplates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'custom' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'variables' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionSettingsQuery, DecisionSettingsQueryVariables>;
export const UpdateConditionLibraryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateConditionLibrary' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'entries' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConditionLibraryEntryInput' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateConditionLibrary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entries' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entries' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionSettingsFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditionLibrary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsArtifact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsDueDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'letterTemplates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'custom' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'variables' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateConditionLibraryMutation, UpdateConditionLibraryMutationVariables>;
export const UpdateLetterTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateLetterTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionOutcome' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'template' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LetterInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLetterTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'outcome' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'template' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'template' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionSettingsFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conditionLibrary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsArtifact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsDueDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'letterTemplates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'custom' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'variables' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateLetterTemplateMutation, UpdateLetterTemplateMutationVariables>;
export const SubmissionDiscussionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SubmissionDiscussion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SubmissionPermissionsFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'discussion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DiscussionFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiscussionParticipant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionPermissionsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionViewerPermissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'bid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decideTier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declareConflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manageAssignments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinConflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseReviews' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'writeReview' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Discussion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DiscussionParticipantFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DiscussionParticipantFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DiscussionParticipantFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionDiscussionQuery, SubmissionDiscussionQueryVariables>;
export const PostCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PostComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mentions' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mentions' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mentions' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DiscussionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiscussionParticipant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DiscussionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Discussion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DiscussionParticipantFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DiscussionParticipantFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DiscussionParticipantFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostCommentMutation, PostCommentMutationVariables>;
export const MarkDiscussionReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkDiscussionRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markDiscussionRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkDiscussionReadMutation, MarkDiscussionReadMutationVariables>;
export const AuthorResponseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuthorResponse' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewsReleased' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SubmissionPermissionsFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'venue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'responseWindow' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wordLimit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorResponse' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuthorResponseFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionPermissionsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionViewerPermissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'bid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decideTier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declareConflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manageAssignments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinConflict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseReviews' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'writeReview' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuthorResponseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthorResponse' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wordCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthorResponseQuery, AuthorResponseQueryVariables>;
export const SubmitAuthorResponseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitAuthorResponse' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitAuthorResponse' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuthorResponseFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuthorResponseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthorResponse' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wordCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitAuthorResponseMutation, SubmitAuthorResponseMutationVariables>;
export const ResponsePhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ResponsePhase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'responsePhase' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wordLimit' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewsReopenedUntil' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResponsePhaseQuery, ResponsePhaseQueryVariables>;
export const UpdateResponsePhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateResponsePhase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'phase' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResponsePhaseInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reviewsReopenedUntil' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateResponsePhase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'phase' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'phase' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reviewsReopenedUntil' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reviewsReopenedUntil' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'responsePhase' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wordLimit' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewsReopenedUntil' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateResponsePhaseMutation, UpdateResponsePhaseMutationVariables>;
export const PublicVenuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublicVenues' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parentVenue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'awaitingApprovalBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadlines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicVenuesQuery, PublicVenuesQueryVariables>;
export const VenueJobsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VenueJobs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JobState' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venueJobs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'waiting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'running' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jobs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueJobFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VenueJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueJobsQuery, VenueJobsQueryVariables>;
export const RetryJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryJob' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueJobFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VenueJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetryJobMutation, RetryJobMutationVariables>;
export const MeetingsOfVenueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingsOfVenue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meetings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'state' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingsOfVenueQuery, MeetingsOfVenueQueryVariables>;
export const MeetingConveneChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingConveneChoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meetingCandidates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingConveneChoicesQuery, MeetingConveneChoicesQueryVariables>;
export const MeetingLiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingLive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingLiveFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingLiveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireCommunityMember' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerPresent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentItem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenMotionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingLiveQuery, MeetingLiveQueryVariables>;
export const MeetingRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'motions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MotionRecordFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MotionRecordFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'for' } },
          { kind: 'Field', name: { kind: 'Name', value: 'against' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'result' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingRecordQuery, MeetingRecordQueryVariables>;
export const MeetingStatementPlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingStatementPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'artifacts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'powerLevel' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'content' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'releasePlan' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'stages' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingStatementPlanQuery, MeetingStatementPlanQueryVariables>;
export const ConveneMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConveneMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConveneMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conveneMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingLiveFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingLiveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireCommunityMember' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerPresent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentItem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenMotionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConveneMeetingMutation, ConveneMeetingMutationVariables>;
export const StartMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingLiveFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingLiveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireCommunityMember' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerPresent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentItem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenMotionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartMeetingMutation, StartMeetingMutationVariables>;
export const SetMeetingAttendanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMeetingAttendance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'present' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAttendance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'present' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'present' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingLiveFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingLiveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireCommunityMember' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerPresent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentItem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenMotionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetMeetingAttendanceMutation, SetMeetingAttendanceMutationVariables>;
export const TakeAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TakeAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'takeAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingLiveFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingLiveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireCommunityMember' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerPresent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentItem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenMotionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TakeAgendaItemMutation, TakeAgendaItemMutationVariables>;
export const DeferAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeferAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deferAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingLiveFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingLiveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireCommunityMember' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerPresent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentItem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenMotionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeferAgendaItemMutation, DeferAgendaItemMutationVariables>;
export const OpenMotionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenMotion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingLiveFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingLiveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireCommunityMember' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerPresent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentItem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenMotionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenMotionMutation, OpenMotionMutationVariables>;
export const CastVoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CastVote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'motionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'choice' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VoteChoice' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'castVote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'motionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'motionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'choice' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'choice' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingLiveFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingLiveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireCommunityMember' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerPresent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentItem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenMotionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CastVoteMutation, CastVoteMutationVariables>;
export const CloseMotionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseMotion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'motionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withdraw' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeMotion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'motionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'motionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'withdraw' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'withdraw' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingLiveFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingLiveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireCommunityMember' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerPresent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentItem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenMotionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseMotionMutation, CloseMotionMutationVariables>;
export const EndMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingLiveFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recusedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quorum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communityCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenMotionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Motion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submissionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOutcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'votesCast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myVote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingLiveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireCommunityMember' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerPresent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'community' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentItem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMotion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenMotionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndMeetingMutation, EndMeetingMutationVariables>;
export const NotificationSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationSettingsFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationChoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationChoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delivery' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chosen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digestHour' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextDigestAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'general' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationChoiceFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venueName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venueShortName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'choices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationChoiceFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const SetNotificationDeliveryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetNotificationDelivery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetNotificationDeliveryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setNotificationDelivery' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationSettingsFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationChoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationChoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delivery' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chosen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digestHour' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextDigestAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'general' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationChoiceFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venueName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venueShortName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'choices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationChoiceFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetNotificationDeliveryMutation, SetNotificationDeliveryMutationVariables>;
export const SetDigestScheduleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetDigestSchedule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetDigestScheduleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDigestSchedule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationSettingsFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationChoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationChoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delivery' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chosen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digestHour' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextDigestAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'general' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationChoiceFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venueName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venueShortName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'choices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationChoiceFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDigestScheduleMutation, SetDigestScheduleMutationVariables>;
export const UnsubscribeLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnsubscribeLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unsubscribeLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venueName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsubscribed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnsubscribeLinkQuery, UnsubscribeLinkQueryVariables>;
export const UnsubscribeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Unsubscribe' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unsubscribe' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venueName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsubscribed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const PublicApprovalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublicApproval' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicApproval' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicApprovalFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PublicApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venueShortName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suspended' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicApprovalQuery, PublicApprovalQueryVariables>;
export const PublicApprovalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublicApprovals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicApprovals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicApprovalFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PublicApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venueName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venueShortName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suspended' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicApprovalsQuery, PublicApprovalsQueryVariables>;
export const RegistryVenuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RegistryVenues' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueNameFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegistryVenuesQuery, RegistryVenuesQueryVariables>;
export const ReportIncidentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportIncident' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IncidentReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportIncident' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportIncidentMutation, ReportIncidentMutationVariables>;
export const ConfirmIncidentReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmIncidentReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmIncidentReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'about' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmIncidentReportMutation, ConfirmIncidentReportMutationVariables>;
export const MyReviewerProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyReviewerProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewerProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewerProfileFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxonomy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueTaxonomyFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewerProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewerProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'areas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstract' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'affiliations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emailDomain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'communities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxLoad' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingCompletedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueTaxonomyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VenueTaxonomy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subAreas' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'communities' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyReviewerProfileQuery, MyReviewerProfileQueryVariables>;
export const UpdateReviewerProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReviewerProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'profile' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewerProfileInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReviewerProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'profile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'profile' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewerProfileFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewerProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewerProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'areas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstract' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'affiliations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emailDomain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'communities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxLoad' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainingCompletedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReviewerProfileMutation, UpdateReviewerProfileMutationVariables>;
export const ParsePublicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParsePublications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'format' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublicationFormat' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parsePublications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'format' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'format' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstract' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParsePublicationsQuery, ParsePublicationsQueryVariables>;
export const ImportReviewerPoolDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportReviewerPool' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importReviewerPool' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'csv' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PoolImportFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PoolImportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PoolImportReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skipped' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refused' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportReviewerPoolMutation, ImportReviewerPoolMutationVariables>;
export const PoolImportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PoolImport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'poolImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PoolImportFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PoolImportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PoolImportReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skipped' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refused' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PoolImportQuery, PoolImportQueryVariables>;
export const ReviewerPoolDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewerPool' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewerProfileCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewerProfiles' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'offset' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'areas' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'communities' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxLoad' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trainingCompletedOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'publications' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'affiliations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewerPoolQuery, ReviewerPoolQueryVariables>;
export const ReviewVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reviewId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'review' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'reviewId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'versions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statementVersion' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'text' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ReviewTextFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewTextFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseRecommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredMitigations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentsForAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namedToAuthors' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewVersionsQuery, ReviewVersionsQueryVariables>;
export const ReviewTaskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewTask' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'venue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reviewVisibility' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'identitiesToAuthors' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'artifacts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewTask' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lockedReason' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assignment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'form' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'questions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'FormQuestionFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'review' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewTextFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseRecommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredMitigations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentsForAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namedToAuthors' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FormQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FormQuestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'help' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statementVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstSubmittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeliness' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'text' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewTextFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statementVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'text' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewTextFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewTaskQuery, ReviewTaskQueryVariables>;
export const SaveReviewDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveReviewDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'review' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveReviewDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'review' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'review' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveReviewDraftMutation, SaveReviewDraftMutationVariables>;
export const SubmitReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'review' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'review' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'review' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewTextFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseRecommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredMitigations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentsForAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namedToAuthors' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statementVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstSubmittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeliness' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'text' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewTextFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statementVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'text' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewTextFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitReviewMutation, SubmitReviewMutationVariables>;
export const SubmissionReviewsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SubmissionReviews' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewsReleased' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'venue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewsReleased' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'releaseReviews' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewTask' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assignment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'review' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviews' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewCardFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewTextFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseRecommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artifactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredMitigations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentsForAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentialComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'namedToAuthors' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeliness' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'text' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewTextFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionReviewsQuery, SubmissionReviewsQueryVariables>;
export const ReleaseReviewsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReleaseReviews' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'released' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseReviews' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'released' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'released' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewsReleased' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReleaseReviewsMutation, ReleaseReviewsMutationVariables>;
export const ReviewSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'biddingOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doubleBlind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewsReleased' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewVisibility' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'otherReviews' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'identitiesToReviewers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'identitiesToAuthors' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewSettingsQuery, ReviewSettingsQueryVariables>;
export const UpdateReviewVisibilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReviewVisibility' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'biddingOpen' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'doubleBlind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reviewVisibility' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewVisibilityInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reviewsReleased' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReviewSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'biddingOpen' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'biddingOpen' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'doubleBlind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'doubleBlind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reviewVisibility' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reviewVisibility' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reviewsReleased' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reviewsReleased' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'biddingOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doubleBlind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewsReleased' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewVisibility' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'otherReviews' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'identitiesToReviewers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'identitiesToAuthors' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReviewVisibilityMutation, UpdateReviewVisibilityMutationVariables>;
export const ReviewFormsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewForms' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewForms' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFormFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FormQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FormQuestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'help' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewForm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredQuestionIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FormQuestionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewFormsQuery, ReviewFormsQueryVariables>;
export const UpdateReviewFormDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReviewForm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewerKind' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'questions' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'FormQuestionInput' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReviewForm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'questions' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'questions' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFormFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FormQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FormQuestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'help' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewForm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredQuestionIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FormQuestionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReviewFormMutation, UpdateReviewFormMutationVariables>;
export const ReviewProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewProgress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'submitted' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'submitted_late' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'due' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'due_soon' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pressing' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'timeliness' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'submission' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'assignment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'reviewer' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'PersonFields' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewProgressQuery, ReviewProgressQueryVariables>;
export const MySubmissionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MySubmissions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mySubmissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tierStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'venue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueNameFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySubmissionsQuery, MySubmissionsQueryVariables>;
export const EditSubmissionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditSubmission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'venue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'draft' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DraftFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinksFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionLinks' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'paperUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openReviewUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doi' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repositoryUrl' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ArtifactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Artifact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'powerLevel' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatementContentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementContent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hazards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pathToHarm' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'justification' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetJustification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indirectHarms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigationChallenges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'benefits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'affectedGroups' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueNameFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DraftFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementDraft' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstract' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinksFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'artifacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ArtifactFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'content' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatementContentFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditSubmissionQuery, EditSubmissionQueryVariables>;
export const SubmissionViewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SubmissionView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pick' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubmissionDetails' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decideTier' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'declareConflict' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pinConflict' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'draft' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestVersion' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'skip' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'pick' } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VersionFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'version' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'number' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
                    },
                  ],
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'pick' } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VersionFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierSuggestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierSuggestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drivers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                { kind: 'Field', name: { kind: 'Name', value: 'floor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedTier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinksFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionLinks' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'paperUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openReviewUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doi' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repositoryUrl' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ArtifactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Artifact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'powerLevel' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatementContentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementContent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hazards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pathToHarm' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'justification' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessRatchetJustification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indirectHarms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigationChallenges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'benefits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'affectedGroups' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePlan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artifactKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'embargoUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseEvent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'accessConditions' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Submission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tierStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tierSuggestion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierSuggestionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tierDecision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tierHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatementVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstract' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinksFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'artifacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ArtifactFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submittedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'content' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatementContentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tierSuggestion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierSuggestionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionViewQuery, SubmissionViewQueryVariables>;
export const CompareVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompareVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'compareVersions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changed' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompareVersionsQuery, CompareVersionsQueryVariables>;
export const VenueSubmissionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VenueSubmissions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'VenueSubmissionsFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionSort' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venueSubmissions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'offset' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'searchCapped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tierStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'authors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'versions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tierSuggestion' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierSuggestionFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tierDecision' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierDecisionFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierSuggestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierSuggestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drivers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                { kind: 'Field', name: { kind: 'Name', value: 'floor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedTier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueSubmissionsQuery, VenueSubmissionsQueryVariables>;
export const CreateSubmissionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSubmission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSubmission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSubmissionMutation, CreateSubmissionMutationVariables>;
export const SaveDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draft' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DraftInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedDraftRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draft' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draft' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedDraftRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedDraftRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveDraftMutation, SaveDraftMutationVariables>;
export const SubmitStatementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitStatement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedDraftRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitStatement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedDraftRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedDraftRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tierStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitStatementMutation, SubmitStatementMutationVariables>;
export const StartRevisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartRevision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startRevision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartRevisionMutation, StartRevisionMutationVariables>;
export const ConfirmTierDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmTier' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tier' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Tier' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmTier' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'submissionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'submissionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tier' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tier' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tierStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tierDecision' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierDecisionFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tierHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierDecisionFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedTier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmTierMutation, ConfirmTierMutationVariables>;
export const VenuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Venues' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parentVenue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenuesQuery, VenuesQueryVariables>;
export const VenueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Venue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueDetails' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueNameFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tiersVisibleToAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parentVenue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awaitingApprovalBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conferenceRequest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conference' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshops' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueLocal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueQuery, VenueQueryVariables>;
export const VenueMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VenueMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueInvitationFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueInvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueMembersQuery, VenueMembersQueryVariables>;
export const CreateVenueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateVenue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateVenueInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createVenue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueDetails' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueNameFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tiersVisibleToAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parentVenue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awaitingApprovalBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conferenceRequest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conference' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshops' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueLocal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateVenueMutation, CreateVenueMutationVariables>;
export const UpdateVenueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateVenue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateVenueInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateVenue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueDetails' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueNameFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Venue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tiersVisibleToAuthors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myRoles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parentVenue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awaitingApprovalBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conferenceRequest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conference' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshops' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueNameFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueLocal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateVenueMutation, UpdateVenueMutationVariables>;
export const WorkshopRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkshopRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workshopRequests' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkshopRequestsQuery, WorkshopRequestsQueryVariables>;
export const DecideWorkshopRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideWorkshopRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AffiliationDecision' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideWorkshopRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parentVenue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'awaitingApprovalBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideWorkshopRequestMutation, DecideWorkshopRequestMutationVariables>;
export const ResendInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResendInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resendInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const InviteToVenueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteToVenue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteToVenue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueInvitationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueInvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteToVenueMutation, InviteToVenueMutationVariables>;
export const RevokeInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InvitationPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvitationPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'venueShortName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountExists' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptInvitationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'venueId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'siteAdmin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateVenues' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DeclineInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineInvitationMutation, DeclineInvitationMutationVariables>;
export const VenueRulesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VenueRules' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'venue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tierPolicy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierPolicyFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxonomy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueTaxonomyFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierRequirementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierRequirement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chairCheck' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertReviewers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communityReviewers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disapproval' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exempt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expedited' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'full' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueTaxonomyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VenueTaxonomy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subAreas' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'communities' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VenueRulesQuery, VenueRulesQueryVariables>;
export const TierPolicyImpactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TierPolicyImpact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'policy' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TierPolicyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tierPolicyImpact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'policy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'policy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statements' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'examples' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TierPolicyImpactQuery, TierPolicyImpactQueryVariables>;
export const UpdateTierPolicyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTierPolicy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'policy' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TierPolicyInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTierPolicy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'policy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'policy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tierPolicy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierPolicyFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierRequirementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierRequirement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'chairCheck' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertReviewers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communityReviewers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disapproval' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TierPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exempt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expedited' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'full' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierRequirementFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTierPolicyMutation, UpdateTierPolicyMutationVariables>;
export const UpdateVenueTaxonomyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateVenueTaxonomy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'taxonomy' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VenueTaxonomyInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateVenueTaxonomy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'venueId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'venueId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'taxonomy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'taxonomy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxonomy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VenueTaxonomyFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VenueTaxonomyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VenueTaxonomy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subAreas' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'communities' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateVenueTaxonomyMutation, UpdateVenueTaxonomyMutationVariables>;
