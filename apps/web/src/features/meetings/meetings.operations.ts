// Convened meetings (full review): the venue's list, convening, and the meeting page. The page polls
// `MeetingLive` (what changes from minute to minute) and reads `MeetingRecord` (closed motions with
// their votes, the minutes) again only when the live part says something was decided. Every mutation
// answers with the live selection, so the cache moves at once and the next poll finds nothing new.
import { graphql } from '../../gql';

/** One agenda item as the viewer may see it (no statement when they are recused from it). */
export const MeetingItemFieldsFragment = graphql(`
  fragment MeetingItemFields on AgendaItem {
    position
    state
    recused
    recusedCount
    outcome
    submission {
      id
      title
    }
    quorum {
      met
      counted
      needed
      communityCounted
      explanation
    }
  }
`);

/** The open motion as members follow it: no tally until it is closed. */
export const OpenMotionFieldsFragment = graphql(`
  fragment OpenMotionFields on Motion {
    id
    submissionId
    text
    state
    proposedOutcome
    proposedOutcomeLabel
    conditions
    votesCast
    myVote
  }
`);

/** A motion with its result, its tally and who voted how (filled once closed). */
export const MotionRecordFieldsFragment = graphql(`
  fragment MotionRecordFields on Motion {
    id
    submissionId
    text
    state
    proposedOutcomeLabel
    conditions
    votesCast
    for
    against
    abstain
    result
    votes {
      person {
        ...PersonFields
      }
      choice
    }
  }
`);

/** What the meeting page polls and every meeting mutation answers with. */
export const MeetingLiveFieldsFragment = graphql(`
  fragment MeetingLiveFields on Meeting {
    id
    title
    scheduledFor
    state
    requireCommunityMember
    startedAt
    endedAt
    viewerPresent
    viewerCan {
      manage
      vote
    }
    members {
      person {
        ...PersonFields
      }
      community
      voting
      present
    }
    items {
      ...MeetingItemFields
    }
    currentItem {
      position
    }
    openMotion {
      ...OpenMotionFields
    }
  }
`);

export const MeetingsOfVenueQuery = graphql(`
  query MeetingsOfVenue($venueId: ID!) {
    venue(id: $venueId) {
      id
      meetings {
        id
        title
        scheduledFor
        state
        items {
          state
        }
      }
    }
  }
`);

/** Who may be convened (the venue's chairs and reviewers) and what may go on the agenda. */
export const MeetingConveneChoicesQuery = graphql(`
  query MeetingConveneChoices($venueId: ID!) {
    venue(id: $venueId) {
      id
      members {
        user {
          ...PersonFields
        }
        roles
      }
      meetingCandidates {
        id
        title
      }
    }
  }
`);

export const MeetingLiveQuery = graphql(`
  query MeetingLive($id: ID!) {
    meeting(id: $id) {
      ...MeetingLiveFields
    }
  }
`);

export const MeetingRecordQuery = graphql(`
  query MeetingRecord($id: ID!) {
    meeting(id: $id) {
      id
      minutes
      motions {
        ...MotionRecordFields
      }
    }
  }
`);

/** The authors' proposed release plan of an agenda item, to prefill a motion to approve. */
export const MeetingStatementPlanQuery = graphql(`
  query MeetingStatementPlan($submissionId: ID!) {
    submission(id: $submissionId) {
      id
      latestVersion {
        artifacts {
          key
          kind
          name
          description
          powerLevel
        }
        content {
          releasePlan {
            artifactKey
            contentLevel
            timing
            distribution
            embargoUntil
            reviewEveryMonths
            releaseEvent
            stages {
              description
              opensOn
              trigger
            }
            accessConditions
          }
        }
      }
    }
  }
`);

export const ConveneMeetingMutation = graphql(`
  mutation ConveneMeeting($venueId: ID!, $input: ConveneMeetingInput!) {
    conveneMeeting(venueId: $venueId, input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const StartMeetingMutation = graphql(`
  mutation StartMeeting($meetingId: ID!) {
    startMeeting(meetingId: $meetingId) {
      ...MeetingLiveFields
    }
  }
`);

export const SetMeetingAttendanceMutation = graphql(`
  mutation SetMeetingAttendance($meetingId: ID!, $userId: ID!, $present: Boolean!) {
    setAttendance(meetingId: $meetingId, userId: $userId, present: $present) {
      ...MeetingLiveFields
    }
  }
`);

export const TakeAgendaItemMutation = graphql(`
  mutation TakeAgendaItem($meetingId: ID!, $submissionId: ID!) {
    takeAgendaItem(meetingId: $meetingId, submissionId: $submissionId) {
      ...MeetingLiveFields
    }
  }
`);

export const DeferAgendaItemMutation = graphql(`
  mutation DeferAgendaItem($meetingId: ID!, $submissionId: ID!) {
    deferAgendaItem(meetingId: $meetingId, submissionId: $submissionId) {
      ...MeetingLiveFields
    }
  }
`);

export const OpenMotionMutation = graphql(`
  mutation OpenMotion($meetingId: ID!, $text: String!, $decision: DecisionInput!) {
    openMotion(meetingId: $meetingId, text: $text, decision: $decision) {
      ...MeetingLiveFields
    }
  }
`);

export const CastVoteMutation = graphql(`
  mutation CastVote($meetingId: ID!, $motionId: ID!, $choice: VoteChoice!) {
    castVote(meetingId: $meetingId, motionId: $motionId, choice: $choice) {
      ...MeetingLiveFields
    }
  }
`);

export const CloseMotionMutation = graphql(`
  mutation CloseMotion($meetingId: ID!, $motionId: ID!, $withdraw: Boolean!) {
    closeMotion(meetingId: $meetingId, motionId: $motionId, withdraw: $withdraw) {
      ...MeetingLiveFields
    }
  }
`);

export const EndMeetingMutation = graphql(`
  mutation EndMeeting($meetingId: ID!) {
    endMeeting(meetingId: $meetingId) {
      ...MeetingLiveFields
    }
  }
`);
