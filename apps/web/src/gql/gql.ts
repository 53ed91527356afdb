/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Response {\n    submission(id: "s1") {\n      id\n      viewerCan {\n        respond\n      }\n    }\n  }\n': typeof types.ResponseDocument;
  '\n  query Conflicts {\n    submission(id: "s1") {\n      id\n      viewerCan {\n        declareConflict\n      }\n    }\n  }\n': typeof types.ConflictsDocument;
  '\n  fragment SitePersonFields on SitePerson {\n    id\n    name\n    email\n    siteAdmin\n    canCreateVenues\n    adminByConfiguration\n  }\n': typeof types.SitePersonFieldsFragmentDoc;
  '\n  query SiteStaff {\n    siteStaff {\n      ...SitePersonFields\n    }\n  }\n': typeof types.SiteStaffDocument;
  '\n  query SearchPeople($text: String!) {\n    searchPeople(text: $text) {\n      ...SitePersonFields\n    }\n  }\n': typeof types.SearchPeopleDocument;
  '\n  mutation SetSitePermission($input: SetSitePermissionInput!) {\n    setSitePermission(input: $input) {\n      ...SitePersonFields\n    }\n  }\n': typeof types.SetSitePermissionDocument;
  '\n  fragment AmendmentFields on Amendment {\n    id\n    revision\n    state\n    stateLabel\n    reason\n    tier\n    tierReasons\n    changes {\n      kind\n      label\n      artifactKey\n      artifactName\n    }\n    planChanges {\n      artifactKey\n      artifactName\n      status\n      changedParts\n      proposed {\n        ...PlanItemFields\n      }\n      decided {\n        ...PlanItemFields\n      }\n    }\n    newArtifacts {\n      ...ArtifactFields\n    }\n    requestedAt\n    requestedBy {\n      ...PersonFields\n    }\n    recommendations {\n      reviewer {\n        ...PersonFields\n      }\n      mine\n      decision\n      comment\n      at\n    }\n    recommendationsNeeded\n    recommendationCount\n    decision {\n      decision\n      label\n      reason\n      decidedAt\n    }\n    viewerCan {\n      withdraw\n      recommend\n      decide\n    }\n  }\n': typeof types.AmendmentFieldsFragmentDoc;
  '\n  query SubmissionAmendments($id: ID!) {\n    submission(id: $id) {\n      id\n      artifacts {\n        ...ArtifactFields\n      }\n      approval {\n        id\n        amendments {\n          ...AmendmentFields\n        }\n      }\n    }\n  }\n': typeof types.SubmissionAmendmentsDocument;
  '\n  mutation RequestAmendment($input: AmendmentRequestInput!) {\n    requestAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n': typeof types.RequestAmendmentDocument;
  '\n  mutation WithdrawAmendment($amendmentId: ID!, $expectedRevision: Int!) {\n    withdrawAmendment(amendmentId: $amendmentId, expectedRevision: $expectedRevision) {\n      ...AmendmentFields\n    }\n  }\n': typeof types.WithdrawAmendmentDocument;
  '\n  mutation RecommendOnAmendment($input: AmendmentRecommendationInput!) {\n    recommendOnAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n': typeof types.RecommendOnAmendmentDocument;
  '\n  mutation DecideAmendment($input: AmendmentDecisionInput!) {\n    decideAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n': typeof types.DecideAmendmentDocument;
  '\n  fragment ApprovalFields on Approval {\n    id\n    revision\n    state\n    stateLabel\n    consequence\n    outcome\n    tier\n    forVersion\n    approvedAt\n    expiresAt\n    daysUntilExpiry\n    reevaluationOpensAt\n    remindersSent\n    suspendedArtifacts {\n      key\n      name\n    }\n    lastChange {\n      action\n      label\n      by\n      actor {\n        ...PersonFields\n      }\n      reason\n      at\n    }\n    availableActions\n    conditions {\n      ...DecidedConditionFields\n    }\n    releasePlan {\n      ...PlanItemFields\n    }\n    artifacts {\n      key\n      name\n    }\n    releaseSchedule {\n      artifactKey\n      artifactName\n      stage\n      label\n      date\n      gated\n      gatePassedAt\n      openedOn\n      opensOn\n      status\n      statusLabel\n      reason\n    }\n    nextGates {\n      artifactKey\n      artifactName\n      stage\n      label\n    }\n  }\n': typeof types.ApprovalFieldsFragmentDoc;
  '\n  fragment ContinuingReviewPolicyFields on ContinuingReviewPolicy {\n    periodMonths {\n      exempt\n      expedited\n      full\n    }\n    reminderDays\n  }\n': typeof types.ContinuingReviewPolicyFieldsFragmentDoc;
  '\n  fragment ReevaluationFields on Reevaluation {\n    id\n    revision\n    state\n    trigger\n    triggerLabel\n    reason\n    openedAt\n    report {\n      progress\n      changes\n      incidents\n      replication\n      milestones\n      conditions {\n        condition\n        status\n        statusLabel\n        note\n      }\n      submittedAt\n      submittedBy {\n        ...PersonFields\n      }\n    }\n    recommendations {\n      reviewer {\n        ...PersonFields\n      }\n      mine\n      outcome\n      outcomeLabel\n      comment\n      answers {\n        questionId\n        prompt\n        kind\n        retired\n        rating\n        text\n      }\n      at\n    }\n    rubric {\n      ...FormQuestionFields\n    }\n    tally {\n      outcome\n      outcomeLabel\n      count\n    }\n    decision {\n      outcome\n      outcomeLabel\n      reason\n      withoutReportReason\n      decidedAt\n    }\n    viewerCan {\n      report\n      recommend\n      decide\n    }\n  }\n': typeof types.ReevaluationFieldsFragmentDoc;
  '\n  fragment ApprovalWithReevaluationFields on Approval {\n    ...ApprovalFields\n    reevaluation {\n      ...ReevaluationFields\n    }\n  }\n': typeof types.ApprovalWithReevaluationFieldsFragmentDoc;
  '\n  mutation ChangeApproval($input: ChangeApprovalInput!) {\n    changeApproval(input: $input) {\n      ...ApprovalWithReevaluationFields\n    }\n  }\n': typeof types.ChangeApprovalDocument;
  '\n  mutation SubmitContinuingReviewReport($input: ContinuingReviewReportInput!) {\n    submitContinuingReviewReport(input: $input) {\n      ...ReevaluationFields\n    }\n  }\n': typeof types.SubmitContinuingReviewReportDocument;
  '\n  mutation RecommendOnReevaluation($input: RecommendationInput!) {\n    recommendOnReevaluation(input: $input) {\n      ...ReevaluationFields\n    }\n  }\n': typeof types.RecommendOnReevaluationDocument;
  '\n  mutation DecideReevaluation($input: ReevaluationDecisionInput!) {\n    decideReevaluation(input: $input) {\n      ...ApprovalWithReevaluationFields\n    }\n  }\n': typeof types.DecideReevaluationDocument;
  '\n  query ContinuingReviewPolicy($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      continuingReviewPolicy {\n        ...ContinuingReviewPolicyFields\n      }\n    }\n  }\n': typeof types.ContinuingReviewPolicyDocument;
  '\n  mutation UpdateContinuingReviewPolicy(\n    $venueId: ID!\n    $policy: ContinuingReviewPolicyInput!\n    $expectedRevision: Int!\n  ) {\n    updateContinuingReviewPolicy(venueId: $venueId, policy: $policy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      continuingReviewPolicy {\n        ...ContinuingReviewPolicyFields\n      }\n    }\n  }\n': typeof types.UpdateContinuingReviewPolicyDocument;
  '\n  query ApprovalTimelineView($submissionId: ID!) {\n    submission(id: $submissionId) {\n      id\n      title\n      approval {\n        id\n        state\n        stateLabel\n        timeline {\n          at\n          category\n          categoryLabel\n          title\n          detail\n          actorName\n        }\n      }\n    }\n  }\n': typeof types.ApprovalTimelineViewDocument;
  '\n  fragment MatchingRunFields on MatchingRun {\n    id\n    state\n    phase\n    phaseLabel\n    percent\n    objective\n    cancelRequested\n    error\n    createdAt\n    finishedAt\n    committedAt\n    result {\n      status\n      objective\n      minStatementScore\n      statements\n      reviewers\n      proposed\n      kept\n      uncoveredStatements\n      diagnosis\n      inputProblems\n      detectedConflicts\n      loadHistogram {\n        label\n        count\n      }\n      scoreHistogram {\n        label\n        count\n      }\n      phaseSeconds {\n        phase\n        seconds\n      }\n    }\n  }\n': typeof types.MatchingRunFieldsFragmentDoc;
  '\n  fragment StatementProposalFields on StatementProposal {\n    submission {\n      id\n      title\n      tier\n    }\n    demand {\n      expert\n      community\n    }\n    missing {\n      expert\n      community\n    }\n    reviewers {\n      reviewer {\n        id\n        name\n      }\n      kind\n      score\n      origin\n      terms\n      areas\n      bid\n    }\n  }\n': typeof types.StatementProposalFieldsFragmentDoc;
  '\n  query AssignmentPanel($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      matchingRun {\n        ...MatchingRunFields\n      }\n    }\n  }\n': typeof types.AssignmentPanelDocument;
  '\n  query BiddingProgress($venueId: ID!, $offset: Int!) {\n    venue(id: $venueId) {\n      id\n      biddingProgress(offset: $offset, limit: 20) {\n        total\n        reviewersWithBids\n        bids\n        rows {\n          reviewer {\n            id\n            name\n          }\n          kind\n          bids\n          veryHigh\n          high\n          neutral\n          low\n          veryLow\n          lastBidAt\n        }\n      }\n    }\n  }\n': typeof types.BiddingProgressDocument;
  '\n  query ReviewerChoices($venueId: ID!, $search: String!) {\n    venue(id: $venueId) {\n      id\n      reviewerChoices(search: $search, limit: 8) {\n        kind\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ReviewerChoicesDocument;
  '\n  query MatchingRunProgress($id: ID!) {\n    matchingRun(id: $id) {\n      ...MatchingRunFields\n    }\n  }\n': typeof types.MatchingRunProgressDocument;
  '\n  query Proposal($id: ID!, $after: ID, $limit: Int) {\n    matchingRun(id: $id) {\n      id\n      uncovered {\n        submission {\n          id\n          title\n        }\n        kind\n        missing\n        explanation\n      }\n      proposal(after: $after, limit: $limit) {\n        nextAfter\n        statements {\n          ...StatementProposalFields\n        }\n      }\n    }\n  }\n': typeof types.ProposalDocument;
  '\n  mutation UpdateReviewSettings($venueId: ID!, $biddingOpen: Boolean!, $doubleBlind: Boolean!, $expectedRevision: Int!) {\n    updateReviewSettings(venueId: $venueId, biddingOpen: $biddingOpen, doubleBlind: $doubleBlind, expectedRevision: $expectedRevision) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n    }\n  }\n': typeof types.UpdateReviewSettingsDocument;
  '\n  mutation StartMatchingRun($venueId: ID!, $objective: MatchingObjective!) {\n    startMatchingRun(venueId: $venueId, objective: $objective) {\n      ...MatchingRunFields\n    }\n  }\n': typeof types.StartMatchingRunDocument;
  '\n  mutation CancelMatchingRun($runId: ID!) {\n    cancelMatchingRun(runId: $runId) {\n      ...MatchingRunFields\n    }\n  }\n': typeof types.CancelMatchingRunDocument;
  '\n  mutation CommitMatchingRun($runId: ID!) {\n    commitMatchingRun(runId: $runId) {\n      committed\n      skipped\n      run {\n        ...MatchingRunFields\n      }\n    }\n  }\n': typeof types.CommitMatchingRunDocument;
  '\n  mutation AddProposedReviewer($runId: ID!, $submissionId: ID!, $reviewerId: ID!) {\n    addProposedReviewer(runId: $runId, submissionId: $submissionId, reviewerId: $reviewerId) {\n      warnings\n      statement {\n        ...StatementProposalFields\n      }\n    }\n  }\n': typeof types.AddProposedReviewerDocument;
  '\n  mutation RemoveProposedReviewer($runId: ID!, $submissionId: ID!, $reviewerId: ID!) {\n    removeProposedReviewer(runId: $runId, submissionId: $submissionId, reviewerId: $reviewerId) {\n      warnings\n      statement {\n        ...StatementProposalFields\n      }\n    }\n  }\n': typeof types.RemoveProposedReviewerDocument;
  '\n  query MyReviewing($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      biddingOpen\n      doubleBlind\n    }\n    myAssignments(venueId: $venueId) {\n      title\n      assignment {\n        id\n        state\n        kind\n        dueAt\n        assignedAt\n        respondedAt\n        declineReason\n      }\n      submission {\n        id\n        title\n        tier\n        reviewTask {\n          review {\n            id\n            state\n          }\n        }\n      }\n    }\n  }\n': typeof types.MyReviewingDocument;
  '\n  query BiddingStatements($venueId: ID!, $offset: Int, $limit: Int) {\n    biddingStatements(venueId: $venueId, offset: $offset, limit: $limit) {\n      total\n      items {\n        affinity\n        terms\n        areas\n        bid\n        submission {\n          id\n          title\n          abstract\n          tier\n          authors {\n            id\n            name\n          }\n          latestVersion {\n            number\n            content {\n              summary\n              hazards {\n                kind\n                severity\n                description\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.BiddingStatementsDocument;
  '\n  mutation PlaceBid($submissionId: ID!, $level: BidLevel!) {\n    placeBid(submissionId: $submissionId, level: $level) {\n      submissionId\n      level\n      updatedAt\n    }\n  }\n': typeof types.PlaceBidDocument;
  '\n  mutation DeclareOwnConflict($input: DeclareOwnConflictInput!) {\n    declareOwnConflict(input: $input) {\n      id\n    }\n  }\n': typeof types.DeclareOwnConflictDocument;
  '\n  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {\n    respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) {\n      id\n      state\n      respondedAt\n      declineReason\n    }\n  }\n': typeof types.RespondToAssignmentDocument;
  '\n  query SubmissionReviewers($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        manageAssignments\n      }\n      openSlots {\n        expert\n        community\n      }\n      assignments {\n        id\n        kind\n        state\n        origin\n        score\n        terms\n        areas\n        bid\n        dueAt\n        respondedAt\n        declineReason\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.SubmissionReviewersDocument;
  '\n  query Replacements($id: ID!, $kind: ReviewerKind!) {\n    submission(id: $id) {\n      id\n      replacements(kind: $kind) {\n        affinity\n        load\n        maxLoad\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ReplacementsDocument;
  '\n  mutation AssignReplacement($submissionId: ID!, $reviewerId: ID!) {\n    assignReplacement(submissionId: $submissionId, reviewerId: $reviewerId) {\n      id\n      state\n    }\n  }\n': typeof types.AssignReplacementDocument;
  '\n  fragment AuditEventFields on AuditEvent {\n    index\n    kind\n    label\n    objectType\n    objectId\n    actorId\n    actor {\n      ...PersonFields\n    }\n    at\n    summary\n  }\n': typeof types.AuditEventFieldsFragmentDoc;
  '\n  query VenueHistory($venueId: ID!, $filter: AuditHistoryFilter, $offset: Int!, $limit: Int!) {\n    venueHistory(venueId: $venueId, filter: $filter, offset: $offset, limit: $limit) {\n      total\n      events {\n        ...AuditEventFields\n      }\n    }\n    venueLog(venueId: $venueId) {\n      venueId\n      checkpoint {\n        origin\n        size\n        root\n        timestamp\n        signature\n        publicKey\n      }\n    }\n  }\n': typeof types.VenueHistoryDocument;
  '\n  query VenueLogExport($venueId: ID!) {\n    venueLogExport(venueId: $venueId)\n  }\n': typeof types.VenueLogExportDocument;
  '\n  query SubmissionHistory($id: ID!) {\n    submission(id: $id) {\n      id\n      history {\n        ...AuditEventFields\n      }\n    }\n  }\n': typeof types.SubmissionHistoryDocument;
  '\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    roles {\n      venueId\n      role\n    }\n    siteAdmin\n    canCreateVenues\n  }\n': typeof types.ViewerFieldsFragmentDoc;
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation RequestSignUp($email: String!) {\n    requestSignUp(email: $email) {\n      email\n      message\n    }\n  }\n': typeof types.RequestSignUpDocument;
  '\n  query SignUpLink($token: String!) {\n    signUpLink(token: $token) {\n      email\n      expiresAt\n      accountExists\n    }\n  }\n': typeof types.SignUpLinkDocument;
  '\n  mutation CompleteSignUp($input: CompleteSignUpInput!) {\n    completeSignUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.CompleteSignUpDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n      message\n    }\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  query PasswordResetLink($token: String!) {\n    passwordResetLink(token: $token) {\n      email\n      expiresAt\n    }\n  }\n': typeof types.PasswordResetLinkDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  query CalendarFeeds {\n    calendarFeeds {\n      venue {\n        ...VenueNameFields\n      }\n      createdAt\n    }\n  }\n': typeof types.CalendarFeedsDocument;
  '\n  mutation CreateCalendarFeed($venueId: ID) {\n    createCalendarFeed(venueId: $venueId) {\n      url\n      createdAt\n    }\n  }\n': typeof types.CreateCalendarFeedDocument;
  '\n  mutation RevokeCalendarFeed($venueId: ID) {\n    revokeCalendarFeed(venueId: $venueId)\n  }\n': typeof types.RevokeCalendarFeedDocument;
  '\n  fragment ConflictFields on Conflict {\n    id\n    type\n    typeLabel\n    reason\n    declaredAt\n    revision\n    person {\n      ...PersonFields\n    }\n    declaredBy {\n      ...PersonFields\n    }\n  }\n': typeof types.ConflictFieldsFragmentDoc;
  '\n  query SubmissionConflicts($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        declareConflict\n        pinConflict\n      }\n      conflicts {\n        ...ConflictFields\n      }\n      conflictCandidates {\n        ...PersonFields\n      }\n    }\n  }\n': typeof types.SubmissionConflictsDocument;
  '\n  mutation DeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      ...ConflictFields\n    }\n  }\n': typeof types.DeclareConflictDocument;
  '\n  mutation WithdrawConflict($submissionId: ID!, $userId: ID!, $expectedRevision: Int!) {\n    withdrawConflict(submissionId: $submissionId, userId: $userId, expectedRevision: $expectedRevision) {\n      id\n      withdrawnAt\n    }\n  }\n': typeof types.WithdrawConflictDocument;
  '\n  fragment ApprovalListItemFields on ApprovalListItemModel {\n    approvalId\n    submission {\n      id\n      title\n    }\n    state\n    stateLabel\n    expiresAt\n    daysUntilExpiry\n    reportFiled\n  }\n': typeof types.ApprovalListItemFieldsFragmentDoc;
  '\n  fragment ApprovalStateCountFields on ApprovalStateCount {\n    state\n    label\n    count\n  }\n': typeof types.ApprovalStateCountFieldsFragmentDoc;
  '\n  fragment IncidentFields on Incident {\n    id\n    revision\n    reference\n    state\n    stateLabel\n    approvalId\n    submission {\n      id\n      title\n      latestVersion {\n        number\n        artifacts {\n          key\n          name\n        }\n      }\n    }\n    whatHappened\n    evidenceLinks\n    reporterEmail\n    shareWithAuthors\n    createdAt\n    confirmedAt\n    triage {\n      action\n      label\n      reason\n      by {\n        ...PersonFields\n      }\n      at\n    }\n    answer\n    availableActions\n  }\n': typeof types.IncidentFieldsFragmentDoc;
  '\n  query ContinuingReview($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      shortName\n      continuingReview {\n        counts {\n          ...ApprovalStateCountFields\n        }\n        series {\n          at\n          counts {\n            ...ApprovalStateCountFields\n          }\n        }\n        dueSoon {\n          ...ApprovalListItemFields\n        }\n        underReevaluation {\n          ...ApprovalListItemFields\n        }\n        lapsed {\n          ...ApprovalListItemFields\n        }\n        suspended {\n          ...ApprovalListItemFields\n        }\n      }\n      incidents {\n        ...IncidentFields\n      }\n      eventedApprovals {\n        ...EventedApprovalFields\n      }\n    }\n  }\n': typeof types.ContinuingReviewDocument;
  '\n  fragment EventedApprovalFields on EventedApproval {\n    approvalId\n    submission {\n      id\n      title\n    }\n    state\n    stateLabel\n    events {\n      artifactName\n      releaseEvent\n    }\n  }\n': typeof types.EventedApprovalFieldsFragmentDoc;
  '\n  mutation RecordExternalEvent($venueId: ID!, $description: String!, $approvalIds: [ID!]!) {\n    recordExternalEvent(venueId: $venueId, description: $description, approvalIds: $approvalIds) {\n      opened\n      skipped {\n        approvalId\n        reason\n      }\n    }\n  }\n': typeof types.RecordExternalEventDocument;
  '\n  mutation TriageIncident($input: TriageIncidentInput!) {\n    triageIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n': typeof types.TriageIncidentDocument;
  '\n  fragment PlanItemFields on ReleasePlanItem {\n    artifactKey\n    contentLevel\n    timing\n    distribution\n    embargoUntil\n    reviewEveryMonths\n    releaseEvent\n    stages {\n      description\n      opensOn\n      trigger\n    }\n    accessConditions\n  }\n': typeof types.PlanItemFieldsFragmentDoc;
  '\n  fragment DecidedConditionFields on DecidedCondition {\n    libraryId\n    text\n    artifactKey\n    artifactName\n    dueOn\n  }\n': typeof types.DecidedConditionFieldsFragmentDoc;
  '\n  fragment DecisionFields on Decision {\n    id\n    forVersion\n    tier\n    outcome\n    outcomeLabel\n    conditions {\n      ...DecidedConditionFields\n    }\n    releasePlan {\n      ...PlanItemFields\n    }\n    releasePlanComparison {\n      artifactKey\n      artifactName\n      status\n      changedParts\n      proposed {\n        ...PlanItemFields\n      }\n      decided {\n        ...PlanItemFields\n      }\n    }\n    withoutReviewsReason\n    reviewsCounted {\n      expert\n      community\n    }\n    meetingId\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n    sent\n    sentAt\n    letter {\n      subject\n      body\n    }\n  }\n': typeof types.DecisionFieldsFragmentDoc;
  '\n  fragment DecisionHistoryFields on Decision {\n    id\n    forVersion\n    outcome\n    outcomeLabel\n    sentAt\n  }\n': typeof types.DecisionHistoryFieldsFragmentDoc;
  '\n  query SubmissionDecision($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      revision\n      tier\n      tierStatus\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      venue {\n        id\n        timeZone\n        tierPolicy {\n          ...TierPolicyFields\n        }\n        continuingReviewPolicy {\n          ...ContinuingReviewPolicyFields\n        }\n      }\n      authors {\n        id\n      }\n      versions {\n        number\n        submittedAt\n      }\n      latestVersion {\n        number\n        artifacts {\n          ...ArtifactFields\n        }\n        content {\n          ...StatementContentFields\n        }\n      }\n      reviews {\n        id\n        kind\n        state\n        round\n      }\n      conditionLibrary {\n        id\n        text\n        needsArtifact\n        needsDueDate\n      }\n      decision {\n        ...DecisionFields\n      }\n      decisionHistory {\n        ...DecisionHistoryFields\n      }\n      approval {\n        ...ApprovalWithReevaluationFields\n      }\n      letterDraft {\n        subject\n        body\n      }\n    }\n  }\n': typeof types.SubmissionDecisionDocument;
  '\n  mutation RecordDecision($submissionId: ID!, $expectedRevision: Int!, $decision: DecisionInput!) {\n    recordDecision(submissionId: $submissionId, expectedRevision: $expectedRevision, decision: $decision) {\n      referredToFull\n      referral\n      submission {\n        id\n        revision\n        tier\n        tierStatus\n        tierDecision {\n          ...TierDecisionFields\n        }\n        tierHistory {\n          ...TierDecisionFields\n        }\n        decision {\n          ...DecisionFields\n        }\n        letterDraft {\n          subject\n          body\n        }\n      }\n    }\n  }\n': typeof types.RecordDecisionDocument;
  '\n  mutation SendDecision($submissionId: ID!, $expectedRevision: Int!, $letter: LetterInput!) {\n    sendDecision(submissionId: $submissionId, expectedRevision: $expectedRevision, letter: $letter) {\n      id\n      revision\n      decision {\n        ...DecisionFields\n      }\n      decisionHistory {\n        ...DecisionHistoryFields\n      }\n      approval {\n        ...ApprovalWithReevaluationFields\n      }\n      letterDraft {\n        subject\n        body\n      }\n    }\n  }\n': typeof types.SendDecisionDocument;
  '\n  fragment DecisionSettingsFields on DecisionSettings {\n    revision\n    conditionLibrary {\n      id\n      text\n      needsArtifact\n      needsDueDate\n    }\n    letterTemplates {\n      outcome\n      subject\n      body\n      custom\n    }\n    variables {\n      name\n      description\n    }\n  }\n': typeof types.DecisionSettingsFieldsFragmentDoc;
  '\n  query DecisionSettings($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      name\n      decisionSettings {\n        ...DecisionSettingsFields\n      }\n    }\n  }\n': typeof types.DecisionSettingsDocument;
  '\n  mutation UpdateConditionLibrary(\n    $venueId: ID!\n    $entries: [ConditionLibraryEntryInput!]!\n    $expectedRevision: Int!\n  ) {\n    updateConditionLibrary(venueId: $venueId, entries: $entries, expectedRevision: $expectedRevision) {\n      ...DecisionSettingsFields\n    }\n  }\n': typeof types.UpdateConditionLibraryDocument;
  '\n  mutation UpdateLetterTemplate(\n    $venueId: ID!\n    $outcome: DecisionOutcome!\n    $template: LetterInput\n    $expectedRevision: Int!\n  ) {\n    updateLetterTemplate(\n      venueId: $venueId\n      outcome: $outcome\n      template: $template\n      expectedRevision: $expectedRevision\n    ) {\n      ...DecisionSettingsFields\n    }\n  }\n': typeof types.UpdateLetterTemplateDocument;
  '\n  fragment SubmissionPermissionsFields on SubmissionViewerPermissions {\n    bid\n    comment\n    decide\n    decideTier\n    declareConflict\n    edit\n    manageAssignments\n    pinConflict\n    releaseReviews\n    respond\n    writeReview\n  }\n': typeof types.SubmissionPermissionsFieldsFragmentDoc;
  '\n  fragment DiscussionParticipantFields on DiscussionParticipant {\n    id\n    label\n    role\n    person {\n      id\n      name\n    }\n  }\n': typeof types.DiscussionParticipantFieldsFragmentDoc;
  '\n  fragment DiscussionFields on Discussion {\n    unread\n    comments {\n      id\n      body\n      createdAt\n      mine\n      author {\n        ...DiscussionParticipantFields\n      }\n      mentions {\n        ...DiscussionParticipantFields\n      }\n    }\n    participants {\n      ...DiscussionParticipantFields\n    }\n  }\n': typeof types.DiscussionFieldsFragmentDoc;
  '\n  query SubmissionDiscussion($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      discussion {\n        ...DiscussionFields\n      }\n    }\n  }\n': typeof types.SubmissionDiscussionDocument;
  '\n  mutation PostComment($submissionId: ID!, $body: String!, $mentions: [ID!]!) {\n    postComment(submissionId: $submissionId, body: $body, mentions: $mentions) {\n      ...DiscussionFields\n    }\n  }\n': typeof types.PostCommentDocument;
  '\n  mutation MarkDiscussionRead($submissionId: ID!) {\n    markDiscussionRead(submissionId: $submissionId)\n  }\n': typeof types.MarkDiscussionReadDocument;
  '\n  fragment AuthorResponseFields on AuthorResponse {\n    text\n    wordCount\n    submittedAt\n    revision\n  }\n': typeof types.AuthorResponseFieldsFragmentDoc;
  '\n  query AuthorResponse($id: ID!) {\n    submission(id: $id) {\n      id\n      reviewsReleased\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      venue {\n        id\n        timeZone\n      }\n      responseWindow {\n        open\n        reason\n        deadline\n        wordLimit\n      }\n      authorResponse {\n        ...AuthorResponseFields\n      }\n    }\n  }\n': typeof types.AuthorResponseDocument;
  '\n  mutation SubmitAuthorResponse($submissionId: ID!, $text: String!, $expectedRevision: Int!) {\n    submitAuthorResponse(submissionId: $submissionId, text: $text, expectedRevision: $expectedRevision) {\n      ...AuthorResponseFields\n    }\n  }\n': typeof types.SubmitAuthorResponseDocument;
  '\n  query ResponsePhase($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      timeZone\n      responsePhase {\n        open\n        deadline\n        wordLimit\n      }\n      reviewsReopenedUntil\n    }\n  }\n': typeof types.ResponsePhaseDocument;
  '\n  mutation UpdateResponsePhase(\n    $venueId: ID!\n    $phase: ResponsePhaseInput!\n    $reviewsReopenedUntil: DateTime\n    $expectedRevision: Int!\n  ) {\n    updateResponsePhase(\n      venueId: $venueId\n      phase: $phase\n      reviewsReopenedUntil: $reviewsReopenedUntil\n      expectedRevision: $expectedRevision\n    ) {\n      id\n      revision\n      responsePhase {\n        open\n        deadline\n        wordLimit\n      }\n      reviewsReopenedUntil\n    }\n  }\n': typeof types.UpdateResponsePhaseDocument;
  '\n  query PublicVenues {\n    venues {\n      id\n      name\n      shortName\n      kind\n      description\n      parentVenue {\n        id\n        shortName\n      }\n      awaitingApprovalBy {\n        id\n        shortName\n      }\n      deadlines {\n        label\n        dueAt\n      }\n    }\n  }\n': typeof types.PublicVenuesDocument;
  '\n  fragment VenueJobFields on VenueJob {\n    id\n    summary\n    name\n    state\n    attempts\n    maxAttempts\n    runAt\n    lastError\n    createdAt\n    finishedAt\n  }\n': typeof types.VenueJobFieldsFragmentDoc;
  '\n  query VenueJobs($venueId: ID!, $state: JobState, $offset: Int!, $limit: Int!) {\n    venueJobs(venueId: $venueId, state: $state, offset: $offset, limit: $limit) {\n      total\n      counts {\n        waiting\n        running\n        succeeded\n        failed\n      }\n      jobs {\n        ...VenueJobFields\n      }\n    }\n  }\n': typeof types.VenueJobsDocument;
  '\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      ...VenueJobFields\n    }\n  }\n': typeof types.RetryJobDocument;
  '\n  fragment MeetingItemFields on AgendaItem {\n    position\n    state\n    recused\n    recusedCount\n    outcome\n    submission {\n      id\n      title\n    }\n    quorum {\n      met\n      counted\n      needed\n      communityCounted\n      explanation\n    }\n  }\n': typeof types.MeetingItemFieldsFragmentDoc;
  '\n  fragment OpenMotionFields on Motion {\n    id\n    submissionId\n    text\n    state\n    proposedOutcome\n    proposedOutcomeLabel\n    conditions\n    votesCast\n    myVote\n  }\n': typeof types.OpenMotionFieldsFragmentDoc;
  '\n  fragment MotionRecordFields on Motion {\n    id\n    submissionId\n    text\n    state\n    proposedOutcomeLabel\n    conditions\n    votesCast\n    for\n    against\n    abstain\n    result\n    votes {\n      person {\n        ...PersonFields\n      }\n      choice\n    }\n  }\n': typeof types.MotionRecordFieldsFragmentDoc;
  '\n  fragment MeetingLiveFields on Meeting {\n    id\n    title\n    scheduledFor\n    state\n    requireCommunityMember\n    startedAt\n    endedAt\n    viewerPresent\n    viewerCan {\n      manage\n      vote\n    }\n    members {\n      person {\n        ...PersonFields\n      }\n      community\n      voting\n      present\n    }\n    items {\n      ...MeetingItemFields\n    }\n    currentItem {\n      position\n    }\n    openMotion {\n      ...OpenMotionFields\n    }\n  }\n': typeof types.MeetingLiveFieldsFragmentDoc;
  '\n  query MeetingsOfVenue($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      meetings {\n        id\n        title\n        scheduledFor\n        state\n        items {\n          state\n        }\n      }\n    }\n  }\n': typeof types.MeetingsOfVenueDocument;
  '\n  query MeetingConveneChoices($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      members {\n        user {\n          ...PersonFields\n        }\n        roles\n      }\n      meetingCandidates {\n        id\n        title\n      }\n    }\n  }\n': typeof types.MeetingConveneChoicesDocument;
  '\n  query MeetingLive($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n  }\n': typeof types.MeetingLiveDocument;
  '\n  query MeetingRecord($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes\n      motions {\n        ...MotionRecordFields\n      }\n    }\n  }\n': typeof types.MeetingRecordDocument;
  '\n  query MeetingStatementPlan($submissionId: ID!) {\n    submission(id: $submissionId) {\n      id\n      latestVersion {\n        artifacts {\n          key\n          kind\n          name\n          description\n          powerLevel\n        }\n        content {\n          releasePlan {\n            artifactKey\n            contentLevel\n            timing\n            distribution\n            embargoUntil\n            reviewEveryMonths\n            releaseEvent\n            stages {\n              description\n              opensOn\n              trigger\n            }\n            accessConditions\n          }\n        }\n      }\n    }\n  }\n': typeof types.MeetingStatementPlanDocument;
  '\n  mutation ConveneMeeting($venueId: ID!, $input: ConveneMeetingInput!) {\n    conveneMeeting(venueId: $venueId, input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n': typeof types.ConveneMeetingDocument;
  '\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n': typeof types.StartMeetingDocument;
  '\n  mutation SetMeetingAttendance($meetingId: ID!, $userId: ID!, $present: Boolean!) {\n    setAttendance(meetingId: $meetingId, userId: $userId, present: $present) {\n      ...MeetingLiveFields\n    }\n  }\n': typeof types.SetMeetingAttendanceDocument;
  '\n  mutation TakeAgendaItem($meetingId: ID!, $submissionId: ID!) {\n    takeAgendaItem(meetingId: $meetingId, submissionId: $submissionId) {\n      ...MeetingLiveFields\n    }\n  }\n': typeof types.TakeAgendaItemDocument;
  '\n  mutation DeferAgendaItem($meetingId: ID!, $submissionId: ID!) {\n    deferAgendaItem(meetingId: $meetingId, submissionId: $submissionId) {\n      ...MeetingLiveFields\n    }\n  }\n': typeof types.DeferAgendaItemDocument;
  '\n  mutation OpenMotion($meetingId: ID!, $text: String!, $decision: DecisionInput!) {\n    openMotion(meetingId: $meetingId, text: $text, decision: $decision) {\n      ...MeetingLiveFields\n    }\n  }\n': typeof types.OpenMotionDocument;
  '\n  mutation CastVote($meetingId: ID!, $motionId: ID!, $choice: VoteChoice!) {\n    castVote(meetingId: $meetingId, motionId: $motionId, choice: $choice) {\n      ...MeetingLiveFields\n    }\n  }\n': typeof types.CastVoteDocument;
  '\n  mutation CloseMotion($meetingId: ID!, $motionId: ID!, $withdraw: Boolean!) {\n    closeMotion(meetingId: $meetingId, motionId: $motionId, withdraw: $withdraw) {\n      ...MeetingLiveFields\n    }\n  }\n': typeof types.CloseMotionDocument;
  '\n  mutation EndMeeting($meetingId: ID!) {\n    endMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n': typeof types.EndMeetingDocument;
  '\n  fragment NotificationChoiceFields on NotificationChoice {\n    kind\n    label\n    delivery\n    chosen\n    required\n  }\n': typeof types.NotificationChoiceFieldsFragmentDoc;
  '\n  fragment NotificationSettingsFields on NotificationSettings {\n    timeZone\n    digestHour\n    nextDigestAt\n    general {\n      ...NotificationChoiceFields\n    }\n    venues {\n      venueId\n      venueName\n      venueShortName\n      choices {\n        ...NotificationChoiceFields\n      }\n    }\n  }\n': typeof types.NotificationSettingsFieldsFragmentDoc;
  '\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n': typeof types.NotificationSettingsDocument;
  '\n  mutation SetNotificationDelivery($input: SetNotificationDeliveryInput!) {\n    setNotificationDelivery(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n': typeof types.SetNotificationDeliveryDocument;
  '\n  mutation SetDigestSchedule($input: SetDigestScheduleInput!) {\n    setDigestSchedule(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n': typeof types.SetDigestScheduleDocument;
  '\n  query UnsubscribeLink($token: String!) {\n    unsubscribeLink(token: $token) {\n      kind\n      kindLabel\n      venueName\n      unsubscribed\n    }\n  }\n': typeof types.UnsubscribeLinkDocument;
  '\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      kind\n      kindLabel\n      venueName\n      unsubscribed\n    }\n  }\n': typeof types.UnsubscribeDocument;
  '\n  fragment PublicApprovalFields on PublicApproval {\n    id\n    title\n    venueId\n    venueName\n    venueShortName\n    outcome\n    outcomeLabel\n    state\n    stateLabel\n    approvedAt\n    releasePlan {\n      artifactName\n      contentLevel\n      timing\n      distribution\n      embargoUntil\n      suspended\n    }\n  }\n': typeof types.PublicApprovalFieldsFragmentDoc;
  '\n  query PublicApproval($id: ID!) {\n    publicApproval(id: $id) {\n      ...PublicApprovalFields\n    }\n  }\n': typeof types.PublicApprovalDocument;
  '\n  query PublicApprovals($venueId: ID!) {\n    publicApprovals(venueId: $venueId) {\n      ...PublicApprovalFields\n    }\n  }\n': typeof types.PublicApprovalsDocument;
  '\n  query RegistryVenues {\n    venues {\n      ...VenueNameFields\n    }\n  }\n': typeof types.RegistryVenuesDocument;
  '\n  mutation ReportIncident($input: IncidentReportInput!) {\n    reportIncident(input: $input) {\n      email\n      message\n    }\n  }\n': typeof types.ReportIncidentDocument;
  '\n  mutation ConfirmIncidentReport($token: String!) {\n    confirmIncidentReport(token: $token) {\n      reference\n      about\n    }\n  }\n': typeof types.ConfirmIncidentReportDocument;
  '\n  fragment ReviewerProfileFields on ReviewerProfile {\n    areas\n    expertise\n    publications {\n      title\n      abstract\n      year\n    }\n    affiliations {\n      institution\n      emailDomain\n      startYear\n      endYear\n    }\n    communities\n    maxLoad\n    trainingCompletedOn\n    revision\n  }\n': typeof types.ReviewerProfileFieldsFragmentDoc;
  '\n  query MyReviewerProfile($venueId: ID!) {\n    reviewerProfile(venueId: $venueId) {\n      ...ReviewerProfileFields\n    }\n    venue(id: $venueId) {\n      id\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n': typeof types.MyReviewerProfileDocument;
  '\n  mutation UpdateReviewerProfile($venueId: ID!, $profile: ReviewerProfileInput!, $expectedRevision: Int!) {\n    updateReviewerProfile(venueId: $venueId, profile: $profile, expectedRevision: $expectedRevision) {\n      ...ReviewerProfileFields\n    }\n  }\n': typeof types.UpdateReviewerProfileDocument;
  '\n  query ParsePublications($format: PublicationFormat!, $text: String!) {\n    parsePublications(format: $format, text: $text) {\n      title\n      abstract\n      year\n    }\n  }\n': typeof types.ParsePublicationsDocument;
  '\n  fragment PoolImportFields on PoolImportReport {\n    id\n    state\n    total\n    done\n    error\n    sent {\n      line\n      email\n      detail\n    }\n    skipped {\n      line\n      email\n      detail\n    }\n    refused {\n      line\n      detail\n    }\n  }\n': typeof types.PoolImportFieldsFragmentDoc;
  '\n  mutation ImportReviewerPool($venueId: ID!, $csv: String!) {\n    importReviewerPool(venueId: $venueId, csv: $csv) {\n      ...PoolImportFields\n    }\n  }\n': typeof types.ImportReviewerPoolDocument;
  '\n  query PoolImport($id: ID!) {\n    poolImport(id: $id) {\n      ...PoolImportFields\n    }\n  }\n': typeof types.PoolImportDocument;
  '\n  query ReviewerPool($venueId: ID!, $offset: Int) {\n    venue(id: $venueId) {\n      id\n      reviewerProfileCount\n      reviewerProfiles(offset: $offset, limit: 50) {\n        areas\n        communities\n        maxLoad\n        trainingCompletedOn\n        publications {\n          title\n        }\n        affiliations {\n          institution\n          endYear\n        }\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n': typeof types.ReviewerPoolDocument;
  '\n  fragment ReviewTextFields on ReviewText {\n    answers {\n      questionId\n      prompt\n      kind\n      retired\n      rating\n      text\n    }\n    recommendation\n    releaseRecommendations {\n      artifactKey\n      artifactName\n      contentLevel\n      timing\n      distribution\n    }\n    requiredMitigations\n    commentsForAuthors\n    confidentialComments\n    namedToAuthors\n  }\n': typeof types.ReviewTextFieldsFragmentDoc;
  '\n  fragment ReviewFields on Review {\n    id\n    kind\n    label\n    reviewer {\n      ...PersonFields\n    }\n    state\n    revision\n    statementVersion\n    submittedAt\n    firstSubmittedAt\n    updatedAt\n    timeliness\n    text {\n      ...ReviewTextFields\n    }\n    versions {\n      number\n      submittedAt\n      statementVersion\n      text {\n        ...ReviewTextFields\n      }\n    }\n  }\n': typeof types.ReviewFieldsFragmentDoc;
  '\n  fragment ReviewCardFields on Review {\n    id\n    kind\n    label\n    reviewer {\n      ...PersonFields\n    }\n    state\n    round\n    submittedAt\n    timeliness\n    text {\n      ...ReviewTextFields\n    }\n    versions {\n      number\n      submittedAt\n    }\n  }\n': typeof types.ReviewCardFieldsFragmentDoc;
  '\n  query ReviewVersions($id: ID!, $reviewId: ID!) {\n    submission(id: $id) {\n      id\n      review(id: $reviewId) {\n        id\n        versions {\n          number\n          submittedAt\n          statementVersion\n          text {\n            ...ReviewTextFields\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReviewVersionsDocument;
  '\n  fragment FormQuestionFields on FormQuestion {\n    id\n    kind\n    prompt\n    help\n    required\n    retired\n  }\n': typeof types.FormQuestionFieldsFragmentDoc;
  '\n  query ReviewTask($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      venue {\n        id\n        shortName\n        reviewVisibility {\n          identitiesToAuthors\n        }\n      }\n      artifacts {\n        key\n        name\n      }\n      reviewTask {\n        editable\n        lockedReason\n        assignment {\n          id\n          state\n          kind\n          dueAt\n        }\n        form {\n          kind\n          revision\n          questions {\n            ...FormQuestionFields\n          }\n        }\n        review {\n          ...ReviewFields\n        }\n      }\n    }\n  }\n': typeof types.ReviewTaskDocument;
  '\n  mutation SaveReviewDraft($submissionId: ID!, $expectedRevision: Int!, $review: ReviewInput!) {\n    saveReviewDraft(submissionId: $submissionId, expectedRevision: $expectedRevision, review: $review) {\n      id\n      revision\n      updatedAt\n      state\n    }\n  }\n': typeof types.SaveReviewDraftDocument;
  '\n  mutation SubmitReview($submissionId: ID!, $expectedRevision: Int!, $review: ReviewInput!) {\n    submitReview(submissionId: $submissionId, expectedRevision: $expectedRevision, review: $review) {\n      ...ReviewFields\n    }\n  }\n': typeof types.SubmitReviewDocument;
  '\n  query SubmissionReviews($id: ID!) {\n    submission(id: $id) {\n      id\n      phase\n      reviewsReleased\n      venue {\n        id\n        reviewsReleased\n      }\n      viewerCan {\n        edit\n        releaseReviews\n      }\n      reviewTask {\n        assignment {\n          id\n          state\n        }\n        review {\n          id\n          state\n        }\n      }\n      reviews {\n        ...ReviewCardFields\n      }\n    }\n  }\n': typeof types.SubmissionReviewsDocument;
  '\n  mutation ReleaseReviews($submissionId: ID!, $released: Boolean!) {\n    releaseReviews(submissionId: $submissionId, released: $released) {\n      id\n      reviewsReleased\n    }\n  }\n': typeof types.ReleaseReviewsDocument;
  '\n  query ReviewSettings($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      reviewsReleased\n      reviewVisibility {\n        otherReviews\n        identitiesToReviewers\n        identitiesToAuthors\n      }\n    }\n  }\n': typeof types.ReviewSettingsDocument;
  '\n  mutation UpdateReviewVisibility(\n    $venueId: ID!\n    $biddingOpen: Boolean!\n    $doubleBlind: Boolean!\n    $expectedRevision: Int!\n    $reviewVisibility: ReviewVisibilityInput!\n    $reviewsReleased: Boolean!\n  ) {\n    updateReviewSettings(\n      venueId: $venueId\n      biddingOpen: $biddingOpen\n      doubleBlind: $doubleBlind\n      expectedRevision: $expectedRevision\n      reviewVisibility: $reviewVisibility\n      reviewsReleased: $reviewsReleased\n    ) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      reviewsReleased\n      reviewVisibility {\n        otherReviews\n        identitiesToReviewers\n        identitiesToAuthors\n      }\n    }\n  }\n': typeof types.UpdateReviewVisibilityDocument;
  '\n  fragment ReviewFormFields on ReviewForm {\n    kind\n    revision\n    answeredQuestionIds\n    questions {\n      ...FormQuestionFields\n    }\n  }\n': typeof types.ReviewFormFieldsFragmentDoc;
  '\n  query ReviewForms($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      reviewForms {\n        ...ReviewFormFields\n      }\n    }\n  }\n': typeof types.ReviewFormsDocument;
  '\n  mutation UpdateReviewForm($venueId: ID!, $kind: ReviewFormKind!, $questions: [FormQuestionInput!]!, $expectedRevision: Int!) {\n    updateReviewForm(venueId: $venueId, kind: $kind, questions: $questions, expectedRevision: $expectedRevision) {\n      ...ReviewFormFields\n    }\n  }\n': typeof types.UpdateReviewFormDocument;
  '\n  query ReviewProgress($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      reviewProgress {\n        counts {\n          submitted\n          submitted_late\n          due\n          due_soon\n          late\n        }\n        pressing {\n          timeliness\n          submission {\n            id\n            title\n          }\n          assignment {\n            id\n            kind\n            dueAt\n            reviewer {\n              ...PersonFields\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReviewProgressDocument;
  '\n  fragment StatementContentFields on StatementContent {\n    summary\n    hazards {\n      kind\n      description\n      severity\n    }\n    pathToHarm {\n      factor\n      rating\n      justification\n    }\n    accessRatchetStage\n    accessRatchetJustification\n    indirectHarms {\n      kind\n      applies\n      description\n    }\n    mitigationChallenges {\n      kind\n      applies\n      description\n    }\n    benefits\n    affectedGroups\n    mitigations {\n      kind\n      description\n    }\n    releasePlan {\n      artifactKey\n      contentLevel\n      timing\n      distribution\n      embargoUntil\n      reviewEveryMonths\n      releaseEvent\n      stages {\n        description\n        opensOn\n        trigger\n      }\n      accessConditions\n    }\n  }\n': typeof types.StatementContentFieldsFragmentDoc;
  '\n  fragment TierSuggestionFields on TierSuggestion {\n    tier\n    score\n    drivers {\n      path\n      section\n      answer\n      points\n      floor\n      reason\n    }\n  }\n': typeof types.TierSuggestionFieldsFragmentDoc;
  '\n  fragment ArtifactFields on Artifact {\n    key\n    kind\n    name\n    description\n    powerLevel\n  }\n': typeof types.ArtifactFieldsFragmentDoc;
  '\n  fragment LinksFields on SubmissionLinks {\n    paperUrl\n    openReviewUrl\n    doi\n    repositoryUrl\n  }\n': typeof types.LinksFieldsFragmentDoc;
  '\n  fragment TierDecisionFields on TierDecision {\n    tier\n    suggestedTier\n    reason\n    decidedAt\n    forVersion\n    decidedBy {\n      ...PersonFields\n    }\n  }\n': typeof types.TierDecisionFieldsFragmentDoc;
  '\n  fragment DraftFields on StatementDraft {\n    revision\n    updatedAt\n    basedOnVersion\n    title\n    abstract\n    links {\n      ...LinksFields\n    }\n    artifacts {\n      ...ArtifactFields\n    }\n    content {\n      ...StatementContentFields\n    }\n  }\n': typeof types.DraftFieldsFragmentDoc;
  '\n  fragment VersionFields on StatementVersion {\n    number\n    title\n    abstract\n    submittedAt\n    links {\n      ...LinksFields\n    }\n    artifacts {\n      ...ArtifactFields\n    }\n    authors {\n      ...PersonFields\n    }\n    submittedBy {\n      ...PersonFields\n    }\n    content {\n      ...StatementContentFields\n    }\n    tierSuggestion {\n      ...TierSuggestionFields\n    }\n  }\n': typeof types.VersionFieldsFragmentDoc;
  '\n  fragment SubmissionDetails on Submission {\n    id\n    title\n    phase\n    tierStatus\n    tier\n    revision\n    createdAt\n    updatedAt\n    submittedAt\n    venue {\n      id\n      name\n      shortName\n      myRoles\n    }\n    authors {\n      ...PersonFields\n    }\n    tierSuggestion {\n      ...TierSuggestionFields\n    }\n    tierDecision {\n      ...TierDecisionFields\n    }\n    tierHistory {\n      ...TierDecisionFields\n    }\n    versions {\n      number\n      submittedAt\n    }\n  }\n': typeof types.SubmissionDetailsFragmentDoc;
  '\n  query MySubmissions {\n    mySubmissions {\n      id\n      title\n      phase\n      tierStatus\n      tier\n      updatedAt\n      submittedAt\n      venue {\n        ...VenueNameFields\n      }\n    }\n  }\n': typeof types.MySubmissionsDocument;
  '\n  query EditSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      phase\n      venue {\n        ...VenueNameFields\n      }\n      draft {\n        ...DraftFields\n      }\n    }\n  }\n': typeof types.EditSubmissionDocument;
  '\n  query SubmissionView($id: ID!, $pick: Boolean!, $number: Int!) {\n    submission(id: $id) {\n      ...SubmissionDetails\n      viewerCan {\n        edit\n        decideTier\n        declareConflict\n        pinConflict\n      }\n      draft {\n        revision\n        updatedAt\n      }\n      latestVersion @skip(if: $pick) {\n        ...VersionFields\n      }\n      version(number: $number) @include(if: $pick) {\n        ...VersionFields\n      }\n    }\n  }\n': typeof types.SubmissionViewDocument;
  '\n  query CompareVersions($id: ID!, $from: Int!, $to: Int!) {\n    submission(id: $id) {\n      id\n      compareVersions(from: $from, to: $to) {\n        section\n        title\n        changed\n        changes {\n          path\n          label\n          before\n          after\n        }\n      }\n    }\n  }\n': typeof types.CompareVersionsDocument;
  '\n  query VenueSubmissions(\n    $venueId: ID!\n    $filter: VenueSubmissionsFilter\n    $sort: SubmissionSort\n    $offset: Int\n    $limit: Int\n  ) {\n    venueSubmissions(venueId: $venueId, filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      searchCapped\n      items {\n        id\n        title\n        phase\n        tierStatus\n        tier\n        revision\n        updatedAt\n        submittedAt\n        authors {\n          ...PersonFields\n        }\n        versions {\n          number\n        }\n        tierSuggestion {\n          ...TierSuggestionFields\n        }\n        tierDecision {\n          ...TierDecisionFields\n        }\n      }\n    }\n  }\n': typeof types.VenueSubmissionsDocument;
  '\n  mutation CreateSubmission($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateSubmissionDocument;
  '\n  mutation SaveDraft($submissionId: ID!, $draft: DraftInput!, $expectedDraftRevision: Int!) {\n    saveDraft(submissionId: $submissionId, draft: $draft, expectedDraftRevision: $expectedDraftRevision) {\n      revision\n      updatedAt\n    }\n  }\n': typeof types.SaveDraftDocument;
  '\n  mutation SubmitStatement($submissionId: ID!, $expectedDraftRevision: Int!) {\n    submitStatement(submissionId: $submissionId, expectedDraftRevision: $expectedDraftRevision) {\n      id\n      phase\n      tierStatus\n      submittedAt\n      versions {\n        number\n        submittedAt\n      }\n    }\n  }\n': typeof types.SubmitStatementDocument;
  '\n  mutation StartRevision($submissionId: ID!) {\n    startRevision(submissionId: $submissionId) {\n      id\n      phase\n    }\n  }\n': typeof types.StartRevisionDocument;
  '\n  mutation ConfirmTier($submissionId: ID!, $tier: Tier!, $reason: String!, $expectedRevision: Int!) {\n    confirmTier(submissionId: $submissionId, tier: $tier, reason: $reason, expectedRevision: $expectedRevision) {\n      id\n      tierStatus\n      tier\n      revision\n      tierDecision {\n        ...TierDecisionFields\n      }\n      tierHistory {\n        ...TierDecisionFields\n      }\n    }\n  }\n': typeof types.ConfirmTierDocument;
  '\n  query Venues {\n    venues {\n      id\n      name\n      shortName\n      kind\n      timeZone\n      myRoles\n      parentVenue {\n        id\n        shortName\n      }\n    }\n  }\n': typeof types.VenuesDocument;
  '\n  fragment VenueDetails on Venue {\n    id\n    name\n    shortName\n    kind\n    timeZone\n    description\n    tiersVisibleToAuthors\n    revision\n    createdAt\n    myRoles\n    parentVenue {\n      ...VenueNameFields\n    }\n    awaitingApprovalBy {\n      ...VenueNameFields\n    }\n    conferenceRequest {\n      conference {\n        ...VenueNameFields\n      }\n      state\n      note\n      decidedAt\n      decidedByName\n    }\n    workshops {\n      ...VenueNameFields\n    }\n    deadlines {\n      label\n      dueLocal\n      dueAt\n    }\n  }\n': typeof types.VenueDetailsFragmentDoc;
  '\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueDetails\n    }\n  }\n': typeof types.VenueDocument;
  '\n  fragment VenueInvitationFields on Invitation {\n    id\n    email\n    role\n    state\n    expired\n    createdAt\n    expiresAt\n    respondedAt\n    invitedBy {\n      ...PersonFields\n    }\n  }\n': typeof types.VenueInvitationFieldsFragmentDoc;
  '\n  query VenueMembers($id: ID!) {\n    venue(id: $id) {\n      id\n      members {\n        user {\n          id\n          name\n          email\n        }\n        roles\n      }\n      invitations {\n        ...VenueInvitationFields\n      }\n    }\n  }\n': typeof types.VenueMembersDocument;
  '\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueDetails\n    }\n  }\n': typeof types.CreateVenueDocument;
  '\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!, $expectedRevision: Int!) {\n    updateVenue(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      ...VenueDetails\n    }\n  }\n': typeof types.UpdateVenueDocument;
  '\n  query WorkshopRequests($id: ID!) {\n    venue(id: $id) {\n      id\n      workshopRequests {\n        id\n        name\n        shortName\n        description\n        createdAt\n      }\n    }\n  }\n': typeof types.WorkshopRequestsDocument;
  '\n  mutation DecideWorkshopRequest($workshopId: ID!, $decision: AffiliationDecision!, $note: String) {\n    decideWorkshopRequest(workshopId: $workshopId, decision: $decision, note: $note) {\n      id\n      parentVenue {\n        id\n        shortName\n      }\n      awaitingApprovalBy {\n        id\n        shortName\n      }\n    }\n  }\n': typeof types.DecideWorkshopRequestDocument;
  '\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      state\n      expired\n      expiresAt\n    }\n  }\n': typeof types.ResendInvitationDocument;
  '\n  mutation InviteToVenue($input: InviteInput!) {\n    inviteToVenue(input: $input) {\n      ...VenueInvitationFields\n    }\n  }\n': typeof types.InviteToVenueDocument;
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      state\n      respondedAt\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      venueName\n      venueShortName\n      role\n      email\n      state\n      invitedByName\n      expired\n      accountExists\n    }\n  }\n': typeof types.InvitationPreviewDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n': typeof types.DeclineInvitationDocument;
  '\n  fragment TierRequirementFields on TierRequirement {\n    chairCheck\n    expertReviewers\n    communityReviewers\n    reviewDays\n    disapproval\n  }\n': typeof types.TierRequirementFieldsFragmentDoc;
  '\n  fragment TierPolicyFields on TierPolicy {\n    exempt {\n      ...TierRequirementFields\n    }\n    expedited {\n      ...TierRequirementFields\n    }\n    full {\n      ...TierRequirementFields\n    }\n  }\n': typeof types.TierPolicyFieldsFragmentDoc;
  '\n  fragment VenueTaxonomyFields on VenueTaxonomy {\n    areas {\n      label\n      subAreas\n    }\n    communities\n  }\n': typeof types.VenueTaxonomyFieldsFragmentDoc;
  '\n  query VenueRules($id: ID!) {\n    venue(id: $id) {\n      id\n      revision\n      tierPolicy {\n        ...TierPolicyFields\n      }\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n': typeof types.VenueRulesDocument;
  '\n  query TierPolicyImpact($venueId: ID!, $policy: TierPolicyInput!) {\n    tierPolicyImpact(venueId: $venueId, policy: $policy) {\n      tier\n      changedFields\n      statements\n      examples {\n        id\n        title\n      }\n    }\n  }\n': typeof types.TierPolicyImpactDocument;
  '\n  mutation UpdateTierPolicy($venueId: ID!, $policy: TierPolicyInput!, $expectedRevision: Int!) {\n    updateTierPolicy(venueId: $venueId, policy: $policy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      tierPolicy {\n        ...TierPolicyFields\n      }\n    }\n  }\n': typeof types.UpdateTierPolicyDocument;
  '\n  mutation UpdateVenueTaxonomy($venueId: ID!, $taxonomy: VenueTaxonomyInput!, $expectedRevision: Int!) {\n    updateVenueTaxonomy(venueId: $venueId, taxonomy: $taxonomy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n': typeof types.UpdateVenueTaxonomyDocument;
  '\n  fragment PersonFields on User {\n    id\n    name\n  }\n': typeof types.PersonFieldsFragmentDoc;
  '\n  fragment VenueNameFields on Venue {\n    id\n    name\n    shortName\n  }\n': typeof types.VenueNameFieldsFragmentDoc;
};
const documents: Documents = {
  '\n  query Response {\n    submission(id: "s1") {\n      id\n      viewerCan {\n        respond\n      }\n    }\n  }\n':
    types.ResponseDocument,
  '\n  query Conflicts {\n    submission(id: "s1") {\n      id\n      viewerCan {\n        declareConflict\n      }\n    }\n  }\n':
    types.ConflictsDocument,
  '\n  fragment SitePersonFields on SitePerson {\n    id\n    name\n    email\n    siteAdmin\n    canCreateVenues\n    adminByConfiguration\n  }\n':
    types.SitePersonFieldsFragmentDoc,
  '\n  query SiteStaff {\n    siteStaff {\n      ...SitePersonFields\n    }\n  }\n': types.SiteStaffDocument,
  '\n  query SearchPeople($text: String!) {\n    searchPeople(text: $text) {\n      ...SitePersonFields\n    }\n  }\n':
    types.SearchPeopleDocument,
  '\n  mutation SetSitePermission($input: SetSitePermissionInput!) {\n    setSitePermission(input: $input) {\n      ...SitePersonFields\n    }\n  }\n':
    types.SetSitePermissionDocument,
  '\n  fragment AmendmentFields on Amendment {\n    id\n    revision\n    state\n    stateLabel\n    reason\n    tier\n    tierReasons\n    changes {\n      kind\n      label\n      artifactKey\n      artifactName\n    }\n    planChanges {\n      artifactKey\n      artifactName\n      status\n      changedParts\n      proposed {\n        ...PlanItemFields\n      }\n      decided {\n        ...PlanItemFields\n      }\n    }\n    newArtifacts {\n      ...ArtifactFields\n    }\n    requestedAt\n    requestedBy {\n      ...PersonFields\n    }\n    recommendations {\n      reviewer {\n        ...PersonFields\n      }\n      mine\n      decision\n      comment\n      at\n    }\n    recommendationsNeeded\n    recommendationCount\n    decision {\n      decision\n      label\n      reason\n      decidedAt\n    }\n    viewerCan {\n      withdraw\n      recommend\n      decide\n    }\n  }\n':
    types.AmendmentFieldsFragmentDoc,
  '\n  query SubmissionAmendments($id: ID!) {\n    submission(id: $id) {\n      id\n      artifacts {\n        ...ArtifactFields\n      }\n      approval {\n        id\n        amendments {\n          ...AmendmentFields\n        }\n      }\n    }\n  }\n':
    types.SubmissionAmendmentsDocument,
  '\n  mutation RequestAmendment($input: AmendmentRequestInput!) {\n    requestAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n':
    types.RequestAmendmentDocument,
  '\n  mutation WithdrawAmendment($amendmentId: ID!, $expectedRevision: Int!) {\n    withdrawAmendment(amendmentId: $amendmentId, expectedRevision: $expectedRevision) {\n      ...AmendmentFields\n    }\n  }\n':
    types.WithdrawAmendmentDocument,
  '\n  mutation RecommendOnAmendment($input: AmendmentRecommendationInput!) {\n    recommendOnAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n':
    types.RecommendOnAmendmentDocument,
  '\n  mutation DecideAmendment($input: AmendmentDecisionInput!) {\n    decideAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n':
    types.DecideAmendmentDocument,
  '\n  fragment ApprovalFields on Approval {\n    id\n    revision\n    state\n    stateLabel\n    consequence\n    outcome\n    tier\n    forVersion\n    approvedAt\n    expiresAt\n    daysUntilExpiry\n    reevaluationOpensAt\n    remindersSent\n    suspendedArtifacts {\n      key\n      name\n    }\n    lastChange {\n      action\n      label\n      by\n      actor {\n        ...PersonFields\n      }\n      reason\n      at\n    }\n    availableActions\n    conditions {\n      ...DecidedConditionFields\n    }\n    releasePlan {\n      ...PlanItemFields\n    }\n    artifacts {\n      key\n      name\n    }\n    releaseSchedule {\n      artifactKey\n      artifactName\n      stage\n      label\n      date\n      gated\n      gatePassedAt\n      openedOn\n      opensOn\n      status\n      statusLabel\n      reason\n    }\n    nextGates {\n      artifactKey\n      artifactName\n      stage\n      label\n    }\n  }\n':
    types.ApprovalFieldsFragmentDoc,
  '\n  fragment ContinuingReviewPolicyFields on ContinuingReviewPolicy {\n    periodMonths {\n      exempt\n      expedited\n      full\n    }\n    reminderDays\n  }\n':
    types.ContinuingReviewPolicyFieldsFragmentDoc,
  '\n  fragment ReevaluationFields on Reevaluation {\n    id\n    revision\n    state\n    trigger\n    triggerLabel\n    reason\n    openedAt\n    report {\n      progress\n      changes\n      incidents\n      replication\n      milestones\n      conditions {\n        condition\n        status\n        statusLabel\n        note\n      }\n      submittedAt\n      submittedBy {\n        ...PersonFields\n      }\n    }\n    recommendations {\n      reviewer {\n        ...PersonFields\n      }\n      mine\n      outcome\n      outcomeLabel\n      comment\n      answers {\n        questionId\n        prompt\n        kind\n        retired\n        rating\n        text\n      }\n      at\n    }\n    rubric {\n      ...FormQuestionFields\n    }\n    tally {\n      outcome\n      outcomeLabel\n      count\n    }\n    decision {\n      outcome\n      outcomeLabel\n      reason\n      withoutReportReason\n      decidedAt\n    }\n    viewerCan {\n      report\n      recommend\n      decide\n    }\n  }\n':
    types.ReevaluationFieldsFragmentDoc,
  '\n  fragment ApprovalWithReevaluationFields on Approval {\n    ...ApprovalFields\n    reevaluation {\n      ...ReevaluationFields\n    }\n  }\n':
    types.ApprovalWithReevaluationFieldsFragmentDoc,
  '\n  mutation ChangeApproval($input: ChangeApprovalInput!) {\n    changeApproval(input: $input) {\n      ...ApprovalWithReevaluationFields\n    }\n  }\n':
    types.ChangeApprovalDocument,
  '\n  mutation SubmitContinuingReviewReport($input: ContinuingReviewReportInput!) {\n    submitContinuingReviewReport(input: $input) {\n      ...ReevaluationFields\n    }\n  }\n':
    types.SubmitContinuingReviewReportDocument,
  '\n  mutation RecommendOnReevaluation($input: RecommendationInput!) {\n    recommendOnReevaluation(input: $input) {\n      ...ReevaluationFields\n    }\n  }\n':
    types.RecommendOnReevaluationDocument,
  '\n  mutation DecideReevaluation($input: ReevaluationDecisionInput!) {\n    decideReevaluation(input: $input) {\n      ...ApprovalWithReevaluationFields\n    }\n  }\n':
    types.DecideReevaluationDocument,
  '\n  query ContinuingReviewPolicy($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      continuingReviewPolicy {\n        ...ContinuingReviewPolicyFields\n      }\n    }\n  }\n':
    types.ContinuingReviewPolicyDocument,
  '\n  mutation UpdateContinuingReviewPolicy(\n    $venueId: ID!\n    $policy: ContinuingReviewPolicyInput!\n    $expectedRevision: Int!\n  ) {\n    updateContinuingReviewPolicy(venueId: $venueId, policy: $policy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      continuingReviewPolicy {\n        ...ContinuingReviewPolicyFields\n      }\n    }\n  }\n':
    types.UpdateContinuingReviewPolicyDocument,
  '\n  query ApprovalTimelineView($submissionId: ID!) {\n    submission(id: $submissionId) {\n      id\n      title\n      approval {\n        id\n        state\n        stateLabel\n        timeline {\n          at\n          category\n          categoryLabel\n          title\n          detail\n          actorName\n        }\n      }\n    }\n  }\n':
    types.ApprovalTimelineViewDocument,
  '\n  fragment MatchingRunFields on MatchingRun {\n    id\n    state\n    phase\n    phaseLabel\n    percent\n    objective\n    cancelRequested\n    error\n    createdAt\n    finishedAt\n    committedAt\n    result {\n      status\n      objective\n      minStatementScore\n      statements\n      reviewers\n      proposed\n      kept\n      uncoveredStatements\n      diagnosis\n      inputProblems\n      detectedConflicts\n      loadHistogram {\n        label\n        count\n      }\n      scoreHistogram {\n        label\n        count\n      }\n      phaseSeconds {\n        phase\n        seconds\n      }\n    }\n  }\n':
    types.MatchingRunFieldsFragmentDoc,
  '\n  fragment StatementProposalFields on StatementProposal {\n    submission {\n      id\n      title\n      tier\n    }\n    demand {\n      expert\n      community\n    }\n    missing {\n      expert\n      community\n    }\n    reviewers {\n      reviewer {\n        id\n        name\n      }\n      kind\n      score\n      origin\n      terms\n      areas\n      bid\n    }\n  }\n':
    types.StatementProposalFieldsFragmentDoc,
  '\n  query AssignmentPanel($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      matchingRun {\n        ...MatchingRunFields\n      }\n    }\n  }\n':
    types.AssignmentPanelDocument,
  '\n  query BiddingProgress($venueId: ID!, $offset: Int!) {\n    venue(id: $venueId) {\n      id\n      biddingProgress(offset: $offset, limit: 20) {\n        total\n        reviewersWithBids\n        bids\n        rows {\n          reviewer {\n            id\n            name\n          }\n          kind\n          bids\n          veryHigh\n          high\n          neutral\n          low\n          veryLow\n          lastBidAt\n        }\n      }\n    }\n  }\n':
    types.BiddingProgressDocument,
  '\n  query ReviewerChoices($venueId: ID!, $search: String!) {\n    venue(id: $venueId) {\n      id\n      reviewerChoices(search: $search, limit: 8) {\n        kind\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ReviewerChoicesDocument,
  '\n  query MatchingRunProgress($id: ID!) {\n    matchingRun(id: $id) {\n      ...MatchingRunFields\n    }\n  }\n':
    types.MatchingRunProgressDocument,
  '\n  query Proposal($id: ID!, $after: ID, $limit: Int) {\n    matchingRun(id: $id) {\n      id\n      uncovered {\n        submission {\n          id\n          title\n        }\n        kind\n        missing\n        explanation\n      }\n      proposal(after: $after, limit: $limit) {\n        nextAfter\n        statements {\n          ...StatementProposalFields\n        }\n      }\n    }\n  }\n':
    types.ProposalDocument,
  '\n  mutation UpdateReviewSettings($venueId: ID!, $biddingOpen: Boolean!, $doubleBlind: Boolean!, $expectedRevision: Int!) {\n    updateReviewSettings(venueId: $venueId, biddingOpen: $biddingOpen, doubleBlind: $doubleBlind, expectedRevision: $expectedRevision) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n    }\n  }\n':
    types.UpdateReviewSettingsDocument,
  '\n  mutation StartMatchingRun($venueId: ID!, $objective: MatchingObjective!) {\n    startMatchingRun(venueId: $venueId, objective: $objective) {\n      ...MatchingRunFields\n    }\n  }\n':
    types.StartMatchingRunDocument,
  '\n  mutation CancelMatchingRun($runId: ID!) {\n    cancelMatchingRun(runId: $runId) {\n      ...MatchingRunFields\n    }\n  }\n':
    types.CancelMatchingRunDocument,
  '\n  mutation CommitMatchingRun($runId: ID!) {\n    commitMatchingRun(runId: $runId) {\n      committed\n      skipped\n      run {\n        ...MatchingRunFields\n      }\n    }\n  }\n':
    types.CommitMatchingRunDocument,
  '\n  mutation AddProposedReviewer($runId: ID!, $submissionId: ID!, $reviewerId: ID!) {\n    addProposedReviewer(runId: $runId, submissionId: $submissionId, reviewerId: $reviewerId) {\n      warnings\n      statement {\n        ...StatementProposalFields\n      }\n    }\n  }\n':
    types.AddProposedReviewerDocument,
  '\n  mutation RemoveProposedReviewer($runId: ID!, $submissionId: ID!, $reviewerId: ID!) {\n    removeProposedReviewer(runId: $runId, submissionId: $submissionId, reviewerId: $reviewerId) {\n      warnings\n      statement {\n        ...StatementProposalFields\n      }\n    }\n  }\n':
    types.RemoveProposedReviewerDocument,
  '\n  query MyReviewing($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      biddingOpen\n      doubleBlind\n    }\n    myAssignments(venueId: $venueId) {\n      title\n      assignment {\n        id\n        state\n        kind\n        dueAt\n        assignedAt\n        respondedAt\n        declineReason\n      }\n      submission {\n        id\n        title\n        tier\n        reviewTask {\n          review {\n            id\n            state\n          }\n        }\n      }\n    }\n  }\n':
    types.MyReviewingDocument,
  '\n  query BiddingStatements($venueId: ID!, $offset: Int, $limit: Int) {\n    biddingStatements(venueId: $venueId, offset: $offset, limit: $limit) {\n      total\n      items {\n        affinity\n        terms\n        areas\n        bid\n        submission {\n          id\n          title\n          abstract\n          tier\n          authors {\n            id\n            name\n          }\n          latestVersion {\n            number\n            content {\n              summary\n              hazards {\n                kind\n                severity\n                description\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.BiddingStatementsDocument,
  '\n  mutation PlaceBid($submissionId: ID!, $level: BidLevel!) {\n    placeBid(submissionId: $submissionId, level: $level) {\n      submissionId\n      level\n      updatedAt\n    }\n  }\n':
    types.PlaceBidDocument,
  '\n  mutation DeclareOwnConflict($input: DeclareOwnConflictInput!) {\n    declareOwnConflict(input: $input) {\n      id\n    }\n  }\n':
    types.DeclareOwnConflictDocument,
  '\n  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {\n    respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) {\n      id\n      state\n      respondedAt\n      declineReason\n    }\n  }\n':
    types.RespondToAssignmentDocument,
  '\n  query SubmissionReviewers($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        manageAssignments\n      }\n      openSlots {\n        expert\n        community\n      }\n      assignments {\n        id\n        kind\n        state\n        origin\n        score\n        terms\n        areas\n        bid\n        dueAt\n        respondedAt\n        declineReason\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.SubmissionReviewersDocument,
  '\n  query Replacements($id: ID!, $kind: ReviewerKind!) {\n    submission(id: $id) {\n      id\n      replacements(kind: $kind) {\n        affinity\n        load\n        maxLoad\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ReplacementsDocument,
  '\n  mutation AssignReplacement($submissionId: ID!, $reviewerId: ID!) {\n    assignReplacement(submissionId: $submissionId, reviewerId: $reviewerId) {\n      id\n      state\n    }\n  }\n':
    types.AssignReplacementDocument,
  '\n  fragment AuditEventFields on AuditEvent {\n    index\n    kind\n    label\n    objectType\n    objectId\n    actorId\n    actor {\n      ...PersonFields\n    }\n    at\n    summary\n  }\n':
    types.AuditEventFieldsFragmentDoc,
  '\n  query VenueHistory($venueId: ID!, $filter: AuditHistoryFilter, $offset: Int!, $limit: Int!) {\n    venueHistory(venueId: $venueId, filter: $filter, offset: $offset, limit: $limit) {\n      total\n      events {\n        ...AuditEventFields\n      }\n    }\n    venueLog(venueId: $venueId) {\n      venueId\n      checkpoint {\n        origin\n        size\n        root\n        timestamp\n        signature\n        publicKey\n      }\n    }\n  }\n':
    types.VenueHistoryDocument,
  '\n  query VenueLogExport($venueId: ID!) {\n    venueLogExport(venueId: $venueId)\n  }\n':
    types.VenueLogExportDocument,
  '\n  query SubmissionHistory($id: ID!) {\n    submission(id: $id) {\n      id\n      history {\n        ...AuditEventFields\n      }\n    }\n  }\n':
    types.SubmissionHistoryDocument,
  '\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    roles {\n      venueId\n      role\n    }\n    siteAdmin\n    canCreateVenues\n  }\n':
    types.ViewerFieldsFragmentDoc,
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': types.MeDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation RequestSignUp($email: String!) {\n    requestSignUp(email: $email) {\n      email\n      message\n    }\n  }\n':
    types.RequestSignUpDocument,
  '\n  query SignUpLink($token: String!) {\n    signUpLink(token: $token) {\n      email\n      expiresAt\n      accountExists\n    }\n  }\n':
    types.SignUpLinkDocument,
  '\n  mutation CompleteSignUp($input: CompleteSignUpInput!) {\n    completeSignUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.CompleteSignUpDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n      message\n    }\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  query PasswordResetLink($token: String!) {\n    passwordResetLink(token: $token) {\n      email\n      expiresAt\n    }\n  }\n':
    types.PasswordResetLinkDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  query CalendarFeeds {\n    calendarFeeds {\n      venue {\n        ...VenueNameFields\n      }\n      createdAt\n    }\n  }\n':
    types.CalendarFeedsDocument,
  '\n  mutation CreateCalendarFeed($venueId: ID) {\n    createCalendarFeed(venueId: $venueId) {\n      url\n      createdAt\n    }\n  }\n':
    types.CreateCalendarFeedDocument,
  '\n  mutation RevokeCalendarFeed($venueId: ID) {\n    revokeCalendarFeed(venueId: $venueId)\n  }\n':
    types.RevokeCalendarFeedDocument,
  '\n  fragment ConflictFields on Conflict {\n    id\n    type\n    typeLabel\n    reason\n    declaredAt\n    revision\n    person {\n      ...PersonFields\n    }\n    declaredBy {\n      ...PersonFields\n    }\n  }\n':
    types.ConflictFieldsFragmentDoc,
  '\n  query SubmissionConflicts($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        declareConflict\n        pinConflict\n      }\n      conflicts {\n        ...ConflictFields\n      }\n      conflictCandidates {\n        ...PersonFields\n      }\n    }\n  }\n':
    types.SubmissionConflictsDocument,
  '\n  mutation DeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      ...ConflictFields\n    }\n  }\n':
    types.DeclareConflictDocument,
  '\n  mutation WithdrawConflict($submissionId: ID!, $userId: ID!, $expectedRevision: Int!) {\n    withdrawConflict(submissionId: $submissionId, userId: $userId, expectedRevision: $expectedRevision) {\n      id\n      withdrawnAt\n    }\n  }\n':
    types.WithdrawConflictDocument,
  '\n  fragment ApprovalListItemFields on ApprovalListItemModel {\n    approvalId\n    submission {\n      id\n      title\n    }\n    state\n    stateLabel\n    expiresAt\n    daysUntilExpiry\n    reportFiled\n  }\n':
    types.ApprovalListItemFieldsFragmentDoc,
  '\n  fragment ApprovalStateCountFields on ApprovalStateCount {\n    state\n    label\n    count\n  }\n':
    types.ApprovalStateCountFieldsFragmentDoc,
  '\n  fragment IncidentFields on Incident {\n    id\n    revision\n    reference\n    state\n    stateLabel\n    approvalId\n    submission {\n      id\n      title\n      latestVersion {\n        number\n        artifacts {\n          key\n          name\n        }\n      }\n    }\n    whatHappened\n    evidenceLinks\n    reporterEmail\n    shareWithAuthors\n    createdAt\n    confirmedAt\n    triage {\n      action\n      label\n      reason\n      by {\n        ...PersonFields\n      }\n      at\n    }\n    answer\n    availableActions\n  }\n':
    types.IncidentFieldsFragmentDoc,
  '\n  query ContinuingReview($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      shortName\n      continuingReview {\n        counts {\n          ...ApprovalStateCountFields\n        }\n        series {\n          at\n          counts {\n            ...ApprovalStateCountFields\n          }\n        }\n        dueSoon {\n          ...ApprovalListItemFields\n        }\n        underReevaluation {\n          ...ApprovalListItemFields\n        }\n        lapsed {\n          ...ApprovalListItemFields\n        }\n        suspended {\n          ...ApprovalListItemFields\n        }\n      }\n      incidents {\n        ...IncidentFields\n      }\n      eventedApprovals {\n        ...EventedApprovalFields\n      }\n    }\n  }\n':
    types.ContinuingReviewDocument,
  '\n  fragment EventedApprovalFields on EventedApproval {\n    approvalId\n    submission {\n      id\n      title\n    }\n    state\n    stateLabel\n    events {\n      artifactName\n      releaseEvent\n    }\n  }\n':
    types.EventedApprovalFieldsFragmentDoc,
  '\n  mutation RecordExternalEvent($venueId: ID!, $description: String!, $approvalIds: [ID!]!) {\n    recordExternalEvent(venueId: $venueId, description: $description, approvalIds: $approvalIds) {\n      opened\n      skipped {\n        approvalId\n        reason\n      }\n    }\n  }\n':
    types.RecordExternalEventDocument,
  '\n  mutation TriageIncident($input: TriageIncidentInput!) {\n    triageIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n':
    types.TriageIncidentDocument,
  '\n  fragment PlanItemFields on ReleasePlanItem {\n    artifactKey\n    contentLevel\n    timing\n    distribution\n    embargoUntil\n    reviewEveryMonths\n    releaseEvent\n    stages {\n      description\n      opensOn\n      trigger\n    }\n    accessConditions\n  }\n':
    types.PlanItemFieldsFragmentDoc,
  '\n  fragment DecidedConditionFields on DecidedCondition {\n    libraryId\n    text\n    artifactKey\n    artifactName\n    dueOn\n  }\n':
    types.DecidedConditionFieldsFragmentDoc,
  '\n  fragment DecisionFields on Decision {\n    id\n    forVersion\n    tier\n    outcome\n    outcomeLabel\n    conditions {\n      ...DecidedConditionFields\n    }\n    releasePlan {\n      ...PlanItemFields\n    }\n    releasePlanComparison {\n      artifactKey\n      artifactName\n      status\n      changedParts\n      proposed {\n        ...PlanItemFields\n      }\n      decided {\n        ...PlanItemFields\n      }\n    }\n    withoutReviewsReason\n    reviewsCounted {\n      expert\n      community\n    }\n    meetingId\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n    sent\n    sentAt\n    letter {\n      subject\n      body\n    }\n  }\n':
    types.DecisionFieldsFragmentDoc,
  '\n  fragment DecisionHistoryFields on Decision {\n    id\n    forVersion\n    outcome\n    outcomeLabel\n    sentAt\n  }\n':
    types.DecisionHistoryFieldsFragmentDoc,
  '\n  query SubmissionDecision($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      revision\n      tier\n      tierStatus\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      venue {\n        id\n        timeZone\n        tierPolicy {\n          ...TierPolicyFields\n        }\n        continuingReviewPolicy {\n          ...ContinuingReviewPolicyFields\n        }\n      }\n      authors {\n        id\n      }\n      versions {\n        number\n        submittedAt\n      }\n      latestVersion {\n        number\n        artifacts {\n          ...ArtifactFields\n        }\n        content {\n          ...StatementContentFields\n        }\n      }\n      reviews {\n        id\n        kind\n        state\n        round\n      }\n      conditionLibrary {\n        id\n        text\n        needsArtifact\n        needsDueDate\n      }\n      decision {\n        ...DecisionFields\n      }\n      decisionHistory {\n        ...DecisionHistoryFields\n      }\n      approval {\n        ...ApprovalWithReevaluationFields\n      }\n      letterDraft {\n        subject\n        body\n      }\n    }\n  }\n':
    types.SubmissionDecisionDocument,
  '\n  mutation RecordDecision($submissionId: ID!, $expectedRevision: Int!, $decision: DecisionInput!) {\n    recordDecision(submissionId: $submissionId, expectedRevision: $expectedRevision, decision: $decision) {\n      referredToFull\n      referral\n      submission {\n        id\n        revision\n        tier\n        tierStatus\n        tierDecision {\n          ...TierDecisionFields\n        }\n        tierHistory {\n          ...TierDecisionFields\n        }\n        decision {\n          ...DecisionFields\n        }\n        letterDraft {\n          subject\n          body\n        }\n      }\n    }\n  }\n':
    types.RecordDecisionDocument,
  '\n  mutation SendDecision($submissionId: ID!, $expectedRevision: Int!, $letter: LetterInput!) {\n    sendDecision(submissionId: $submissionId, expectedRevision: $expectedRevision, letter: $letter) {\n      id\n      revision\n      decision {\n        ...DecisionFields\n      }\n      decisionHistory {\n        ...DecisionHistoryFields\n      }\n      approval {\n        ...ApprovalWithReevaluationFields\n      }\n      letterDraft {\n        subject\n        body\n      }\n    }\n  }\n':
    types.SendDecisionDocument,
  '\n  fragment DecisionSettingsFields on DecisionSettings {\n    revision\n    conditionLibrary {\n      id\n      text\n      needsArtifact\n      needsDueDate\n    }\n    letterTemplates {\n      outcome\n      subject\n      body\n      custom\n    }\n    variables {\n      name\n      description\n    }\n  }\n':
    types.DecisionSettingsFieldsFragmentDoc,
  '\n  query DecisionSettings($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      name\n      decisionSettings {\n        ...DecisionSettingsFields\n      }\n    }\n  }\n':
    types.DecisionSettingsDocument,
  '\n  mutation UpdateConditionLibrary(\n    $venueId: ID!\n    $entries: [ConditionLibraryEntryInput!]!\n    $expectedRevision: Int!\n  ) {\n    updateConditionLibrary(venueId: $venueId, entries: $entries, expectedRevision: $expectedRevision) {\n      ...DecisionSettingsFields\n    }\n  }\n':
    types.UpdateConditionLibraryDocument,
  '\n  mutation UpdateLetterTemplate(\n    $venueId: ID!\n    $outcome: DecisionOutcome!\n    $template: LetterInput\n    $expectedRevision: Int!\n  ) {\n    updateLetterTemplate(\n      venueId: $venueId\n      outcome: $outcome\n      template: $template\n      expectedRevision: $expectedRevision\n    ) {\n      ...DecisionSettingsFields\n    }\n  }\n':
    types.UpdateLetterTemplateDocument,
  '\n  fragment SubmissionPermissionsFields on SubmissionViewerPermissions {\n    bid\n    comment\n    decide\n    decideTier\n    declareConflict\n    edit\n    manageAssignments\n    pinConflict\n    releaseReviews\n    respond\n    writeReview\n  }\n':
    types.SubmissionPermissionsFieldsFragmentDoc,
  '\n  fragment DiscussionParticipantFields on DiscussionParticipant {\n    id\n    label\n    role\n    person {\n      id\n      name\n    }\n  }\n':
    types.DiscussionParticipantFieldsFragmentDoc,
  '\n  fragment DiscussionFields on Discussion {\n    unread\n    comments {\n      id\n      body\n      createdAt\n      mine\n      author {\n        ...DiscussionParticipantFields\n      }\n      mentions {\n        ...DiscussionParticipantFields\n      }\n    }\n    participants {\n      ...DiscussionParticipantFields\n    }\n  }\n':
    types.DiscussionFieldsFragmentDoc,
  '\n  query SubmissionDiscussion($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      discussion {\n        ...DiscussionFields\n      }\n    }\n  }\n':
    types.SubmissionDiscussionDocument,
  '\n  mutation PostComment($submissionId: ID!, $body: String!, $mentions: [ID!]!) {\n    postComment(submissionId: $submissionId, body: $body, mentions: $mentions) {\n      ...DiscussionFields\n    }\n  }\n':
    types.PostCommentDocument,
  '\n  mutation MarkDiscussionRead($submissionId: ID!) {\n    markDiscussionRead(submissionId: $submissionId)\n  }\n':
    types.MarkDiscussionReadDocument,
  '\n  fragment AuthorResponseFields on AuthorResponse {\n    text\n    wordCount\n    submittedAt\n    revision\n  }\n':
    types.AuthorResponseFieldsFragmentDoc,
  '\n  query AuthorResponse($id: ID!) {\n    submission(id: $id) {\n      id\n      reviewsReleased\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      venue {\n        id\n        timeZone\n      }\n      responseWindow {\n        open\n        reason\n        deadline\n        wordLimit\n      }\n      authorResponse {\n        ...AuthorResponseFields\n      }\n    }\n  }\n':
    types.AuthorResponseDocument,
  '\n  mutation SubmitAuthorResponse($submissionId: ID!, $text: String!, $expectedRevision: Int!) {\n    submitAuthorResponse(submissionId: $submissionId, text: $text, expectedRevision: $expectedRevision) {\n      ...AuthorResponseFields\n    }\n  }\n':
    types.SubmitAuthorResponseDocument,
  '\n  query ResponsePhase($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      timeZone\n      responsePhase {\n        open\n        deadline\n        wordLimit\n      }\n      reviewsReopenedUntil\n    }\n  }\n':
    types.ResponsePhaseDocument,
  '\n  mutation UpdateResponsePhase(\n    $venueId: ID!\n    $phase: ResponsePhaseInput!\n    $reviewsReopenedUntil: DateTime\n    $expectedRevision: Int!\n  ) {\n    updateResponsePhase(\n      venueId: $venueId\n      phase: $phase\n      reviewsReopenedUntil: $reviewsReopenedUntil\n      expectedRevision: $expectedRevision\n    ) {\n      id\n      revision\n      responsePhase {\n        open\n        deadline\n        wordLimit\n      }\n      reviewsReopenedUntil\n    }\n  }\n':
    types.UpdateResponsePhaseDocument,
  '\n  query PublicVenues {\n    venues {\n      id\n      name\n      shortName\n      kind\n      description\n      parentVenue {\n        id\n        shortName\n      }\n      awaitingApprovalBy {\n        id\n        shortName\n      }\n      deadlines {\n        label\n        dueAt\n      }\n    }\n  }\n':
    types.PublicVenuesDocument,
  '\n  fragment VenueJobFields on VenueJob {\n    id\n    summary\n    name\n    state\n    attempts\n    maxAttempts\n    runAt\n    lastError\n    createdAt\n    finishedAt\n  }\n':
    types.VenueJobFieldsFragmentDoc,
  '\n  query VenueJobs($venueId: ID!, $state: JobState, $offset: Int!, $limit: Int!) {\n    venueJobs(venueId: $venueId, state: $state, offset: $offset, limit: $limit) {\n      total\n      counts {\n        waiting\n        running\n        succeeded\n        failed\n      }\n      jobs {\n        ...VenueJobFields\n      }\n    }\n  }\n':
    types.VenueJobsDocument,
  '\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      ...VenueJobFields\n    }\n  }\n':
    types.RetryJobDocument,
  '\n  fragment MeetingItemFields on AgendaItem {\n    position\n    state\n    recused\n    recusedCount\n    outcome\n    submission {\n      id\n      title\n    }\n    quorum {\n      met\n      counted\n      needed\n      communityCounted\n      explanation\n    }\n  }\n':
    types.MeetingItemFieldsFragmentDoc,
  '\n  fragment OpenMotionFields on Motion {\n    id\n    submissionId\n    text\n    state\n    proposedOutcome\n    proposedOutcomeLabel\n    conditions\n    votesCast\n    myVote\n  }\n':
    types.OpenMotionFieldsFragmentDoc,
  '\n  fragment MotionRecordFields on Motion {\n    id\n    submissionId\n    text\n    state\n    proposedOutcomeLabel\n    conditions\n    votesCast\n    for\n    against\n    abstain\n    result\n    votes {\n      person {\n        ...PersonFields\n      }\n      choice\n    }\n  }\n':
    types.MotionRecordFieldsFragmentDoc,
  '\n  fragment MeetingLiveFields on Meeting {\n    id\n    title\n    scheduledFor\n    state\n    requireCommunityMember\n    startedAt\n    endedAt\n    viewerPresent\n    viewerCan {\n      manage\n      vote\n    }\n    members {\n      person {\n        ...PersonFields\n      }\n      community\n      voting\n      present\n    }\n    items {\n      ...MeetingItemFields\n    }\n    currentItem {\n      position\n    }\n    openMotion {\n      ...OpenMotionFields\n    }\n  }\n':
    types.MeetingLiveFieldsFragmentDoc,
  '\n  query MeetingsOfVenue($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      meetings {\n        id\n        title\n        scheduledFor\n        state\n        items {\n          state\n        }\n      }\n    }\n  }\n':
    types.MeetingsOfVenueDocument,
  '\n  query MeetingConveneChoices($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      members {\n        user {\n          ...PersonFields\n        }\n        roles\n      }\n      meetingCandidates {\n        id\n        title\n      }\n    }\n  }\n':
    types.MeetingConveneChoicesDocument,
  '\n  query MeetingLive($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n  }\n':
    types.MeetingLiveDocument,
  '\n  query MeetingRecord($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes\n      motions {\n        ...MotionRecordFields\n      }\n    }\n  }\n':
    types.MeetingRecordDocument,
  '\n  query MeetingStatementPlan($submissionId: ID!) {\n    submission(id: $submissionId) {\n      id\n      latestVersion {\n        artifacts {\n          key\n          kind\n          name\n          description\n          powerLevel\n        }\n        content {\n          releasePlan {\n            artifactKey\n            contentLevel\n            timing\n            distribution\n            embargoUntil\n            reviewEveryMonths\n            releaseEvent\n            stages {\n              description\n              opensOn\n              trigger\n            }\n            accessConditions\n          }\n        }\n      }\n    }\n  }\n':
    types.MeetingStatementPlanDocument,
  '\n  mutation ConveneMeeting($venueId: ID!, $input: ConveneMeetingInput!) {\n    conveneMeeting(venueId: $venueId, input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n':
    types.ConveneMeetingDocument,
  '\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n':
    types.StartMeetingDocument,
  '\n  mutation SetMeetingAttendance($meetingId: ID!, $userId: ID!, $present: Boolean!) {\n    setAttendance(meetingId: $meetingId, userId: $userId, present: $present) {\n      ...MeetingLiveFields\n    }\n  }\n':
    types.SetMeetingAttendanceDocument,
  '\n  mutation TakeAgendaItem($meetingId: ID!, $submissionId: ID!) {\n    takeAgendaItem(meetingId: $meetingId, submissionId: $submissionId) {\n      ...MeetingLiveFields\n    }\n  }\n':
    types.TakeAgendaItemDocument,
  '\n  mutation DeferAgendaItem($meetingId: ID!, $submissionId: ID!) {\n    deferAgendaItem(meetingId: $meetingId, submissionId: $submissionId) {\n      ...MeetingLiveFields\n    }\n  }\n':
    types.DeferAgendaItemDocument,
  '\n  mutation OpenMotion($meetingId: ID!, $text: String!, $decision: DecisionInput!) {\n    openMotion(meetingId: $meetingId, text: $text, decision: $decision) {\n      ...MeetingLiveFields\n    }\n  }\n':
    types.OpenMotionDocument,
  '\n  mutation CastVote($meetingId: ID!, $motionId: ID!, $choice: VoteChoice!) {\n    castVote(meetingId: $meetingId, motionId: $motionId, choice: $choice) {\n      ...MeetingLiveFields\n    }\n  }\n':
    types.CastVoteDocument,
  '\n  mutation CloseMotion($meetingId: ID!, $motionId: ID!, $withdraw: Boolean!) {\n    closeMotion(meetingId: $meetingId, motionId: $motionId, withdraw: $withdraw) {\n      ...MeetingLiveFields\n    }\n  }\n':
    types.CloseMotionDocument,
  '\n  mutation EndMeeting($meetingId: ID!) {\n    endMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n':
    types.EndMeetingDocument,
  '\n  fragment NotificationChoiceFields on NotificationChoice {\n    kind\n    label\n    delivery\n    chosen\n    required\n  }\n':
    types.NotificationChoiceFieldsFragmentDoc,
  '\n  fragment NotificationSettingsFields on NotificationSettings {\n    timeZone\n    digestHour\n    nextDigestAt\n    general {\n      ...NotificationChoiceFields\n    }\n    venues {\n      venueId\n      venueName\n      venueShortName\n      choices {\n        ...NotificationChoiceFields\n      }\n    }\n  }\n':
    types.NotificationSettingsFieldsFragmentDoc,
  '\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n':
    types.NotificationSettingsDocument,
  '\n  mutation SetNotificationDelivery($input: SetNotificationDeliveryInput!) {\n    setNotificationDelivery(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n':
    types.SetNotificationDeliveryDocument,
  '\n  mutation SetDigestSchedule($input: SetDigestScheduleInput!) {\n    setDigestSchedule(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n':
    types.SetDigestScheduleDocument,
  '\n  query UnsubscribeLink($token: String!) {\n    unsubscribeLink(token: $token) {\n      kind\n      kindLabel\n      venueName\n      unsubscribed\n    }\n  }\n':
    types.UnsubscribeLinkDocument,
  '\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      kind\n      kindLabel\n      venueName\n      unsubscribed\n    }\n  }\n':
    types.UnsubscribeDocument,
  '\n  fragment PublicApprovalFields on PublicApproval {\n    id\n    title\n    venueId\n    venueName\n    venueShortName\n    outcome\n    outcomeLabel\n    state\n    stateLabel\n    approvedAt\n    releasePlan {\n      artifactName\n      contentLevel\n      timing\n      distribution\n      embargoUntil\n      suspended\n    }\n  }\n':
    types.PublicApprovalFieldsFragmentDoc,
  '\n  query PublicApproval($id: ID!) {\n    publicApproval(id: $id) {\n      ...PublicApprovalFields\n    }\n  }\n':
    types.PublicApprovalDocument,
  '\n  query PublicApprovals($venueId: ID!) {\n    publicApprovals(venueId: $venueId) {\n      ...PublicApprovalFields\n    }\n  }\n':
    types.PublicApprovalsDocument,
  '\n  query RegistryVenues {\n    venues {\n      ...VenueNameFields\n    }\n  }\n':
    types.RegistryVenuesDocument,
  '\n  mutation ReportIncident($input: IncidentReportInput!) {\n    reportIncident(input: $input) {\n      email\n      message\n    }\n  }\n':
    types.ReportIncidentDocument,
  '\n  mutation ConfirmIncidentReport($token: String!) {\n    confirmIncidentReport(token: $token) {\n      reference\n      about\n    }\n  }\n':
    types.ConfirmIncidentReportDocument,
  '\n  fragment ReviewerProfileFields on ReviewerProfile {\n    areas\n    expertise\n    publications {\n      title\n      abstract\n      year\n    }\n    affiliations {\n      institution\n      emailDomain\n      startYear\n      endYear\n    }\n    communities\n    maxLoad\n    trainingCompletedOn\n    revision\n  }\n':
    types.ReviewerProfileFieldsFragmentDoc,
  '\n  query MyReviewerProfile($venueId: ID!) {\n    reviewerProfile(venueId: $venueId) {\n      ...ReviewerProfileFields\n    }\n    venue(id: $venueId) {\n      id\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n':
    types.MyReviewerProfileDocument,
  '\n  mutation UpdateReviewerProfile($venueId: ID!, $profile: ReviewerProfileInput!, $expectedRevision: Int!) {\n    updateReviewerProfile(venueId: $venueId, profile: $profile, expectedRevision: $expectedRevision) {\n      ...ReviewerProfileFields\n    }\n  }\n':
    types.UpdateReviewerProfileDocument,
  '\n  query ParsePublications($format: PublicationFormat!, $text: String!) {\n    parsePublications(format: $format, text: $text) {\n      title\n      abstract\n      year\n    }\n  }\n':
    types.ParsePublicationsDocument,
  '\n  fragment PoolImportFields on PoolImportReport {\n    id\n    state\n    total\n    done\n    error\n    sent {\n      line\n      email\n      detail\n    }\n    skipped {\n      line\n      email\n      detail\n    }\n    refused {\n      line\n      detail\n    }\n  }\n':
    types.PoolImportFieldsFragmentDoc,
  '\n  mutation ImportReviewerPool($venueId: ID!, $csv: String!) {\n    importReviewerPool(venueId: $venueId, csv: $csv) {\n      ...PoolImportFields\n    }\n  }\n':
    types.ImportReviewerPoolDocument,
  '\n  query PoolImport($id: ID!) {\n    poolImport(id: $id) {\n      ...PoolImportFields\n    }\n  }\n':
    types.PoolImportDocument,
  '\n  query ReviewerPool($venueId: ID!, $offset: Int) {\n    venue(id: $venueId) {\n      id\n      reviewerProfileCount\n      reviewerProfiles(offset: $offset, limit: 50) {\n        areas\n        communities\n        maxLoad\n        trainingCompletedOn\n        publications {\n          title\n        }\n        affiliations {\n          institution\n          endYear\n        }\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n':
    types.ReviewerPoolDocument,
  '\n  fragment ReviewTextFields on ReviewText {\n    answers {\n      questionId\n      prompt\n      kind\n      retired\n      rating\n      text\n    }\n    recommendation\n    releaseRecommendations {\n      artifactKey\n      artifactName\n      contentLevel\n      timing\n      distribution\n    }\n    requiredMitigations\n    commentsForAuthors\n    confidentialComments\n    namedToAuthors\n  }\n':
    types.ReviewTextFieldsFragmentDoc,
  '\n  fragment ReviewFields on Review {\n    id\n    kind\n    label\n    reviewer {\n      ...PersonFields\n    }\n    state\n    revision\n    statementVersion\n    submittedAt\n    firstSubmittedAt\n    updatedAt\n    timeliness\n    text {\n      ...ReviewTextFields\n    }\n    versions {\n      number\n      submittedAt\n      statementVersion\n      text {\n        ...ReviewTextFields\n      }\n    }\n  }\n':
    types.ReviewFieldsFragmentDoc,
  '\n  fragment ReviewCardFields on Review {\n    id\n    kind\n    label\n    reviewer {\n      ...PersonFields\n    }\n    state\n    round\n    submittedAt\n    timeliness\n    text {\n      ...ReviewTextFields\n    }\n    versions {\n      number\n      submittedAt\n    }\n  }\n':
    types.ReviewCardFieldsFragmentDoc,
  '\n  query ReviewVersions($id: ID!, $reviewId: ID!) {\n    submission(id: $id) {\n      id\n      review(id: $reviewId) {\n        id\n        versions {\n          number\n          submittedAt\n          statementVersion\n          text {\n            ...ReviewTextFields\n          }\n        }\n      }\n    }\n  }\n':
    types.ReviewVersionsDocument,
  '\n  fragment FormQuestionFields on FormQuestion {\n    id\n    kind\n    prompt\n    help\n    required\n    retired\n  }\n':
    types.FormQuestionFieldsFragmentDoc,
  '\n  query ReviewTask($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      venue {\n        id\n        shortName\n        reviewVisibility {\n          identitiesToAuthors\n        }\n      }\n      artifacts {\n        key\n        name\n      }\n      reviewTask {\n        editable\n        lockedReason\n        assignment {\n          id\n          state\n          kind\n          dueAt\n        }\n        form {\n          kind\n          revision\n          questions {\n            ...FormQuestionFields\n          }\n        }\n        review {\n          ...ReviewFields\n        }\n      }\n    }\n  }\n':
    types.ReviewTaskDocument,
  '\n  mutation SaveReviewDraft($submissionId: ID!, $expectedRevision: Int!, $review: ReviewInput!) {\n    saveReviewDraft(submissionId: $submissionId, expectedRevision: $expectedRevision, review: $review) {\n      id\n      revision\n      updatedAt\n      state\n    }\n  }\n':
    types.SaveReviewDraftDocument,
  '\n  mutation SubmitReview($submissionId: ID!, $expectedRevision: Int!, $review: ReviewInput!) {\n    submitReview(submissionId: $submissionId, expectedRevision: $expectedRevision, review: $review) {\n      ...ReviewFields\n    }\n  }\n':
    types.SubmitReviewDocument,
  '\n  query SubmissionReviews($id: ID!) {\n    submission(id: $id) {\n      id\n      phase\n      reviewsReleased\n      venue {\n        id\n        reviewsReleased\n      }\n      viewerCan {\n        edit\n        releaseReviews\n      }\n      reviewTask {\n        assignment {\n          id\n          state\n        }\n        review {\n          id\n          state\n        }\n      }\n      reviews {\n        ...ReviewCardFields\n      }\n    }\n  }\n':
    types.SubmissionReviewsDocument,
  '\n  mutation ReleaseReviews($submissionId: ID!, $released: Boolean!) {\n    releaseReviews(submissionId: $submissionId, released: $released) {\n      id\n      reviewsReleased\n    }\n  }\n':
    types.ReleaseReviewsDocument,
  '\n  query ReviewSettings($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      reviewsReleased\n      reviewVisibility {\n        otherReviews\n        identitiesToReviewers\n        identitiesToAuthors\n      }\n    }\n  }\n':
    types.ReviewSettingsDocument,
  '\n  mutation UpdateReviewVisibility(\n    $venueId: ID!\n    $biddingOpen: Boolean!\n    $doubleBlind: Boolean!\n    $expectedRevision: Int!\n    $reviewVisibility: ReviewVisibilityInput!\n    $reviewsReleased: Boolean!\n  ) {\n    updateReviewSettings(\n      venueId: $venueId\n      biddingOpen: $biddingOpen\n      doubleBlind: $doubleBlind\n      expectedRevision: $expectedRevision\n      reviewVisibility: $reviewVisibility\n      reviewsReleased: $reviewsReleased\n    ) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      reviewsReleased\n      reviewVisibility {\n        otherReviews\n        identitiesToReviewers\n        identitiesToAuthors\n      }\n    }\n  }\n':
    types.UpdateReviewVisibilityDocument,
  '\n  fragment ReviewFormFields on ReviewForm {\n    kind\n    revision\n    answeredQuestionIds\n    questions {\n      ...FormQuestionFields\n    }\n  }\n':
    types.ReviewFormFieldsFragmentDoc,
  '\n  query ReviewForms($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      reviewForms {\n        ...ReviewFormFields\n      }\n    }\n  }\n':
    types.ReviewFormsDocument,
  '\n  mutation UpdateReviewForm($venueId: ID!, $kind: ReviewFormKind!, $questions: [FormQuestionInput!]!, $expectedRevision: Int!) {\n    updateReviewForm(venueId: $venueId, kind: $kind, questions: $questions, expectedRevision: $expectedRevision) {\n      ...ReviewFormFields\n    }\n  }\n':
    types.UpdateReviewFormDocument,
  '\n  query ReviewProgress($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      reviewProgress {\n        counts {\n          submitted\n          submitted_late\n          due\n          due_soon\n          late\n        }\n        pressing {\n          timeliness\n          submission {\n            id\n            title\n          }\n          assignment {\n            id\n            kind\n            dueAt\n            reviewer {\n              ...PersonFields\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ReviewProgressDocument,
  '\n  fragment StatementContentFields on StatementContent {\n    summary\n    hazards {\n      kind\n      description\n      severity\n    }\n    pathToHarm {\n      factor\n      rating\n      justification\n    }\n    accessRatchetStage\n    accessRatchetJustification\n    indirectHarms {\n      kind\n      applies\n      description\n    }\n    mitigationChallenges {\n      kind\n      applies\n      description\n    }\n    benefits\n    affectedGroups\n    mitigations {\n      kind\n      description\n    }\n    releasePlan {\n      artifactKey\n      contentLevel\n      timing\n      distribution\n      embargoUntil\n      reviewEveryMonths\n      releaseEvent\n      stages {\n        description\n        opensOn\n        trigger\n      }\n      accessConditions\n    }\n  }\n':
    types.StatementContentFieldsFragmentDoc,
  '\n  fragment TierSuggestionFields on TierSuggestion {\n    tier\n    score\n    drivers {\n      path\n      section\n      answer\n      points\n      floor\n      reason\n    }\n  }\n':
    types.TierSuggestionFieldsFragmentDoc,
  '\n  fragment ArtifactFields on Artifact {\n    key\n    kind\n    name\n    description\n    powerLevel\n  }\n':
    types.ArtifactFieldsFragmentDoc,
  '\n  fragment LinksFields on SubmissionLinks {\n    paperUrl\n    openReviewUrl\n    doi\n    repositoryUrl\n  }\n':
    types.LinksFieldsFragmentDoc,
  '\n  fragment TierDecisionFields on TierDecision {\n    tier\n    suggestedTier\n    reason\n    decidedAt\n    forVersion\n    decidedBy {\n      ...PersonFields\n    }\n  }\n':
    types.TierDecisionFieldsFragmentDoc,
  '\n  fragment DraftFields on StatementDraft {\n    revision\n    updatedAt\n    basedOnVersion\n    title\n    abstract\n    links {\n      ...LinksFields\n    }\n    artifacts {\n      ...ArtifactFields\n    }\n    content {\n      ...StatementContentFields\n    }\n  }\n':
    types.DraftFieldsFragmentDoc,
  '\n  fragment VersionFields on StatementVersion {\n    number\n    title\n    abstract\n    submittedAt\n    links {\n      ...LinksFields\n    }\n    artifacts {\n      ...ArtifactFields\n    }\n    authors {\n      ...PersonFields\n    }\n    submittedBy {\n      ...PersonFields\n    }\n    content {\n      ...StatementContentFields\n    }\n    tierSuggestion {\n      ...TierSuggestionFields\n    }\n  }\n':
    types.VersionFieldsFragmentDoc,
  '\n  fragment SubmissionDetails on Submission {\n    id\n    title\n    phase\n    tierStatus\n    tier\n    revision\n    createdAt\n    updatedAt\n    submittedAt\n    venue {\n      id\n      name\n      shortName\n      myRoles\n    }\n    authors {\n      ...PersonFields\n    }\n    tierSuggestion {\n      ...TierSuggestionFields\n    }\n    tierDecision {\n      ...TierDecisionFields\n    }\n    tierHistory {\n      ...TierDecisionFields\n    }\n    versions {\n      number\n      submittedAt\n    }\n  }\n':
    types.SubmissionDetailsFragmentDoc,
  '\n  query MySubmissions {\n    mySubmissions {\n      id\n      title\n      phase\n      tierStatus\n      tier\n      updatedAt\n      submittedAt\n      venue {\n        ...VenueNameFields\n      }\n    }\n  }\n':
    types.MySubmissionsDocument,
  '\n  query EditSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      phase\n      venue {\n        ...VenueNameFields\n      }\n      draft {\n        ...DraftFields\n      }\n    }\n  }\n':
    types.EditSubmissionDocument,
  '\n  query SubmissionView($id: ID!, $pick: Boolean!, $number: Int!) {\n    submission(id: $id) {\n      ...SubmissionDetails\n      viewerCan {\n        edit\n        decideTier\n        declareConflict\n        pinConflict\n      }\n      draft {\n        revision\n        updatedAt\n      }\n      latestVersion @skip(if: $pick) {\n        ...VersionFields\n      }\n      version(number: $number) @include(if: $pick) {\n        ...VersionFields\n      }\n    }\n  }\n':
    types.SubmissionViewDocument,
  '\n  query CompareVersions($id: ID!, $from: Int!, $to: Int!) {\n    submission(id: $id) {\n      id\n      compareVersions(from: $from, to: $to) {\n        section\n        title\n        changed\n        changes {\n          path\n          label\n          before\n          after\n        }\n      }\n    }\n  }\n':
    types.CompareVersionsDocument,
  '\n  query VenueSubmissions(\n    $venueId: ID!\n    $filter: VenueSubmissionsFilter\n    $sort: SubmissionSort\n    $offset: Int\n    $limit: Int\n  ) {\n    venueSubmissions(venueId: $venueId, filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      searchCapped\n      items {\n        id\n        title\n        phase\n        tierStatus\n        tier\n        revision\n        updatedAt\n        submittedAt\n        authors {\n          ...PersonFields\n        }\n        versions {\n          number\n        }\n        tierSuggestion {\n          ...TierSuggestionFields\n        }\n        tierDecision {\n          ...TierDecisionFields\n        }\n      }\n    }\n  }\n':
    types.VenueSubmissionsDocument,
  '\n  mutation CreateSubmission($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n':
    types.CreateSubmissionDocument,
  '\n  mutation SaveDraft($submissionId: ID!, $draft: DraftInput!, $expectedDraftRevision: Int!) {\n    saveDraft(submissionId: $submissionId, draft: $draft, expectedDraftRevision: $expectedDraftRevision) {\n      revision\n      updatedAt\n    }\n  }\n':
    types.SaveDraftDocument,
  '\n  mutation SubmitStatement($submissionId: ID!, $expectedDraftRevision: Int!) {\n    submitStatement(submissionId: $submissionId, expectedDraftRevision: $expectedDraftRevision) {\n      id\n      phase\n      tierStatus\n      submittedAt\n      versions {\n        number\n        submittedAt\n      }\n    }\n  }\n':
    types.SubmitStatementDocument,
  '\n  mutation StartRevision($submissionId: ID!) {\n    startRevision(submissionId: $submissionId) {\n      id\n      phase\n    }\n  }\n':
    types.StartRevisionDocument,
  '\n  mutation ConfirmTier($submissionId: ID!, $tier: Tier!, $reason: String!, $expectedRevision: Int!) {\n    confirmTier(submissionId: $submissionId, tier: $tier, reason: $reason, expectedRevision: $expectedRevision) {\n      id\n      tierStatus\n      tier\n      revision\n      tierDecision {\n        ...TierDecisionFields\n      }\n      tierHistory {\n        ...TierDecisionFields\n      }\n    }\n  }\n':
    types.ConfirmTierDocument,
  '\n  query Venues {\n    venues {\n      id\n      name\n      shortName\n      kind\n      timeZone\n      myRoles\n      parentVenue {\n        id\n        shortName\n      }\n    }\n  }\n':
    types.VenuesDocument,
  '\n  fragment VenueDetails on Venue {\n    id\n    name\n    shortName\n    kind\n    timeZone\n    description\n    tiersVisibleToAuthors\n    revision\n    createdAt\n    myRoles\n    parentVenue {\n      ...VenueNameFields\n    }\n    awaitingApprovalBy {\n      ...VenueNameFields\n    }\n    conferenceRequest {\n      conference {\n        ...VenueNameFields\n      }\n      state\n      note\n      decidedAt\n      decidedByName\n    }\n    workshops {\n      ...VenueNameFields\n    }\n    deadlines {\n      label\n      dueLocal\n      dueAt\n    }\n  }\n':
    types.VenueDetailsFragmentDoc,
  '\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueDetails\n    }\n  }\n':
    types.VenueDocument,
  '\n  fragment VenueInvitationFields on Invitation {\n    id\n    email\n    role\n    state\n    expired\n    createdAt\n    expiresAt\n    respondedAt\n    invitedBy {\n      ...PersonFields\n    }\n  }\n':
    types.VenueInvitationFieldsFragmentDoc,
  '\n  query VenueMembers($id: ID!) {\n    venue(id: $id) {\n      id\n      members {\n        user {\n          id\n          name\n          email\n        }\n        roles\n      }\n      invitations {\n        ...VenueInvitationFields\n      }\n    }\n  }\n':
    types.VenueMembersDocument,
  '\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueDetails\n    }\n  }\n':
    types.CreateVenueDocument,
  '\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!, $expectedRevision: Int!) {\n    updateVenue(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      ...VenueDetails\n    }\n  }\n':
    types.UpdateVenueDocument,
  '\n  query WorkshopRequests($id: ID!) {\n    venue(id: $id) {\n      id\n      workshopRequests {\n        id\n        name\n        shortName\n        description\n        createdAt\n      }\n    }\n  }\n':
    types.WorkshopRequestsDocument,
  '\n  mutation DecideWorkshopRequest($workshopId: ID!, $decision: AffiliationDecision!, $note: String) {\n    decideWorkshopRequest(workshopId: $workshopId, decision: $decision, note: $note) {\n      id\n      parentVenue {\n        id\n        shortName\n      }\n      awaitingApprovalBy {\n        id\n        shortName\n      }\n    }\n  }\n':
    types.DecideWorkshopRequestDocument,
  '\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      state\n      expired\n      expiresAt\n    }\n  }\n':
    types.ResendInvitationDocument,
  '\n  mutation InviteToVenue($input: InviteInput!) {\n    inviteToVenue(input: $input) {\n      ...VenueInvitationFields\n    }\n  }\n':
    types.InviteToVenueDocument,
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      state\n      respondedAt\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      venueName\n      venueShortName\n      role\n      email\n      state\n      invitedByName\n      expired\n      accountExists\n    }\n  }\n':
    types.InvitationPreviewDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n':
    types.DeclineInvitationDocument,
  '\n  fragment TierRequirementFields on TierRequirement {\n    chairCheck\n    expertReviewers\n    communityReviewers\n    reviewDays\n    disapproval\n  }\n':
    types.TierRequirementFieldsFragmentDoc,
  '\n  fragment TierPolicyFields on TierPolicy {\n    exempt {\n      ...TierRequirementFields\n    }\n    expedited {\n      ...TierRequirementFields\n    }\n    full {\n      ...TierRequirementFields\n    }\n  }\n':
    types.TierPolicyFieldsFragmentDoc,
  '\n  fragment VenueTaxonomyFields on VenueTaxonomy {\n    areas {\n      label\n      subAreas\n    }\n    communities\n  }\n':
    types.VenueTaxonomyFieldsFragmentDoc,
  '\n  query VenueRules($id: ID!) {\n    venue(id: $id) {\n      id\n      revision\n      tierPolicy {\n        ...TierPolicyFields\n      }\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n':
    types.VenueRulesDocument,
  '\n  query TierPolicyImpact($venueId: ID!, $policy: TierPolicyInput!) {\n    tierPolicyImpact(venueId: $venueId, policy: $policy) {\n      tier\n      changedFields\n      statements\n      examples {\n        id\n        title\n      }\n    }\n  }\n':
    types.TierPolicyImpactDocument,
  '\n  mutation UpdateTierPolicy($venueId: ID!, $policy: TierPolicyInput!, $expectedRevision: Int!) {\n    updateTierPolicy(venueId: $venueId, policy: $policy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      tierPolicy {\n        ...TierPolicyFields\n      }\n    }\n  }\n':
    types.UpdateTierPolicyDocument,
  '\n  mutation UpdateVenueTaxonomy($venueId: ID!, $taxonomy: VenueTaxonomyInput!, $expectedRevision: Int!) {\n    updateVenueTaxonomy(venueId: $venueId, taxonomy: $taxonomy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n':
    types.UpdateVenueTaxonomyDocument,
  '\n  fragment PersonFields on User {\n    id\n    name\n  }\n': types.PersonFieldsFragmentDoc,
  '\n  fragment VenueNameFields on Venue {\n    id\n    name\n    shortName\n  }\n':
    types.VenueNameFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Response {\n    submission(id: "s1") {\n      id\n      viewerCan {\n        respond\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Response {\n    submission(id: "s1") {\n      id\n      viewerCan {\n        respond\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Conflicts {\n    submission(id: "s1") {\n      id\n      viewerCan {\n        declareConflict\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Conflicts {\n    submission(id: "s1") {\n      id\n      viewerCan {\n        declareConflict\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SitePersonFields on SitePerson {\n    id\n    name\n    email\n    siteAdmin\n    canCreateVenues\n    adminByConfiguration\n  }\n',
): (typeof documents)['\n  fragment SitePersonFields on SitePerson {\n    id\n    name\n    email\n    siteAdmin\n    canCreateVenues\n    adminByConfiguration\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SiteStaff {\n    siteStaff {\n      ...SitePersonFields\n    }\n  }\n',
): (typeof documents)['\n  query SiteStaff {\n    siteStaff {\n      ...SitePersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchPeople($text: String!) {\n    searchPeople(text: $text) {\n      ...SitePersonFields\n    }\n  }\n',
): (typeof documents)['\n  query SearchPeople($text: String!) {\n    searchPeople(text: $text) {\n      ...SitePersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSitePermission($input: SetSitePermissionInput!) {\n    setSitePermission(input: $input) {\n      ...SitePersonFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSitePermission($input: SetSitePermissionInput!) {\n    setSitePermission(input: $input) {\n      ...SitePersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AmendmentFields on Amendment {\n    id\n    revision\n    state\n    stateLabel\n    reason\n    tier\n    tierReasons\n    changes {\n      kind\n      label\n      artifactKey\n      artifactName\n    }\n    planChanges {\n      artifactKey\n      artifactName\n      status\n      changedParts\n      proposed {\n        ...PlanItemFields\n      }\n      decided {\n        ...PlanItemFields\n      }\n    }\n    newArtifacts {\n      ...ArtifactFields\n    }\n    requestedAt\n    requestedBy {\n      ...PersonFields\n    }\n    recommendations {\n      reviewer {\n        ...PersonFields\n      }\n      mine\n      decision\n      comment\n      at\n    }\n    recommendationsNeeded\n    recommendationCount\n    decision {\n      decision\n      label\n      reason\n      decidedAt\n    }\n    viewerCan {\n      withdraw\n      recommend\n      decide\n    }\n  }\n',
): (typeof documents)['\n  fragment AmendmentFields on Amendment {\n    id\n    revision\n    state\n    stateLabel\n    reason\n    tier\n    tierReasons\n    changes {\n      kind\n      label\n      artifactKey\n      artifactName\n    }\n    planChanges {\n      artifactKey\n      artifactName\n      status\n      changedParts\n      proposed {\n        ...PlanItemFields\n      }\n      decided {\n        ...PlanItemFields\n      }\n    }\n    newArtifacts {\n      ...ArtifactFields\n    }\n    requestedAt\n    requestedBy {\n      ...PersonFields\n    }\n    recommendations {\n      reviewer {\n        ...PersonFields\n      }\n      mine\n      decision\n      comment\n      at\n    }\n    recommendationsNeeded\n    recommendationCount\n    decision {\n      decision\n      label\n      reason\n      decidedAt\n    }\n    viewerCan {\n      withdraw\n      recommend\n      decide\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubmissionAmendments($id: ID!) {\n    submission(id: $id) {\n      id\n      artifacts {\n        ...ArtifactFields\n      }\n      approval {\n        id\n        amendments {\n          ...AmendmentFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubmissionAmendments($id: ID!) {\n    submission(id: $id) {\n      id\n      artifacts {\n        ...ArtifactFields\n      }\n      approval {\n        id\n        amendments {\n          ...AmendmentFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestAmendment($input: AmendmentRequestInput!) {\n    requestAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestAmendment($input: AmendmentRequestInput!) {\n    requestAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawAmendment($amendmentId: ID!, $expectedRevision: Int!) {\n    withdrawAmendment(amendmentId: $amendmentId, expectedRevision: $expectedRevision) {\n      ...AmendmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawAmendment($amendmentId: ID!, $expectedRevision: Int!) {\n    withdrawAmendment(amendmentId: $amendmentId, expectedRevision: $expectedRevision) {\n      ...AmendmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecommendOnAmendment($input: AmendmentRecommendationInput!) {\n    recommendOnAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecommendOnAmendment($input: AmendmentRecommendationInput!) {\n    recommendOnAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideAmendment($input: AmendmentDecisionInput!) {\n    decideAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideAmendment($input: AmendmentDecisionInput!) {\n    decideAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApprovalFields on Approval {\n    id\n    revision\n    state\n    stateLabel\n    consequence\n    outcome\n    tier\n    forVersion\n    approvedAt\n    expiresAt\n    daysUntilExpiry\n    reevaluationOpensAt\n    remindersSent\n    suspendedArtifacts {\n      key\n      name\n    }\n    lastChange {\n      action\n      label\n      by\n      actor {\n        ...PersonFields\n      }\n      reason\n      at\n    }\n    availableActions\n    conditions {\n      ...DecidedConditionFields\n    }\n    releasePlan {\n      ...PlanItemFields\n    }\n    artifacts {\n      key\n      name\n    }\n    releaseSchedule {\n      artifactKey\n      artifactName\n      stage\n      label\n      date\n      gated\n      gatePassedAt\n      openedOn\n      opensOn\n      status\n      statusLabel\n      reason\n    }\n    nextGates {\n      artifactKey\n      artifactName\n      stage\n      label\n    }\n  }\n',
): (typeof documents)['\n  fragment ApprovalFields on Approval {\n    id\n    revision\n    state\n    stateLabel\n    consequence\n    outcome\n    tier\n    forVersion\n    approvedAt\n    expiresAt\n    daysUntilExpiry\n    reevaluationOpensAt\n    remindersSent\n    suspendedArtifacts {\n      key\n      name\n    }\n    lastChange {\n      action\n      label\n      by\n      actor {\n        ...PersonFields\n      }\n      reason\n      at\n    }\n    availableActions\n    conditions {\n      ...DecidedConditionFields\n    }\n    releasePlan {\n      ...PlanItemFields\n    }\n    artifacts {\n      key\n      name\n    }\n    releaseSchedule {\n      artifactKey\n      artifactName\n      stage\n      label\n      date\n      gated\n      gatePassedAt\n      openedOn\n      opensOn\n      status\n      statusLabel\n      reason\n    }\n    nextGates {\n      artifactKey\n      artifactName\n      stage\n      label\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContinuingReviewPolicyFields on ContinuingReviewPolicy {\n    periodMonths {\n      exempt\n      expedited\n      full\n    }\n    reminderDays\n  }\n',
): (typeof documents)['\n  fragment ContinuingReviewPolicyFields on ContinuingReviewPolicy {\n    periodMonths {\n      exempt\n      expedited\n      full\n    }\n    reminderDays\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReevaluationFields on Reevaluation {\n    id\n    revision\n    state\n    trigger\n    triggerLabel\n    reason\n    openedAt\n    report {\n      progress\n      changes\n      incidents\n      replication\n      milestones\n      conditions {\n        condition\n        status\n        statusLabel\n        note\n      }\n      submittedAt\n      submittedBy {\n        ...PersonFields\n      }\n    }\n    recommendations {\n      reviewer {\n        ...PersonFields\n      }\n      mine\n      outcome\n      outcomeLabel\n      comment\n      answers {\n        questionId\n        prompt\n        kind\n        retired\n        rating\n        text\n      }\n      at\n    }\n    rubric {\n      ...FormQuestionFields\n    }\n    tally {\n      outcome\n      outcomeLabel\n      count\n    }\n    decision {\n      outcome\n      outcomeLabel\n      reason\n      withoutReportReason\n      decidedAt\n    }\n    viewerCan {\n      report\n      recommend\n      decide\n    }\n  }\n',
): (typeof documents)['\n  fragment ReevaluationFields on Reevaluation {\n    id\n    revision\n    state\n    trigger\n    triggerLabel\n    reason\n    openedAt\n    report {\n      progress\n      changes\n      incidents\n      replication\n      milestones\n      conditions {\n        condition\n        status\n        statusLabel\n        note\n      }\n      submittedAt\n      submittedBy {\n        ...PersonFields\n      }\n    }\n    recommendations {\n      reviewer {\n        ...PersonFields\n      }\n      mine\n      outcome\n      outcomeLabel\n      comment\n      answers {\n        questionId\n        prompt\n        kind\n        retired\n        rating\n        text\n      }\n      at\n    }\n    rubric {\n      ...FormQuestionFields\n    }\n    tally {\n      outcome\n      outcomeLabel\n      count\n    }\n    decision {\n      outcome\n      outcomeLabel\n      reason\n      withoutReportReason\n      decidedAt\n    }\n    viewerCan {\n      report\n      recommend\n      decide\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApprovalWithReevaluationFields on Approval {\n    ...ApprovalFields\n    reevaluation {\n      ...ReevaluationFields\n    }\n  }\n',
): (typeof documents)['\n  fragment ApprovalWithReevaluationFields on Approval {\n    ...ApprovalFields\n    reevaluation {\n      ...ReevaluationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeApproval($input: ChangeApprovalInput!) {\n    changeApproval(input: $input) {\n      ...ApprovalWithReevaluationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeApproval($input: ChangeApprovalInput!) {\n    changeApproval(input: $input) {\n      ...ApprovalWithReevaluationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitContinuingReviewReport($input: ContinuingReviewReportInput!) {\n    submitContinuingReviewReport(input: $input) {\n      ...ReevaluationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitContinuingReviewReport($input: ContinuingReviewReportInput!) {\n    submitContinuingReviewReport(input: $input) {\n      ...ReevaluationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecommendOnReevaluation($input: RecommendationInput!) {\n    recommendOnReevaluation(input: $input) {\n      ...ReevaluationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecommendOnReevaluation($input: RecommendationInput!) {\n    recommendOnReevaluation(input: $input) {\n      ...ReevaluationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideReevaluation($input: ReevaluationDecisionInput!) {\n    decideReevaluation(input: $input) {\n      ...ApprovalWithReevaluationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideReevaluation($input: ReevaluationDecisionInput!) {\n    decideReevaluation(input: $input) {\n      ...ApprovalWithReevaluationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContinuingReviewPolicy($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      continuingReviewPolicy {\n        ...ContinuingReviewPolicyFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ContinuingReviewPolicy($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      continuingReviewPolicy {\n        ...ContinuingReviewPolicyFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateContinuingReviewPolicy(\n    $venueId: ID!\n    $policy: ContinuingReviewPolicyInput!\n    $expectedRevision: Int!\n  ) {\n    updateContinuingReviewPolicy(venueId: $venueId, policy: $policy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      continuingReviewPolicy {\n        ...ContinuingReviewPolicyFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateContinuingReviewPolicy(\n    $venueId: ID!\n    $policy: ContinuingReviewPolicyInput!\n    $expectedRevision: Int!\n  ) {\n    updateContinuingReviewPolicy(venueId: $venueId, policy: $policy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      continuingReviewPolicy {\n        ...ContinuingReviewPolicyFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApprovalTimelineView($submissionId: ID!) {\n    submission(id: $submissionId) {\n      id\n      title\n      approval {\n        id\n        state\n        stateLabel\n        timeline {\n          at\n          category\n          categoryLabel\n          title\n          detail\n          actorName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApprovalTimelineView($submissionId: ID!) {\n    submission(id: $submissionId) {\n      id\n      title\n      approval {\n        id\n        state\n        stateLabel\n        timeline {\n          at\n          category\n          categoryLabel\n          title\n          detail\n          actorName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MatchingRunFields on MatchingRun {\n    id\n    state\n    phase\n    phaseLabel\n    percent\n    objective\n    cancelRequested\n    error\n    createdAt\n    finishedAt\n    committedAt\n    result {\n      status\n      objective\n      minStatementScore\n      statements\n      reviewers\n      proposed\n      kept\n      uncoveredStatements\n      diagnosis\n      inputProblems\n      detectedConflicts\n      loadHistogram {\n        label\n        count\n      }\n      scoreHistogram {\n        label\n        count\n      }\n      phaseSeconds {\n        phase\n        seconds\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment MatchingRunFields on MatchingRun {\n    id\n    state\n    phase\n    phaseLabel\n    percent\n    objective\n    cancelRequested\n    error\n    createdAt\n    finishedAt\n    committedAt\n    result {\n      status\n      objective\n      minStatementScore\n      statements\n      reviewers\n      proposed\n      kept\n      uncoveredStatements\n      diagnosis\n      inputProblems\n      detectedConflicts\n      loadHistogram {\n        label\n        count\n      }\n      scoreHistogram {\n        label\n        count\n      }\n      phaseSeconds {\n        phase\n        seconds\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StatementProposalFields on StatementProposal {\n    submission {\n      id\n      title\n      tier\n    }\n    demand {\n      expert\n      community\n    }\n    missing {\n      expert\n      community\n    }\n    reviewers {\n      reviewer {\n        id\n        name\n      }\n      kind\n      score\n      origin\n      terms\n      areas\n      bid\n    }\n  }\n',
): (typeof documents)['\n  fragment StatementProposalFields on StatementProposal {\n    submission {\n      id\n      title\n      tier\n    }\n    demand {\n      expert\n      community\n    }\n    missing {\n      expert\n      community\n    }\n    reviewers {\n      reviewer {\n        id\n        name\n      }\n      kind\n      score\n      origin\n      terms\n      areas\n      bid\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignmentPanel($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      matchingRun {\n        ...MatchingRunFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssignmentPanel($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      matchingRun {\n        ...MatchingRunFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BiddingProgress($venueId: ID!, $offset: Int!) {\n    venue(id: $venueId) {\n      id\n      biddingProgress(offset: $offset, limit: 20) {\n        total\n        reviewersWithBids\n        bids\n        rows {\n          reviewer {\n            id\n            name\n          }\n          kind\n          bids\n          veryHigh\n          high\n          neutral\n          low\n          veryLow\n          lastBidAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BiddingProgress($venueId: ID!, $offset: Int!) {\n    venue(id: $venueId) {\n      id\n      biddingProgress(offset: $offset, limit: 20) {\n        total\n        reviewersWithBids\n        bids\n        rows {\n          reviewer {\n            id\n            name\n          }\n          kind\n          bids\n          veryHigh\n          high\n          neutral\n          low\n          veryLow\n          lastBidAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewerChoices($venueId: ID!, $search: String!) {\n    venue(id: $venueId) {\n      id\n      reviewerChoices(search: $search, limit: 8) {\n        kind\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewerChoices($venueId: ID!, $search: String!) {\n    venue(id: $venueId) {\n      id\n      reviewerChoices(search: $search, limit: 8) {\n        kind\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatchingRunProgress($id: ID!) {\n    matchingRun(id: $id) {\n      ...MatchingRunFields\n    }\n  }\n',
): (typeof documents)['\n  query MatchingRunProgress($id: ID!) {\n    matchingRun(id: $id) {\n      ...MatchingRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Proposal($id: ID!, $after: ID, $limit: Int) {\n    matchingRun(id: $id) {\n      id\n      uncovered {\n        submission {\n          id\n          title\n        }\n        kind\n        missing\n        explanation\n      }\n      proposal(after: $after, limit: $limit) {\n        nextAfter\n        statements {\n          ...StatementProposalFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Proposal($id: ID!, $after: ID, $limit: Int) {\n    matchingRun(id: $id) {\n      id\n      uncovered {\n        submission {\n          id\n          title\n        }\n        kind\n        missing\n        explanation\n      }\n      proposal(after: $after, limit: $limit) {\n        nextAfter\n        statements {\n          ...StatementProposalFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReviewSettings($venueId: ID!, $biddingOpen: Boolean!, $doubleBlind: Boolean!, $expectedRevision: Int!) {\n    updateReviewSettings(venueId: $venueId, biddingOpen: $biddingOpen, doubleBlind: $doubleBlind, expectedRevision: $expectedRevision) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReviewSettings($venueId: ID!, $biddingOpen: Boolean!, $doubleBlind: Boolean!, $expectedRevision: Int!) {\n    updateReviewSettings(venueId: $venueId, biddingOpen: $biddingOpen, doubleBlind: $doubleBlind, expectedRevision: $expectedRevision) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartMatchingRun($venueId: ID!, $objective: MatchingObjective!) {\n    startMatchingRun(venueId: $venueId, objective: $objective) {\n      ...MatchingRunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartMatchingRun($venueId: ID!, $objective: MatchingObjective!) {\n    startMatchingRun(venueId: $venueId, objective: $objective) {\n      ...MatchingRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelMatchingRun($runId: ID!) {\n    cancelMatchingRun(runId: $runId) {\n      ...MatchingRunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelMatchingRun($runId: ID!) {\n    cancelMatchingRun(runId: $runId) {\n      ...MatchingRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CommitMatchingRun($runId: ID!) {\n    commitMatchingRun(runId: $runId) {\n      committed\n      skipped\n      run {\n        ...MatchingRunFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CommitMatchingRun($runId: ID!) {\n    commitMatchingRun(runId: $runId) {\n      committed\n      skipped\n      run {\n        ...MatchingRunFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddProposedReviewer($runId: ID!, $submissionId: ID!, $reviewerId: ID!) {\n    addProposedReviewer(runId: $runId, submissionId: $submissionId, reviewerId: $reviewerId) {\n      warnings\n      statement {\n        ...StatementProposalFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddProposedReviewer($runId: ID!, $submissionId: ID!, $reviewerId: ID!) {\n    addProposedReviewer(runId: $runId, submissionId: $submissionId, reviewerId: $reviewerId) {\n      warnings\n      statement {\n        ...StatementProposalFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveProposedReviewer($runId: ID!, $submissionId: ID!, $reviewerId: ID!) {\n    removeProposedReviewer(runId: $runId, submissionId: $submissionId, reviewerId: $reviewerId) {\n      warnings\n      statement {\n        ...StatementProposalFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveProposedReviewer($runId: ID!, $submissionId: ID!, $reviewerId: ID!) {\n    removeProposedReviewer(runId: $runId, submissionId: $submissionId, reviewerId: $reviewerId) {\n      warnings\n      statement {\n        ...StatementProposalFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyReviewing($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      biddingOpen\n      doubleBlind\n    }\n    myAssignments(venueId: $venueId) {\n      title\n      assignment {\n        id\n        state\n        kind\n        dueAt\n        assignedAt\n        respondedAt\n        declineReason\n      }\n      submission {\n        id\n        title\n        tier\n        reviewTask {\n          review {\n            id\n            state\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyReviewing($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      biddingOpen\n      doubleBlind\n    }\n    myAssignments(venueId: $venueId) {\n      title\n      assignment {\n        id\n        state\n        kind\n        dueAt\n        assignedAt\n        respondedAt\n        declineReason\n      }\n      submission {\n        id\n        title\n        tier\n        reviewTask {\n          review {\n            id\n            state\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BiddingStatements($venueId: ID!, $offset: Int, $limit: Int) {\n    biddingStatements(venueId: $venueId, offset: $offset, limit: $limit) {\n      total\n      items {\n        affinity\n        terms\n        areas\n        bid\n        submission {\n          id\n          title\n          abstract\n          tier\n          authors {\n            id\n            name\n          }\n          latestVersion {\n            number\n            content {\n              summary\n              hazards {\n                kind\n                severity\n                description\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BiddingStatements($venueId: ID!, $offset: Int, $limit: Int) {\n    biddingStatements(venueId: $venueId, offset: $offset, limit: $limit) {\n      total\n      items {\n        affinity\n        terms\n        areas\n        bid\n        submission {\n          id\n          title\n          abstract\n          tier\n          authors {\n            id\n            name\n          }\n          latestVersion {\n            number\n            content {\n              summary\n              hazards {\n                kind\n                severity\n                description\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlaceBid($submissionId: ID!, $level: BidLevel!) {\n    placeBid(submissionId: $submissionId, level: $level) {\n      submissionId\n      level\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation PlaceBid($submissionId: ID!, $level: BidLevel!) {\n    placeBid(submissionId: $submissionId, level: $level) {\n      submissionId\n      level\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclareOwnConflict($input: DeclareOwnConflictInput!) {\n    declareOwnConflict(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclareOwnConflict($input: DeclareOwnConflictInput!) {\n    declareOwnConflict(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {\n    respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) {\n      id\n      state\n      respondedAt\n      declineReason\n    }\n  }\n',
): (typeof documents)['\n  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {\n    respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) {\n      id\n      state\n      respondedAt\n      declineReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubmissionReviewers($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        manageAssignments\n      }\n      openSlots {\n        expert\n        community\n      }\n      assignments {\n        id\n        kind\n        state\n        origin\n        score\n        terms\n        areas\n        bid\n        dueAt\n        respondedAt\n        declineReason\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubmissionReviewers($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        manageAssignments\n      }\n      openSlots {\n        expert\n        community\n      }\n      assignments {\n        id\n        kind\n        state\n        origin\n        score\n        terms\n        areas\n        bid\n        dueAt\n        respondedAt\n        declineReason\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Replacements($id: ID!, $kind: ReviewerKind!) {\n    submission(id: $id) {\n      id\n      replacements(kind: $kind) {\n        affinity\n        load\n        maxLoad\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Replacements($id: ID!, $kind: ReviewerKind!) {\n    submission(id: $id) {\n      id\n      replacements(kind: $kind) {\n        affinity\n        load\n        maxLoad\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignReplacement($submissionId: ID!, $reviewerId: ID!) {\n    assignReplacement(submissionId: $submissionId, reviewerId: $reviewerId) {\n      id\n      state\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignReplacement($submissionId: ID!, $reviewerId: ID!) {\n    assignReplacement(submissionId: $submissionId, reviewerId: $reviewerId) {\n      id\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditEventFields on AuditEvent {\n    index\n    kind\n    label\n    objectType\n    objectId\n    actorId\n    actor {\n      ...PersonFields\n    }\n    at\n    summary\n  }\n',
): (typeof documents)['\n  fragment AuditEventFields on AuditEvent {\n    index\n    kind\n    label\n    objectType\n    objectId\n    actorId\n    actor {\n      ...PersonFields\n    }\n    at\n    summary\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VenueHistory($venueId: ID!, $filter: AuditHistoryFilter, $offset: Int!, $limit: Int!) {\n    venueHistory(venueId: $venueId, filter: $filter, offset: $offset, limit: $limit) {\n      total\n      events {\n        ...AuditEventFields\n      }\n    }\n    venueLog(venueId: $venueId) {\n      venueId\n      checkpoint {\n        origin\n        size\n        root\n        timestamp\n        signature\n        publicKey\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VenueHistory($venueId: ID!, $filter: AuditHistoryFilter, $offset: Int!, $limit: Int!) {\n    venueHistory(venueId: $venueId, filter: $filter, offset: $offset, limit: $limit) {\n      total\n      events {\n        ...AuditEventFields\n      }\n    }\n    venueLog(venueId: $venueId) {\n      venueId\n      checkpoint {\n        origin\n        size\n        root\n        timestamp\n        signature\n        publicKey\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VenueLogExport($venueId: ID!) {\n    venueLogExport(venueId: $venueId)\n  }\n',
): (typeof documents)['\n  query VenueLogExport($venueId: ID!) {\n    venueLogExport(venueId: $venueId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubmissionHistory($id: ID!) {\n    submission(id: $id) {\n      id\n      history {\n        ...AuditEventFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubmissionHistory($id: ID!) {\n    submission(id: $id) {\n      id\n      history {\n        ...AuditEventFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    roles {\n      venueId\n      role\n    }\n    siteAdmin\n    canCreateVenues\n  }\n',
): (typeof documents)['\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    roles {\n      venueId\n      role\n    }\n    siteAdmin\n    canCreateVenues\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestSignUp($email: String!) {\n    requestSignUp(email: $email) {\n      email\n      message\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestSignUp($email: String!) {\n    requestSignUp(email: $email) {\n      email\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignUpLink($token: String!) {\n    signUpLink(token: $token) {\n      email\n      expiresAt\n      accountExists\n    }\n  }\n',
): (typeof documents)['\n  query SignUpLink($token: String!) {\n    signUpLink(token: $token) {\n      email\n      expiresAt\n      accountExists\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteSignUp($input: CompleteSignUpInput!) {\n    completeSignUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteSignUp($input: CompleteSignUpInput!) {\n    completeSignUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n      message\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PasswordResetLink($token: String!) {\n    passwordResetLink(token: $token) {\n      email\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query PasswordResetLink($token: String!) {\n    passwordResetLink(token: $token) {\n      email\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CalendarFeeds {\n    calendarFeeds {\n      venue {\n        ...VenueNameFields\n      }\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query CalendarFeeds {\n    calendarFeeds {\n      venue {\n        ...VenueNameFields\n      }\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCalendarFeed($venueId: ID) {\n    createCalendarFeed(venueId: $venueId) {\n      url\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCalendarFeed($venueId: ID) {\n    createCalendarFeed(venueId: $venueId) {\n      url\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeCalendarFeed($venueId: ID) {\n    revokeCalendarFeed(venueId: $venueId)\n  }\n',
): (typeof documents)['\n  mutation RevokeCalendarFeed($venueId: ID) {\n    revokeCalendarFeed(venueId: $venueId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConflictFields on Conflict {\n    id\n    type\n    typeLabel\n    reason\n    declaredAt\n    revision\n    person {\n      ...PersonFields\n    }\n    declaredBy {\n      ...PersonFields\n    }\n  }\n',
): (typeof documents)['\n  fragment ConflictFields on Conflict {\n    id\n    type\n    typeLabel\n    reason\n    declaredAt\n    revision\n    person {\n      ...PersonFields\n    }\n    declaredBy {\n      ...PersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubmissionConflicts($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        declareConflict\n        pinConflict\n      }\n      conflicts {\n        ...ConflictFields\n      }\n      conflictCandidates {\n        ...PersonFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubmissionConflicts($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        declareConflict\n        pinConflict\n      }\n      conflicts {\n        ...ConflictFields\n      }\n      conflictCandidates {\n        ...PersonFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      ...ConflictFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      ...ConflictFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawConflict($submissionId: ID!, $userId: ID!, $expectedRevision: Int!) {\n    withdrawConflict(submissionId: $submissionId, userId: $userId, expectedRevision: $expectedRevision) {\n      id\n      withdrawnAt\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawConflict($submissionId: ID!, $userId: ID!, $expectedRevision: Int!) {\n    withdrawConflict(submissionId: $submissionId, userId: $userId, expectedRevision: $expectedRevision) {\n      id\n      withdrawnAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApprovalListItemFields on ApprovalListItemModel {\n    approvalId\n    submission {\n      id\n      title\n    }\n    state\n    stateLabel\n    expiresAt\n    daysUntilExpiry\n    reportFiled\n  }\n',
): (typeof documents)['\n  fragment ApprovalListItemFields on ApprovalListItemModel {\n    approvalId\n    submission {\n      id\n      title\n    }\n    state\n    stateLabel\n    expiresAt\n    daysUntilExpiry\n    reportFiled\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApprovalStateCountFields on ApprovalStateCount {\n    state\n    label\n    count\n  }\n',
): (typeof documents)['\n  fragment ApprovalStateCountFields on ApprovalStateCount {\n    state\n    label\n    count\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IncidentFields on Incident {\n    id\n    revision\n    reference\n    state\n    stateLabel\n    approvalId\n    submission {\n      id\n      title\n      latestVersion {\n        number\n        artifacts {\n          key\n          name\n        }\n      }\n    }\n    whatHappened\n    evidenceLinks\n    reporterEmail\n    shareWithAuthors\n    createdAt\n    confirmedAt\n    triage {\n      action\n      label\n      reason\n      by {\n        ...PersonFields\n      }\n      at\n    }\n    answer\n    availableActions\n  }\n',
): (typeof documents)['\n  fragment IncidentFields on Incident {\n    id\n    revision\n    reference\n    state\n    stateLabel\n    approvalId\n    submission {\n      id\n      title\n      latestVersion {\n        number\n        artifacts {\n          key\n          name\n        }\n      }\n    }\n    whatHappened\n    evidenceLinks\n    reporterEmail\n    shareWithAuthors\n    createdAt\n    confirmedAt\n    triage {\n      action\n      label\n      reason\n      by {\n        ...PersonFields\n      }\n      at\n    }\n    answer\n    availableActions\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContinuingReview($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      shortName\n      continuingReview {\n        counts {\n          ...ApprovalStateCountFields\n        }\n        series {\n          at\n          counts {\n            ...ApprovalStateCountFields\n          }\n        }\n        dueSoon {\n          ...ApprovalListItemFields\n        }\n        underReevaluation {\n          ...ApprovalListItemFields\n        }\n        lapsed {\n          ...ApprovalListItemFields\n        }\n        suspended {\n          ...ApprovalListItemFields\n        }\n      }\n      incidents {\n        ...IncidentFields\n      }\n      eventedApprovals {\n        ...EventedApprovalFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ContinuingReview($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      shortName\n      continuingReview {\n        counts {\n          ...ApprovalStateCountFields\n        }\n        series {\n          at\n          counts {\n            ...ApprovalStateCountFields\n          }\n        }\n        dueSoon {\n          ...ApprovalListItemFields\n        }\n        underReevaluation {\n          ...ApprovalListItemFields\n        }\n        lapsed {\n          ...ApprovalListItemFields\n        }\n        suspended {\n          ...ApprovalListItemFields\n        }\n      }\n      incidents {\n        ...IncidentFields\n      }\n      eventedApprovals {\n        ...EventedApprovalFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EventedApprovalFields on EventedApproval {\n    approvalId\n    submission {\n      id\n      title\n    }\n    state\n    stateLabel\n    events {\n      artifactName\n      releaseEvent\n    }\n  }\n',
): (typeof documents)['\n  fragment EventedApprovalFields on EventedApproval {\n    approvalId\n    submission {\n      id\n      title\n    }\n    state\n    stateLabel\n    events {\n      artifactName\n      releaseEvent\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordExternalEvent($venueId: ID!, $description: String!, $approvalIds: [ID!]!) {\n    recordExternalEvent(venueId: $venueId, description: $description, approvalIds: $approvalIds) {\n      opened\n      skipped {\n        approvalId\n        reason\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordExternalEvent($venueId: ID!, $description: String!, $approvalIds: [ID!]!) {\n    recordExternalEvent(venueId: $venueId, description: $description, approvalIds: $approvalIds) {\n      opened\n      skipped {\n        approvalId\n        reason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TriageIncident($input: TriageIncidentInput!) {\n    triageIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TriageIncident($input: TriageIncidentInput!) {\n    triageIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanItemFields on ReleasePlanItem {\n    artifactKey\n    contentLevel\n    timing\n    distribution\n    embargoUntil\n    reviewEveryMonths\n    releaseEvent\n    stages {\n      description\n      opensOn\n      trigger\n    }\n    accessConditions\n  }\n',
): (typeof documents)['\n  fragment PlanItemFields on ReleasePlanItem {\n    artifactKey\n    contentLevel\n    timing\n    distribution\n    embargoUntil\n    reviewEveryMonths\n    releaseEvent\n    stages {\n      description\n      opensOn\n      trigger\n    }\n    accessConditions\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DecidedConditionFields on DecidedCondition {\n    libraryId\n    text\n    artifactKey\n    artifactName\n    dueOn\n  }\n',
): (typeof documents)['\n  fragment DecidedConditionFields on DecidedCondition {\n    libraryId\n    text\n    artifactKey\n    artifactName\n    dueOn\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DecisionFields on Decision {\n    id\n    forVersion\n    tier\n    outcome\n    outcomeLabel\n    conditions {\n      ...DecidedConditionFields\n    }\n    releasePlan {\n      ...PlanItemFields\n    }\n    releasePlanComparison {\n      artifactKey\n      artifactName\n      status\n      changedParts\n      proposed {\n        ...PlanItemFields\n      }\n      decided {\n        ...PlanItemFields\n      }\n    }\n    withoutReviewsReason\n    reviewsCounted {\n      expert\n      community\n    }\n    meetingId\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n    sent\n    sentAt\n    letter {\n      subject\n      body\n    }\n  }\n',
): (typeof documents)['\n  fragment DecisionFields on Decision {\n    id\n    forVersion\n    tier\n    outcome\n    outcomeLabel\n    conditions {\n      ...DecidedConditionFields\n    }\n    releasePlan {\n      ...PlanItemFields\n    }\n    releasePlanComparison {\n      artifactKey\n      artifactName\n      status\n      changedParts\n      proposed {\n        ...PlanItemFields\n      }\n      decided {\n        ...PlanItemFields\n      }\n    }\n    withoutReviewsReason\n    reviewsCounted {\n      expert\n      community\n    }\n    meetingId\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n    sent\n    sentAt\n    letter {\n      subject\n      body\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DecisionHistoryFields on Decision {\n    id\n    forVersion\n    outcome\n    outcomeLabel\n    sentAt\n  }\n',
): (typeof documents)['\n  fragment DecisionHistoryFields on Decision {\n    id\n    forVersion\n    outcome\n    outcomeLabel\n    sentAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubmissionDecision($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      revision\n      tier\n      tierStatus\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      venue {\n        id\n        timeZone\n        tierPolicy {\n          ...TierPolicyFields\n        }\n        continuingReviewPolicy {\n          ...ContinuingReviewPolicyFields\n        }\n      }\n      authors {\n        id\n      }\n      versions {\n        number\n        submittedAt\n      }\n      latestVersion {\n        number\n        artifacts {\n          ...ArtifactFields\n        }\n        content {\n          ...StatementContentFields\n        }\n      }\n      reviews {\n        id\n        kind\n        state\n        round\n      }\n      conditionLibrary {\n        id\n        text\n        needsArtifact\n        needsDueDate\n      }\n      decision {\n        ...DecisionFields\n      }\n      decisionHistory {\n        ...DecisionHistoryFields\n      }\n      approval {\n        ...ApprovalWithReevaluationFields\n      }\n      letterDraft {\n        subject\n        body\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubmissionDecision($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      revision\n      tier\n      tierStatus\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      venue {\n        id\n        timeZone\n        tierPolicy {\n          ...TierPolicyFields\n        }\n        continuingReviewPolicy {\n          ...ContinuingReviewPolicyFields\n        }\n      }\n      authors {\n        id\n      }\n      versions {\n        number\n        submittedAt\n      }\n      latestVersion {\n        number\n        artifacts {\n          ...ArtifactFields\n        }\n        content {\n          ...StatementContentFields\n        }\n      }\n      reviews {\n        id\n        kind\n        state\n        round\n      }\n      conditionLibrary {\n        id\n        text\n        needsArtifact\n        needsDueDate\n      }\n      decision {\n        ...DecisionFields\n      }\n      decisionHistory {\n        ...DecisionHistoryFields\n      }\n      approval {\n        ...ApprovalWithReevaluationFields\n      }\n      letterDraft {\n        subject\n        body\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordDecision($submissionId: ID!, $expectedRevision: Int!, $decision: DecisionInput!) {\n    recordDecision(submissionId: $submissionId, expectedRevision: $expectedRevision, decision: $decision) {\n      referredToFull\n      referral\n      submission {\n        id\n        revision\n        tier\n        tierStatus\n        tierDecision {\n          ...TierDecisionFields\n        }\n        tierHistory {\n          ...TierDecisionFields\n        }\n        decision {\n          ...DecisionFields\n        }\n        letterDraft {\n          subject\n          body\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordDecision($submissionId: ID!, $expectedRevision: Int!, $decision: DecisionInput!) {\n    recordDecision(submissionId: $submissionId, expectedRevision: $expectedRevision, decision: $decision) {\n      referredToFull\n      referral\n      submission {\n        id\n        revision\n        tier\n        tierStatus\n        tierDecision {\n          ...TierDecisionFields\n        }\n        tierHistory {\n          ...TierDecisionFields\n        }\n        decision {\n          ...DecisionFields\n        }\n        letterDraft {\n          subject\n          body\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendDecision($submissionId: ID!, $expectedRevision: Int!, $letter: LetterInput!) {\n    sendDecision(submissionId: $submissionId, expectedRevision: $expectedRevision, letter: $letter) {\n      id\n      revision\n      decision {\n        ...DecisionFields\n      }\n      decisionHistory {\n        ...DecisionHistoryFields\n      }\n      approval {\n        ...ApprovalWithReevaluationFields\n      }\n      letterDraft {\n        subject\n        body\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SendDecision($submissionId: ID!, $expectedRevision: Int!, $letter: LetterInput!) {\n    sendDecision(submissionId: $submissionId, expectedRevision: $expectedRevision, letter: $letter) {\n      id\n      revision\n      decision {\n        ...DecisionFields\n      }\n      decisionHistory {\n        ...DecisionHistoryFields\n      }\n      approval {\n        ...ApprovalWithReevaluationFields\n      }\n      letterDraft {\n        subject\n        body\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DecisionSettingsFields on DecisionSettings {\n    revision\n    conditionLibrary {\n      id\n      text\n      needsArtifact\n      needsDueDate\n    }\n    letterTemplates {\n      outcome\n      subject\n      body\n      custom\n    }\n    variables {\n      name\n      description\n    }\n  }\n',
): (typeof documents)['\n  fragment DecisionSettingsFields on DecisionSettings {\n    revision\n    conditionLibrary {\n      id\n      text\n      needsArtifact\n      needsDueDate\n    }\n    letterTemplates {\n      outcome\n      subject\n      body\n      custom\n    }\n    variables {\n      name\n      description\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DecisionSettings($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      name\n      decisionSettings {\n        ...DecisionSettingsFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DecisionSettings($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      name\n      decisionSettings {\n        ...DecisionSettingsFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateConditionLibrary(\n    $venueId: ID!\n    $entries: [ConditionLibraryEntryInput!]!\n    $expectedRevision: Int!\n  ) {\n    updateConditionLibrary(venueId: $venueId, entries: $entries, expectedRevision: $expectedRevision) {\n      ...DecisionSettingsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateConditionLibrary(\n    $venueId: ID!\n    $entries: [ConditionLibraryEntryInput!]!\n    $expectedRevision: Int!\n  ) {\n    updateConditionLibrary(venueId: $venueId, entries: $entries, expectedRevision: $expectedRevision) {\n      ...DecisionSettingsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateLetterTemplate(\n    $venueId: ID!\n    $outcome: DecisionOutcome!\n    $template: LetterInput\n    $expectedRevision: Int!\n  ) {\n    updateLetterTemplate(\n      venueId: $venueId\n      outcome: $outcome\n      template: $template\n      expectedRevision: $expectedRevision\n    ) {\n      ...DecisionSettingsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateLetterTemplate(\n    $venueId: ID!\n    $outcome: DecisionOutcome!\n    $template: LetterInput\n    $expectedRevision: Int!\n  ) {\n    updateLetterTemplate(\n      venueId: $venueId\n      outcome: $outcome\n      template: $template\n      expectedRevision: $expectedRevision\n    ) {\n      ...DecisionSettingsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SubmissionPermissionsFields on SubmissionViewerPermissions {\n    bid\n    comment\n    decide\n    decideTier\n    declareConflict\n    edit\n    manageAssignments\n    pinConflict\n    releaseReviews\n    respond\n    writeReview\n  }\n',
): (typeof documents)['\n  fragment SubmissionPermissionsFields on SubmissionViewerPermissions {\n    bid\n    comment\n    decide\n    decideTier\n    declareConflict\n    edit\n    manageAssignments\n    pinConflict\n    releaseReviews\n    respond\n    writeReview\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DiscussionParticipantFields on DiscussionParticipant {\n    id\n    label\n    role\n    person {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment DiscussionParticipantFields on DiscussionParticipant {\n    id\n    label\n    role\n    person {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DiscussionFields on Discussion {\n    unread\n    comments {\n      id\n      body\n      createdAt\n      mine\n      author {\n        ...DiscussionParticipantFields\n      }\n      mentions {\n        ...DiscussionParticipantFields\n      }\n    }\n    participants {\n      ...DiscussionParticipantFields\n    }\n  }\n',
): (typeof documents)['\n  fragment DiscussionFields on Discussion {\n    unread\n    comments {\n      id\n      body\n      createdAt\n      mine\n      author {\n        ...DiscussionParticipantFields\n      }\n      mentions {\n        ...DiscussionParticipantFields\n      }\n    }\n    participants {\n      ...DiscussionParticipantFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubmissionDiscussion($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      discussion {\n        ...DiscussionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubmissionDiscussion($id: ID!) {\n    submission(id: $id) {\n      id\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      discussion {\n        ...DiscussionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PostComment($submissionId: ID!, $body: String!, $mentions: [ID!]!) {\n    postComment(submissionId: $submissionId, body: $body, mentions: $mentions) {\n      ...DiscussionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PostComment($submissionId: ID!, $body: String!, $mentions: [ID!]!) {\n    postComment(submissionId: $submissionId, body: $body, mentions: $mentions) {\n      ...DiscussionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkDiscussionRead($submissionId: ID!) {\n    markDiscussionRead(submissionId: $submissionId)\n  }\n',
): (typeof documents)['\n  mutation MarkDiscussionRead($submissionId: ID!) {\n    markDiscussionRead(submissionId: $submissionId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuthorResponseFields on AuthorResponse {\n    text\n    wordCount\n    submittedAt\n    revision\n  }\n',
): (typeof documents)['\n  fragment AuthorResponseFields on AuthorResponse {\n    text\n    wordCount\n    submittedAt\n    revision\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthorResponse($id: ID!) {\n    submission(id: $id) {\n      id\n      reviewsReleased\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      venue {\n        id\n        timeZone\n      }\n      responseWindow {\n        open\n        reason\n        deadline\n        wordLimit\n      }\n      authorResponse {\n        ...AuthorResponseFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuthorResponse($id: ID!) {\n    submission(id: $id) {\n      id\n      reviewsReleased\n      viewerCan {\n        ...SubmissionPermissionsFields\n      }\n      venue {\n        id\n        timeZone\n      }\n      responseWindow {\n        open\n        reason\n        deadline\n        wordLimit\n      }\n      authorResponse {\n        ...AuthorResponseFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitAuthorResponse($submissionId: ID!, $text: String!, $expectedRevision: Int!) {\n    submitAuthorResponse(submissionId: $submissionId, text: $text, expectedRevision: $expectedRevision) {\n      ...AuthorResponseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitAuthorResponse($submissionId: ID!, $text: String!, $expectedRevision: Int!) {\n    submitAuthorResponse(submissionId: $submissionId, text: $text, expectedRevision: $expectedRevision) {\n      ...AuthorResponseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResponsePhase($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      timeZone\n      responsePhase {\n        open\n        deadline\n        wordLimit\n      }\n      reviewsReopenedUntil\n    }\n  }\n',
): (typeof documents)['\n  query ResponsePhase($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      timeZone\n      responsePhase {\n        open\n        deadline\n        wordLimit\n      }\n      reviewsReopenedUntil\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateResponsePhase(\n    $venueId: ID!\n    $phase: ResponsePhaseInput!\n    $reviewsReopenedUntil: DateTime\n    $expectedRevision: Int!\n  ) {\n    updateResponsePhase(\n      venueId: $venueId\n      phase: $phase\n      reviewsReopenedUntil: $reviewsReopenedUntil\n      expectedRevision: $expectedRevision\n    ) {\n      id\n      revision\n      responsePhase {\n        open\n        deadline\n        wordLimit\n      }\n      reviewsReopenedUntil\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateResponsePhase(\n    $venueId: ID!\n    $phase: ResponsePhaseInput!\n    $reviewsReopenedUntil: DateTime\n    $expectedRevision: Int!\n  ) {\n    updateResponsePhase(\n      venueId: $venueId\n      phase: $phase\n      reviewsReopenedUntil: $reviewsReopenedUntil\n      expectedRevision: $expectedRevision\n    ) {\n      id\n      revision\n      responsePhase {\n        open\n        deadline\n        wordLimit\n      }\n      reviewsReopenedUntil\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicVenues {\n    venues {\n      id\n      name\n      shortName\n      kind\n      description\n      parentVenue {\n        id\n        shortName\n      }\n      awaitingApprovalBy {\n        id\n        shortName\n      }\n      deadlines {\n        label\n        dueAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PublicVenues {\n    venues {\n      id\n      name\n      shortName\n      kind\n      description\n      parentVenue {\n        id\n        shortName\n      }\n      awaitingApprovalBy {\n        id\n        shortName\n      }\n      deadlines {\n        label\n        dueAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VenueJobFields on VenueJob {\n    id\n    summary\n    name\n    state\n    attempts\n    maxAttempts\n    runAt\n    lastError\n    createdAt\n    finishedAt\n  }\n',
): (typeof documents)['\n  fragment VenueJobFields on VenueJob {\n    id\n    summary\n    name\n    state\n    attempts\n    maxAttempts\n    runAt\n    lastError\n    createdAt\n    finishedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VenueJobs($venueId: ID!, $state: JobState, $offset: Int!, $limit: Int!) {\n    venueJobs(venueId: $venueId, state: $state, offset: $offset, limit: $limit) {\n      total\n      counts {\n        waiting\n        running\n        succeeded\n        failed\n      }\n      jobs {\n        ...VenueJobFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VenueJobs($venueId: ID!, $state: JobState, $offset: Int!, $limit: Int!) {\n    venueJobs(venueId: $venueId, state: $state, offset: $offset, limit: $limit) {\n      total\n      counts {\n        waiting\n        running\n        succeeded\n        failed\n      }\n      jobs {\n        ...VenueJobFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      ...VenueJobFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      ...VenueJobFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingItemFields on AgendaItem {\n    position\n    state\n    recused\n    recusedCount\n    outcome\n    submission {\n      id\n      title\n    }\n    quorum {\n      met\n      counted\n      needed\n      communityCounted\n      explanation\n    }\n  }\n',
): (typeof documents)['\n  fragment MeetingItemFields on AgendaItem {\n    position\n    state\n    recused\n    recusedCount\n    outcome\n    submission {\n      id\n      title\n    }\n    quorum {\n      met\n      counted\n      needed\n      communityCounted\n      explanation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OpenMotionFields on Motion {\n    id\n    submissionId\n    text\n    state\n    proposedOutcome\n    proposedOutcomeLabel\n    conditions\n    votesCast\n    myVote\n  }\n',
): (typeof documents)['\n  fragment OpenMotionFields on Motion {\n    id\n    submissionId\n    text\n    state\n    proposedOutcome\n    proposedOutcomeLabel\n    conditions\n    votesCast\n    myVote\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MotionRecordFields on Motion {\n    id\n    submissionId\n    text\n    state\n    proposedOutcomeLabel\n    conditions\n    votesCast\n    for\n    against\n    abstain\n    result\n    votes {\n      person {\n        ...PersonFields\n      }\n      choice\n    }\n  }\n',
): (typeof documents)['\n  fragment MotionRecordFields on Motion {\n    id\n    submissionId\n    text\n    state\n    proposedOutcomeLabel\n    conditions\n    votesCast\n    for\n    against\n    abstain\n    result\n    votes {\n      person {\n        ...PersonFields\n      }\n      choice\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingLiveFields on Meeting {\n    id\n    title\n    scheduledFor\n    state\n    requireCommunityMember\n    startedAt\n    endedAt\n    viewerPresent\n    viewerCan {\n      manage\n      vote\n    }\n    members {\n      person {\n        ...PersonFields\n      }\n      community\n      voting\n      present\n    }\n    items {\n      ...MeetingItemFields\n    }\n    currentItem {\n      position\n    }\n    openMotion {\n      ...OpenMotionFields\n    }\n  }\n',
): (typeof documents)['\n  fragment MeetingLiveFields on Meeting {\n    id\n    title\n    scheduledFor\n    state\n    requireCommunityMember\n    startedAt\n    endedAt\n    viewerPresent\n    viewerCan {\n      manage\n      vote\n    }\n    members {\n      person {\n        ...PersonFields\n      }\n      community\n      voting\n      present\n    }\n    items {\n      ...MeetingItemFields\n    }\n    currentItem {\n      position\n    }\n    openMotion {\n      ...OpenMotionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingsOfVenue($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      meetings {\n        id\n        title\n        scheduledFor\n        state\n        items {\n          state\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeetingsOfVenue($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      meetings {\n        id\n        title\n        scheduledFor\n        state\n        items {\n          state\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingConveneChoices($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      members {\n        user {\n          ...PersonFields\n        }\n        roles\n      }\n      meetingCandidates {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeetingConveneChoices($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      members {\n        user {\n          ...PersonFields\n        }\n        roles\n      }\n      meetingCandidates {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingLive($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n  }\n',
): (typeof documents)['\n  query MeetingLive($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingRecord($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes\n      motions {\n        ...MotionRecordFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeetingRecord($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes\n      motions {\n        ...MotionRecordFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingStatementPlan($submissionId: ID!) {\n    submission(id: $submissionId) {\n      id\n      latestVersion {\n        artifacts {\n          key\n          kind\n          name\n          description\n          powerLevel\n        }\n        content {\n          releasePlan {\n            artifactKey\n            contentLevel\n            timing\n            distribution\n            embargoUntil\n            reviewEveryMonths\n            releaseEvent\n            stages {\n              description\n              opensOn\n              trigger\n            }\n            accessConditions\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeetingStatementPlan($submissionId: ID!) {\n    submission(id: $submissionId) {\n      id\n      latestVersion {\n        artifacts {\n          key\n          kind\n          name\n          description\n          powerLevel\n        }\n        content {\n          releasePlan {\n            artifactKey\n            contentLevel\n            timing\n            distribution\n            embargoUntil\n            reviewEveryMonths\n            releaseEvent\n            stages {\n              description\n              opensOn\n              trigger\n            }\n            accessConditions\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConveneMeeting($venueId: ID!, $input: ConveneMeetingInput!) {\n    conveneMeeting(venueId: $venueId, input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConveneMeeting($venueId: ID!, $input: ConveneMeetingInput!) {\n    conveneMeeting(venueId: $venueId, input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMeetingAttendance($meetingId: ID!, $userId: ID!, $present: Boolean!) {\n    setAttendance(meetingId: $meetingId, userId: $userId, present: $present) {\n      ...MeetingLiveFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMeetingAttendance($meetingId: ID!, $userId: ID!, $present: Boolean!) {\n    setAttendance(meetingId: $meetingId, userId: $userId, present: $present) {\n      ...MeetingLiveFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TakeAgendaItem($meetingId: ID!, $submissionId: ID!) {\n    takeAgendaItem(meetingId: $meetingId, submissionId: $submissionId) {\n      ...MeetingLiveFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TakeAgendaItem($meetingId: ID!, $submissionId: ID!) {\n    takeAgendaItem(meetingId: $meetingId, submissionId: $submissionId) {\n      ...MeetingLiveFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeferAgendaItem($meetingId: ID!, $submissionId: ID!) {\n    deferAgendaItem(meetingId: $meetingId, submissionId: $submissionId) {\n      ...MeetingLiveFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeferAgendaItem($meetingId: ID!, $submissionId: ID!) {\n    deferAgendaItem(meetingId: $meetingId, submissionId: $submissionId) {\n      ...MeetingLiveFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenMotion($meetingId: ID!, $text: String!, $decision: DecisionInput!) {\n    openMotion(meetingId: $meetingId, text: $text, decision: $decision) {\n      ...MeetingLiveFields\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenMotion($meetingId: ID!, $text: String!, $decision: DecisionInput!) {\n    openMotion(meetingId: $meetingId, text: $text, decision: $decision) {\n      ...MeetingLiveFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CastVote($meetingId: ID!, $motionId: ID!, $choice: VoteChoice!) {\n    castVote(meetingId: $meetingId, motionId: $motionId, choice: $choice) {\n      ...MeetingLiveFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CastVote($meetingId: ID!, $motionId: ID!, $choice: VoteChoice!) {\n    castVote(meetingId: $meetingId, motionId: $motionId, choice: $choice) {\n      ...MeetingLiveFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseMotion($meetingId: ID!, $motionId: ID!, $withdraw: Boolean!) {\n    closeMotion(meetingId: $meetingId, motionId: $motionId, withdraw: $withdraw) {\n      ...MeetingLiveFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseMotion($meetingId: ID!, $motionId: ID!, $withdraw: Boolean!) {\n    closeMotion(meetingId: $meetingId, motionId: $motionId, withdraw: $withdraw) {\n      ...MeetingLiveFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndMeeting($meetingId: ID!) {\n    endMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EndMeeting($meetingId: ID!) {\n    endMeeting(meetingId: $meetingId) {\n      ...MeetingLiveFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationChoiceFields on NotificationChoice {\n    kind\n    label\n    delivery\n    chosen\n    required\n  }\n',
): (typeof documents)['\n  fragment NotificationChoiceFields on NotificationChoice {\n    kind\n    label\n    delivery\n    chosen\n    required\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationSettingsFields on NotificationSettings {\n    timeZone\n    digestHour\n    nextDigestAt\n    general {\n      ...NotificationChoiceFields\n    }\n    venues {\n      venueId\n      venueName\n      venueShortName\n      choices {\n        ...NotificationChoiceFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment NotificationSettingsFields on NotificationSettings {\n    timeZone\n    digestHour\n    nextDigestAt\n    general {\n      ...NotificationChoiceFields\n    }\n    venues {\n      venueId\n      venueName\n      venueShortName\n      choices {\n        ...NotificationChoiceFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n',
): (typeof documents)['\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetNotificationDelivery($input: SetNotificationDeliveryInput!) {\n    setNotificationDelivery(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetNotificationDelivery($input: SetNotificationDeliveryInput!) {\n    setNotificationDelivery(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetDigestSchedule($input: SetDigestScheduleInput!) {\n    setDigestSchedule(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetDigestSchedule($input: SetDigestScheduleInput!) {\n    setDigestSchedule(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnsubscribeLink($token: String!) {\n    unsubscribeLink(token: $token) {\n      kind\n      kindLabel\n      venueName\n      unsubscribed\n    }\n  }\n',
): (typeof documents)['\n  query UnsubscribeLink($token: String!) {\n    unsubscribeLink(token: $token) {\n      kind\n      kindLabel\n      venueName\n      unsubscribed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      kind\n      kindLabel\n      venueName\n      unsubscribed\n    }\n  }\n',
): (typeof documents)['\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      kind\n      kindLabel\n      venueName\n      unsubscribed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PublicApprovalFields on PublicApproval {\n    id\n    title\n    venueId\n    venueName\n    venueShortName\n    outcome\n    outcomeLabel\n    state\n    stateLabel\n    approvedAt\n    releasePlan {\n      artifactName\n      contentLevel\n      timing\n      distribution\n      embargoUntil\n      suspended\n    }\n  }\n',
): (typeof documents)['\n  fragment PublicApprovalFields on PublicApproval {\n    id\n    title\n    venueId\n    venueName\n    venueShortName\n    outcome\n    outcomeLabel\n    state\n    stateLabel\n    approvedAt\n    releasePlan {\n      artifactName\n      contentLevel\n      timing\n      distribution\n      embargoUntil\n      suspended\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicApproval($id: ID!) {\n    publicApproval(id: $id) {\n      ...PublicApprovalFields\n    }\n  }\n',
): (typeof documents)['\n  query PublicApproval($id: ID!) {\n    publicApproval(id: $id) {\n      ...PublicApprovalFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicApprovals($venueId: ID!) {\n    publicApprovals(venueId: $venueId) {\n      ...PublicApprovalFields\n    }\n  }\n',
): (typeof documents)['\n  query PublicApprovals($venueId: ID!) {\n    publicApprovals(venueId: $venueId) {\n      ...PublicApprovalFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegistryVenues {\n    venues {\n      ...VenueNameFields\n    }\n  }\n',
): (typeof documents)['\n  query RegistryVenues {\n    venues {\n      ...VenueNameFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportIncident($input: IncidentReportInput!) {\n    reportIncident(input: $input) {\n      email\n      message\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportIncident($input: IncidentReportInput!) {\n    reportIncident(input: $input) {\n      email\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmIncidentReport($token: String!) {\n    confirmIncidentReport(token: $token) {\n      reference\n      about\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmIncidentReport($token: String!) {\n    confirmIncidentReport(token: $token) {\n      reference\n      about\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewerProfileFields on ReviewerProfile {\n    areas\n    expertise\n    publications {\n      title\n      abstract\n      year\n    }\n    affiliations {\n      institution\n      emailDomain\n      startYear\n      endYear\n    }\n    communities\n    maxLoad\n    trainingCompletedOn\n    revision\n  }\n',
): (typeof documents)['\n  fragment ReviewerProfileFields on ReviewerProfile {\n    areas\n    expertise\n    publications {\n      title\n      abstract\n      year\n    }\n    affiliations {\n      institution\n      emailDomain\n      startYear\n      endYear\n    }\n    communities\n    maxLoad\n    trainingCompletedOn\n    revision\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyReviewerProfile($venueId: ID!) {\n    reviewerProfile(venueId: $venueId) {\n      ...ReviewerProfileFields\n    }\n    venue(id: $venueId) {\n      id\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyReviewerProfile($venueId: ID!) {\n    reviewerProfile(venueId: $venueId) {\n      ...ReviewerProfileFields\n    }\n    venue(id: $venueId) {\n      id\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReviewerProfile($venueId: ID!, $profile: ReviewerProfileInput!, $expectedRevision: Int!) {\n    updateReviewerProfile(venueId: $venueId, profile: $profile, expectedRevision: $expectedRevision) {\n      ...ReviewerProfileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReviewerProfile($venueId: ID!, $profile: ReviewerProfileInput!, $expectedRevision: Int!) {\n    updateReviewerProfile(venueId: $venueId, profile: $profile, expectedRevision: $expectedRevision) {\n      ...ReviewerProfileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ParsePublications($format: PublicationFormat!, $text: String!) {\n    parsePublications(format: $format, text: $text) {\n      title\n      abstract\n      year\n    }\n  }\n',
): (typeof documents)['\n  query ParsePublications($format: PublicationFormat!, $text: String!) {\n    parsePublications(format: $format, text: $text) {\n      title\n      abstract\n      year\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PoolImportFields on PoolImportReport {\n    id\n    state\n    total\n    done\n    error\n    sent {\n      line\n      email\n      detail\n    }\n    skipped {\n      line\n      email\n      detail\n    }\n    refused {\n      line\n      detail\n    }\n  }\n',
): (typeof documents)['\n  fragment PoolImportFields on PoolImportReport {\n    id\n    state\n    total\n    done\n    error\n    sent {\n      line\n      email\n      detail\n    }\n    skipped {\n      line\n      email\n      detail\n    }\n    refused {\n      line\n      detail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportReviewerPool($venueId: ID!, $csv: String!) {\n    importReviewerPool(venueId: $venueId, csv: $csv) {\n      ...PoolImportFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportReviewerPool($venueId: ID!, $csv: String!) {\n    importReviewerPool(venueId: $venueId, csv: $csv) {\n      ...PoolImportFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PoolImport($id: ID!) {\n    poolImport(id: $id) {\n      ...PoolImportFields\n    }\n  }\n',
): (typeof documents)['\n  query PoolImport($id: ID!) {\n    poolImport(id: $id) {\n      ...PoolImportFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewerPool($venueId: ID!, $offset: Int) {\n    venue(id: $venueId) {\n      id\n      reviewerProfileCount\n      reviewerProfiles(offset: $offset, limit: 50) {\n        areas\n        communities\n        maxLoad\n        trainingCompletedOn\n        publications {\n          title\n        }\n        affiliations {\n          institution\n          endYear\n        }\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewerPool($venueId: ID!, $offset: Int) {\n    venue(id: $venueId) {\n      id\n      reviewerProfileCount\n      reviewerProfiles(offset: $offset, limit: 50) {\n        areas\n        communities\n        maxLoad\n        trainingCompletedOn\n        publications {\n          title\n        }\n        affiliations {\n          institution\n          endYear\n        }\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewTextFields on ReviewText {\n    answers {\n      questionId\n      prompt\n      kind\n      retired\n      rating\n      text\n    }\n    recommendation\n    releaseRecommendations {\n      artifactKey\n      artifactName\n      contentLevel\n      timing\n      distribution\n    }\n    requiredMitigations\n    commentsForAuthors\n    confidentialComments\n    namedToAuthors\n  }\n',
): (typeof documents)['\n  fragment ReviewTextFields on ReviewText {\n    answers {\n      questionId\n      prompt\n      kind\n      retired\n      rating\n      text\n    }\n    recommendation\n    releaseRecommendations {\n      artifactKey\n      artifactName\n      contentLevel\n      timing\n      distribution\n    }\n    requiredMitigations\n    commentsForAuthors\n    confidentialComments\n    namedToAuthors\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewFields on Review {\n    id\n    kind\n    label\n    reviewer {\n      ...PersonFields\n    }\n    state\n    revision\n    statementVersion\n    submittedAt\n    firstSubmittedAt\n    updatedAt\n    timeliness\n    text {\n      ...ReviewTextFields\n    }\n    versions {\n      number\n      submittedAt\n      statementVersion\n      text {\n        ...ReviewTextFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ReviewFields on Review {\n    id\n    kind\n    label\n    reviewer {\n      ...PersonFields\n    }\n    state\n    revision\n    statementVersion\n    submittedAt\n    firstSubmittedAt\n    updatedAt\n    timeliness\n    text {\n      ...ReviewTextFields\n    }\n    versions {\n      number\n      submittedAt\n      statementVersion\n      text {\n        ...ReviewTextFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewCardFields on Review {\n    id\n    kind\n    label\n    reviewer {\n      ...PersonFields\n    }\n    state\n    round\n    submittedAt\n    timeliness\n    text {\n      ...ReviewTextFields\n    }\n    versions {\n      number\n      submittedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment ReviewCardFields on Review {\n    id\n    kind\n    label\n    reviewer {\n      ...PersonFields\n    }\n    state\n    round\n    submittedAt\n    timeliness\n    text {\n      ...ReviewTextFields\n    }\n    versions {\n      number\n      submittedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewVersions($id: ID!, $reviewId: ID!) {\n    submission(id: $id) {\n      id\n      review(id: $reviewId) {\n        id\n        versions {\n          number\n          submittedAt\n          statementVersion\n          text {\n            ...ReviewTextFields\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewVersions($id: ID!, $reviewId: ID!) {\n    submission(id: $id) {\n      id\n      review(id: $reviewId) {\n        id\n        versions {\n          number\n          submittedAt\n          statementVersion\n          text {\n            ...ReviewTextFields\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FormQuestionFields on FormQuestion {\n    id\n    kind\n    prompt\n    help\n    required\n    retired\n  }\n',
): (typeof documents)['\n  fragment FormQuestionFields on FormQuestion {\n    id\n    kind\n    prompt\n    help\n    required\n    retired\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewTask($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      venue {\n        id\n        shortName\n        reviewVisibility {\n          identitiesToAuthors\n        }\n      }\n      artifacts {\n        key\n        name\n      }\n      reviewTask {\n        editable\n        lockedReason\n        assignment {\n          id\n          state\n          kind\n          dueAt\n        }\n        form {\n          kind\n          revision\n          questions {\n            ...FormQuestionFields\n          }\n        }\n        review {\n          ...ReviewFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewTask($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      venue {\n        id\n        shortName\n        reviewVisibility {\n          identitiesToAuthors\n        }\n      }\n      artifacts {\n        key\n        name\n      }\n      reviewTask {\n        editable\n        lockedReason\n        assignment {\n          id\n          state\n          kind\n          dueAt\n        }\n        form {\n          kind\n          revision\n          questions {\n            ...FormQuestionFields\n          }\n        }\n        review {\n          ...ReviewFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveReviewDraft($submissionId: ID!, $expectedRevision: Int!, $review: ReviewInput!) {\n    saveReviewDraft(submissionId: $submissionId, expectedRevision: $expectedRevision, review: $review) {\n      id\n      revision\n      updatedAt\n      state\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveReviewDraft($submissionId: ID!, $expectedRevision: Int!, $review: ReviewInput!) {\n    saveReviewDraft(submissionId: $submissionId, expectedRevision: $expectedRevision, review: $review) {\n      id\n      revision\n      updatedAt\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitReview($submissionId: ID!, $expectedRevision: Int!, $review: ReviewInput!) {\n    submitReview(submissionId: $submissionId, expectedRevision: $expectedRevision, review: $review) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitReview($submissionId: ID!, $expectedRevision: Int!, $review: ReviewInput!) {\n    submitReview(submissionId: $submissionId, expectedRevision: $expectedRevision, review: $review) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubmissionReviews($id: ID!) {\n    submission(id: $id) {\n      id\n      phase\n      reviewsReleased\n      venue {\n        id\n        reviewsReleased\n      }\n      viewerCan {\n        edit\n        releaseReviews\n      }\n      reviewTask {\n        assignment {\n          id\n          state\n        }\n        review {\n          id\n          state\n        }\n      }\n      reviews {\n        ...ReviewCardFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubmissionReviews($id: ID!) {\n    submission(id: $id) {\n      id\n      phase\n      reviewsReleased\n      venue {\n        id\n        reviewsReleased\n      }\n      viewerCan {\n        edit\n        releaseReviews\n      }\n      reviewTask {\n        assignment {\n          id\n          state\n        }\n        review {\n          id\n          state\n        }\n      }\n      reviews {\n        ...ReviewCardFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReleaseReviews($submissionId: ID!, $released: Boolean!) {\n    releaseReviews(submissionId: $submissionId, released: $released) {\n      id\n      reviewsReleased\n    }\n  }\n',
): (typeof documents)['\n  mutation ReleaseReviews($submissionId: ID!, $released: Boolean!) {\n    releaseReviews(submissionId: $submissionId, released: $released) {\n      id\n      reviewsReleased\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewSettings($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      reviewsReleased\n      reviewVisibility {\n        otherReviews\n        identitiesToReviewers\n        identitiesToAuthors\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewSettings($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      reviewsReleased\n      reviewVisibility {\n        otherReviews\n        identitiesToReviewers\n        identitiesToAuthors\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReviewVisibility(\n    $venueId: ID!\n    $biddingOpen: Boolean!\n    $doubleBlind: Boolean!\n    $expectedRevision: Int!\n    $reviewVisibility: ReviewVisibilityInput!\n    $reviewsReleased: Boolean!\n  ) {\n    updateReviewSettings(\n      venueId: $venueId\n      biddingOpen: $biddingOpen\n      doubleBlind: $doubleBlind\n      expectedRevision: $expectedRevision\n      reviewVisibility: $reviewVisibility\n      reviewsReleased: $reviewsReleased\n    ) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      reviewsReleased\n      reviewVisibility {\n        otherReviews\n        identitiesToReviewers\n        identitiesToAuthors\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReviewVisibility(\n    $venueId: ID!\n    $biddingOpen: Boolean!\n    $doubleBlind: Boolean!\n    $expectedRevision: Int!\n    $reviewVisibility: ReviewVisibilityInput!\n    $reviewsReleased: Boolean!\n  ) {\n    updateReviewSettings(\n      venueId: $venueId\n      biddingOpen: $biddingOpen\n      doubleBlind: $doubleBlind\n      expectedRevision: $expectedRevision\n      reviewVisibility: $reviewVisibility\n      reviewsReleased: $reviewsReleased\n    ) {\n      id\n      revision\n      biddingOpen\n      doubleBlind\n      reviewsReleased\n      reviewVisibility {\n        otherReviews\n        identitiesToReviewers\n        identitiesToAuthors\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewFormFields on ReviewForm {\n    kind\n    revision\n    answeredQuestionIds\n    questions {\n      ...FormQuestionFields\n    }\n  }\n',
): (typeof documents)['\n  fragment ReviewFormFields on ReviewForm {\n    kind\n    revision\n    answeredQuestionIds\n    questions {\n      ...FormQuestionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewForms($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      reviewForms {\n        ...ReviewFormFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewForms($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      reviewForms {\n        ...ReviewFormFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReviewForm($venueId: ID!, $kind: ReviewFormKind!, $questions: [FormQuestionInput!]!, $expectedRevision: Int!) {\n    updateReviewForm(venueId: $venueId, kind: $kind, questions: $questions, expectedRevision: $expectedRevision) {\n      ...ReviewFormFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReviewForm($venueId: ID!, $kind: ReviewFormKind!, $questions: [FormQuestionInput!]!, $expectedRevision: Int!) {\n    updateReviewForm(venueId: $venueId, kind: $kind, questions: $questions, expectedRevision: $expectedRevision) {\n      ...ReviewFormFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewProgress($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      reviewProgress {\n        counts {\n          submitted\n          submitted_late\n          due\n          due_soon\n          late\n        }\n        pressing {\n          timeliness\n          submission {\n            id\n            title\n          }\n          assignment {\n            id\n            kind\n            dueAt\n            reviewer {\n              ...PersonFields\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewProgress($venueId: ID!) {\n    venue(id: $venueId) {\n      id\n      reviewProgress {\n        counts {\n          submitted\n          submitted_late\n          due\n          due_soon\n          late\n        }\n        pressing {\n          timeliness\n          submission {\n            id\n            title\n          }\n          assignment {\n            id\n            kind\n            dueAt\n            reviewer {\n              ...PersonFields\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StatementContentFields on StatementContent {\n    summary\n    hazards {\n      kind\n      description\n      severity\n    }\n    pathToHarm {\n      factor\n      rating\n      justification\n    }\n    accessRatchetStage\n    accessRatchetJustification\n    indirectHarms {\n      kind\n      applies\n      description\n    }\n    mitigationChallenges {\n      kind\n      applies\n      description\n    }\n    benefits\n    affectedGroups\n    mitigations {\n      kind\n      description\n    }\n    releasePlan {\n      artifactKey\n      contentLevel\n      timing\n      distribution\n      embargoUntil\n      reviewEveryMonths\n      releaseEvent\n      stages {\n        description\n        opensOn\n        trigger\n      }\n      accessConditions\n    }\n  }\n',
): (typeof documents)['\n  fragment StatementContentFields on StatementContent {\n    summary\n    hazards {\n      kind\n      description\n      severity\n    }\n    pathToHarm {\n      factor\n      rating\n      justification\n    }\n    accessRatchetStage\n    accessRatchetJustification\n    indirectHarms {\n      kind\n      applies\n      description\n    }\n    mitigationChallenges {\n      kind\n      applies\n      description\n    }\n    benefits\n    affectedGroups\n    mitigations {\n      kind\n      description\n    }\n    releasePlan {\n      artifactKey\n      contentLevel\n      timing\n      distribution\n      embargoUntil\n      reviewEveryMonths\n      releaseEvent\n      stages {\n        description\n        opensOn\n        trigger\n      }\n      accessConditions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TierSuggestionFields on TierSuggestion {\n    tier\n    score\n    drivers {\n      path\n      section\n      answer\n      points\n      floor\n      reason\n    }\n  }\n',
): (typeof documents)['\n  fragment TierSuggestionFields on TierSuggestion {\n    tier\n    score\n    drivers {\n      path\n      section\n      answer\n      points\n      floor\n      reason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ArtifactFields on Artifact {\n    key\n    kind\n    name\n    description\n    powerLevel\n  }\n',
): (typeof documents)['\n  fragment ArtifactFields on Artifact {\n    key\n    kind\n    name\n    description\n    powerLevel\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LinksFields on SubmissionLinks {\n    paperUrl\n    openReviewUrl\n    doi\n    repositoryUrl\n  }\n',
): (typeof documents)['\n  fragment LinksFields on SubmissionLinks {\n    paperUrl\n    openReviewUrl\n    doi\n    repositoryUrl\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TierDecisionFields on TierDecision {\n    tier\n    suggestedTier\n    reason\n    decidedAt\n    forVersion\n    decidedBy {\n      ...PersonFields\n    }\n  }\n',
): (typeof documents)['\n  fragment TierDecisionFields on TierDecision {\n    tier\n    suggestedTier\n    reason\n    decidedAt\n    forVersion\n    decidedBy {\n      ...PersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DraftFields on StatementDraft {\n    revision\n    updatedAt\n    basedOnVersion\n    title\n    abstract\n    links {\n      ...LinksFields\n    }\n    artifacts {\n      ...ArtifactFields\n    }\n    content {\n      ...StatementContentFields\n    }\n  }\n',
): (typeof documents)['\n  fragment DraftFields on StatementDraft {\n    revision\n    updatedAt\n    basedOnVersion\n    title\n    abstract\n    links {\n      ...LinksFields\n    }\n    artifacts {\n      ...ArtifactFields\n    }\n    content {\n      ...StatementContentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VersionFields on StatementVersion {\n    number\n    title\n    abstract\n    submittedAt\n    links {\n      ...LinksFields\n    }\n    artifacts {\n      ...ArtifactFields\n    }\n    authors {\n      ...PersonFields\n    }\n    submittedBy {\n      ...PersonFields\n    }\n    content {\n      ...StatementContentFields\n    }\n    tierSuggestion {\n      ...TierSuggestionFields\n    }\n  }\n',
): (typeof documents)['\n  fragment VersionFields on StatementVersion {\n    number\n    title\n    abstract\n    submittedAt\n    links {\n      ...LinksFields\n    }\n    artifacts {\n      ...ArtifactFields\n    }\n    authors {\n      ...PersonFields\n    }\n    submittedBy {\n      ...PersonFields\n    }\n    content {\n      ...StatementContentFields\n    }\n    tierSuggestion {\n      ...TierSuggestionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SubmissionDetails on Submission {\n    id\n    title\n    phase\n    tierStatus\n    tier\n    revision\n    createdAt\n    updatedAt\n    submittedAt\n    venue {\n      id\n      name\n      shortName\n      myRoles\n    }\n    authors {\n      ...PersonFields\n    }\n    tierSuggestion {\n      ...TierSuggestionFields\n    }\n    tierDecision {\n      ...TierDecisionFields\n    }\n    tierHistory {\n      ...TierDecisionFields\n    }\n    versions {\n      number\n      submittedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment SubmissionDetails on Submission {\n    id\n    title\n    phase\n    tierStatus\n    tier\n    revision\n    createdAt\n    updatedAt\n    submittedAt\n    venue {\n      id\n      name\n      shortName\n      myRoles\n    }\n    authors {\n      ...PersonFields\n    }\n    tierSuggestion {\n      ...TierSuggestionFields\n    }\n    tierDecision {\n      ...TierDecisionFields\n    }\n    tierHistory {\n      ...TierDecisionFields\n    }\n    versions {\n      number\n      submittedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySubmissions {\n    mySubmissions {\n      id\n      title\n      phase\n      tierStatus\n      tier\n      updatedAt\n      submittedAt\n      venue {\n        ...VenueNameFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MySubmissions {\n    mySubmissions {\n      id\n      title\n      phase\n      tierStatus\n      tier\n      updatedAt\n      submittedAt\n      venue {\n        ...VenueNameFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      phase\n      venue {\n        ...VenueNameFields\n      }\n      draft {\n        ...DraftFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EditSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      phase\n      venue {\n        ...VenueNameFields\n      }\n      draft {\n        ...DraftFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubmissionView($id: ID!, $pick: Boolean!, $number: Int!) {\n    submission(id: $id) {\n      ...SubmissionDetails\n      viewerCan {\n        edit\n        decideTier\n        declareConflict\n        pinConflict\n      }\n      draft {\n        revision\n        updatedAt\n      }\n      latestVersion @skip(if: $pick) {\n        ...VersionFields\n      }\n      version(number: $number) @include(if: $pick) {\n        ...VersionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubmissionView($id: ID!, $pick: Boolean!, $number: Int!) {\n    submission(id: $id) {\n      ...SubmissionDetails\n      viewerCan {\n        edit\n        decideTier\n        declareConflict\n        pinConflict\n      }\n      draft {\n        revision\n        updatedAt\n      }\n      latestVersion @skip(if: $pick) {\n        ...VersionFields\n      }\n      version(number: $number) @include(if: $pick) {\n        ...VersionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompareVersions($id: ID!, $from: Int!, $to: Int!) {\n    submission(id: $id) {\n      id\n      compareVersions(from: $from, to: $to) {\n        section\n        title\n        changed\n        changes {\n          path\n          label\n          before\n          after\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CompareVersions($id: ID!, $from: Int!, $to: Int!) {\n    submission(id: $id) {\n      id\n      compareVersions(from: $from, to: $to) {\n        section\n        title\n        changed\n        changes {\n          path\n          label\n          before\n          after\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VenueSubmissions(\n    $venueId: ID!\n    $filter: VenueSubmissionsFilter\n    $sort: SubmissionSort\n    $offset: Int\n    $limit: Int\n  ) {\n    venueSubmissions(venueId: $venueId, filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      searchCapped\n      items {\n        id\n        title\n        phase\n        tierStatus\n        tier\n        revision\n        updatedAt\n        submittedAt\n        authors {\n          ...PersonFields\n        }\n        versions {\n          number\n        }\n        tierSuggestion {\n          ...TierSuggestionFields\n        }\n        tierDecision {\n          ...TierDecisionFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VenueSubmissions(\n    $venueId: ID!\n    $filter: VenueSubmissionsFilter\n    $sort: SubmissionSort\n    $offset: Int\n    $limit: Int\n  ) {\n    venueSubmissions(venueId: $venueId, filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      searchCapped\n      items {\n        id\n        title\n        phase\n        tierStatus\n        tier\n        revision\n        updatedAt\n        submittedAt\n        authors {\n          ...PersonFields\n        }\n        versions {\n          number\n        }\n        tierSuggestion {\n          ...TierSuggestionFields\n        }\n        tierDecision {\n          ...TierDecisionFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSubmission($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSubmission($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveDraft($submissionId: ID!, $draft: DraftInput!, $expectedDraftRevision: Int!) {\n    saveDraft(submissionId: $submissionId, draft: $draft, expectedDraftRevision: $expectedDraftRevision) {\n      revision\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveDraft($submissionId: ID!, $draft: DraftInput!, $expectedDraftRevision: Int!) {\n    saveDraft(submissionId: $submissionId, draft: $draft, expectedDraftRevision: $expectedDraftRevision) {\n      revision\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitStatement($submissionId: ID!, $expectedDraftRevision: Int!) {\n    submitStatement(submissionId: $submissionId, expectedDraftRevision: $expectedDraftRevision) {\n      id\n      phase\n      tierStatus\n      submittedAt\n      versions {\n        number\n        submittedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitStatement($submissionId: ID!, $expectedDraftRevision: Int!) {\n    submitStatement(submissionId: $submissionId, expectedDraftRevision: $expectedDraftRevision) {\n      id\n      phase\n      tierStatus\n      submittedAt\n      versions {\n        number\n        submittedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartRevision($submissionId: ID!) {\n    startRevision(submissionId: $submissionId) {\n      id\n      phase\n    }\n  }\n',
): (typeof documents)['\n  mutation StartRevision($submissionId: ID!) {\n    startRevision(submissionId: $submissionId) {\n      id\n      phase\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmTier($submissionId: ID!, $tier: Tier!, $reason: String!, $expectedRevision: Int!) {\n    confirmTier(submissionId: $submissionId, tier: $tier, reason: $reason, expectedRevision: $expectedRevision) {\n      id\n      tierStatus\n      tier\n      revision\n      tierDecision {\n        ...TierDecisionFields\n      }\n      tierHistory {\n        ...TierDecisionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmTier($submissionId: ID!, $tier: Tier!, $reason: String!, $expectedRevision: Int!) {\n    confirmTier(submissionId: $submissionId, tier: $tier, reason: $reason, expectedRevision: $expectedRevision) {\n      id\n      tierStatus\n      tier\n      revision\n      tierDecision {\n        ...TierDecisionFields\n      }\n      tierHistory {\n        ...TierDecisionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Venues {\n    venues {\n      id\n      name\n      shortName\n      kind\n      timeZone\n      myRoles\n      parentVenue {\n        id\n        shortName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Venues {\n    venues {\n      id\n      name\n      shortName\n      kind\n      timeZone\n      myRoles\n      parentVenue {\n        id\n        shortName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VenueDetails on Venue {\n    id\n    name\n    shortName\n    kind\n    timeZone\n    description\n    tiersVisibleToAuthors\n    revision\n    createdAt\n    myRoles\n    parentVenue {\n      ...VenueNameFields\n    }\n    awaitingApprovalBy {\n      ...VenueNameFields\n    }\n    conferenceRequest {\n      conference {\n        ...VenueNameFields\n      }\n      state\n      note\n      decidedAt\n      decidedByName\n    }\n    workshops {\n      ...VenueNameFields\n    }\n    deadlines {\n      label\n      dueLocal\n      dueAt\n    }\n  }\n',
): (typeof documents)['\n  fragment VenueDetails on Venue {\n    id\n    name\n    shortName\n    kind\n    timeZone\n    description\n    tiersVisibleToAuthors\n    revision\n    createdAt\n    myRoles\n    parentVenue {\n      ...VenueNameFields\n    }\n    awaitingApprovalBy {\n      ...VenueNameFields\n    }\n    conferenceRequest {\n      conference {\n        ...VenueNameFields\n      }\n      state\n      note\n      decidedAt\n      decidedByName\n    }\n    workshops {\n      ...VenueNameFields\n    }\n    deadlines {\n      label\n      dueLocal\n      dueAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueDetails\n    }\n  }\n',
): (typeof documents)['\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VenueInvitationFields on Invitation {\n    id\n    email\n    role\n    state\n    expired\n    createdAt\n    expiresAt\n    respondedAt\n    invitedBy {\n      ...PersonFields\n    }\n  }\n',
): (typeof documents)['\n  fragment VenueInvitationFields on Invitation {\n    id\n    email\n    role\n    state\n    expired\n    createdAt\n    expiresAt\n    respondedAt\n    invitedBy {\n      ...PersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VenueMembers($id: ID!) {\n    venue(id: $id) {\n      id\n      members {\n        user {\n          id\n          name\n          email\n        }\n        roles\n      }\n      invitations {\n        ...VenueInvitationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VenueMembers($id: ID!) {\n    venue(id: $id) {\n      id\n      members {\n        user {\n          id\n          name\n          email\n        }\n        roles\n      }\n      invitations {\n        ...VenueInvitationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!, $expectedRevision: Int!) {\n    updateVenue(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      ...VenueDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!, $expectedRevision: Int!) {\n    updateVenue(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      ...VenueDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkshopRequests($id: ID!) {\n    venue(id: $id) {\n      id\n      workshopRequests {\n        id\n        name\n        shortName\n        description\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkshopRequests($id: ID!) {\n    venue(id: $id) {\n      id\n      workshopRequests {\n        id\n        name\n        shortName\n        description\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideWorkshopRequest($workshopId: ID!, $decision: AffiliationDecision!, $note: String) {\n    decideWorkshopRequest(workshopId: $workshopId, decision: $decision, note: $note) {\n      id\n      parentVenue {\n        id\n        shortName\n      }\n      awaitingApprovalBy {\n        id\n        shortName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideWorkshopRequest($workshopId: ID!, $decision: AffiliationDecision!, $note: String) {\n    decideWorkshopRequest(workshopId: $workshopId, decision: $decision, note: $note) {\n      id\n      parentVenue {\n        id\n        shortName\n      }\n      awaitingApprovalBy {\n        id\n        shortName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      state\n      expired\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      state\n      expired\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteToVenue($input: InviteInput!) {\n    inviteToVenue(input: $input) {\n      ...VenueInvitationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteToVenue($input: InviteInput!) {\n    inviteToVenue(input: $input) {\n      ...VenueInvitationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      state\n      respondedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      state\n      respondedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      venueName\n      venueShortName\n      role\n      email\n      state\n      invitedByName\n      expired\n      accountExists\n    }\n  }\n',
): (typeof documents)['\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      venueName\n      venueShortName\n      role\n      email\n      state\n      invitedByName\n      expired\n      accountExists\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n',
): (typeof documents)['\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TierRequirementFields on TierRequirement {\n    chairCheck\n    expertReviewers\n    communityReviewers\n    reviewDays\n    disapproval\n  }\n',
): (typeof documents)['\n  fragment TierRequirementFields on TierRequirement {\n    chairCheck\n    expertReviewers\n    communityReviewers\n    reviewDays\n    disapproval\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TierPolicyFields on TierPolicy {\n    exempt {\n      ...TierRequirementFields\n    }\n    expedited {\n      ...TierRequirementFields\n    }\n    full {\n      ...TierRequirementFields\n    }\n  }\n',
): (typeof documents)['\n  fragment TierPolicyFields on TierPolicy {\n    exempt {\n      ...TierRequirementFields\n    }\n    expedited {\n      ...TierRequirementFields\n    }\n    full {\n      ...TierRequirementFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VenueTaxonomyFields on VenueTaxonomy {\n    areas {\n      label\n      subAreas\n    }\n    communities\n  }\n',
): (typeof documents)['\n  fragment VenueTaxonomyFields on VenueTaxonomy {\n    areas {\n      label\n      subAreas\n    }\n    communities\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VenueRules($id: ID!) {\n    venue(id: $id) {\n      id\n      revision\n      tierPolicy {\n        ...TierPolicyFields\n      }\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VenueRules($id: ID!) {\n    venue(id: $id) {\n      id\n      revision\n      tierPolicy {\n        ...TierPolicyFields\n      }\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TierPolicyImpact($venueId: ID!, $policy: TierPolicyInput!) {\n    tierPolicyImpact(venueId: $venueId, policy: $policy) {\n      tier\n      changedFields\n      statements\n      examples {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TierPolicyImpact($venueId: ID!, $policy: TierPolicyInput!) {\n    tierPolicyImpact(venueId: $venueId, policy: $policy) {\n      tier\n      changedFields\n      statements\n      examples {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTierPolicy($venueId: ID!, $policy: TierPolicyInput!, $expectedRevision: Int!) {\n    updateTierPolicy(venueId: $venueId, policy: $policy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      tierPolicy {\n        ...TierPolicyFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTierPolicy($venueId: ID!, $policy: TierPolicyInput!, $expectedRevision: Int!) {\n    updateTierPolicy(venueId: $venueId, policy: $policy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      tierPolicy {\n        ...TierPolicyFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateVenueTaxonomy($venueId: ID!, $taxonomy: VenueTaxonomyInput!, $expectedRevision: Int!) {\n    updateVenueTaxonomy(venueId: $venueId, taxonomy: $taxonomy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateVenueTaxonomy($venueId: ID!, $taxonomy: VenueTaxonomyInput!, $expectedRevision: Int!) {\n    updateVenueTaxonomy(venueId: $venueId, taxonomy: $taxonomy, expectedRevision: $expectedRevision) {\n      id\n      revision\n      taxonomy {\n        ...VenueTaxonomyFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonFields on User {\n    id\n    name\n  }\n',
): (typeof documents)['\n  fragment PersonFields on User {\n    id\n    name\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VenueNameFields on Venue {\n    id\n    name\n    shortName\n  }\n',
): (typeof documents)['\n  fragment VenueNameFields on Venue {\n    id\n    name\n    shortName\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
