import { defineErrors } from '../common/errors/app-error';

export const meetingErrors = defineErrors({
  VENUE_NOT_FOUND: { code: 'NOT_FOUND', message: 'This venue does not exist.' },
  INVALID_MEETING: { code: 'BAD_USER_INPUT', message: 'The meeting cannot be convened; see the marked fields.' },
  NOT_IN_SESSION: { code: 'CONFLICT', message: 'The meeting is not in session.' },
  ALREADY_STARTED: { code: 'CONFLICT', message: 'The meeting has already started.' },
  NOT_ON_AGENDA: { code: 'BAD_USER_INPUT', message: 'This statement is not on the meeting’s agenda.' },
  NO_QUORUM: { code: 'CONFLICT', message: 'There is no quorum for this item.' },
  MOTION_OPEN: { code: 'CONFLICT', message: 'A motion is already open: close or withdraw it first.' },
  NO_OPEN_MOTION: { code: 'CONFLICT', message: 'This motion is not open.' },
  INVALID_MOTION: { code: 'BAD_USER_INPUT', message: 'The motion cannot be opened; see the marked fields.' },
  CANNOT_VOTE: { code: 'FORBIDDEN', message: 'You cannot vote on this now.' },
  STALE: { code: 'CONFLICT', message: 'The meeting changed in the meantime. Look again, then try once more.' },
  NOT_A_MEMBER: { code: 'BAD_USER_INPUT', message: 'This person is not a member of the meeting.' },
});
