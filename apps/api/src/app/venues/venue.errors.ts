import { defineErrors } from '../common/errors/app-error';

export const venueErrors = defineErrors({
  VENUE_NOT_FOUND: { code: 'NOT_FOUND', message: 'This venue does not exist.' },
  NOT_A_CHAIR: { code: 'FORBIDDEN', message: 'Only the chairs of this venue can change it.' },
  INVALID_VENUE: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
  INVALID_TIER_POLICY: { code: 'BAD_USER_INPUT', message: 'The tier policy cannot be saved; see the marked fields.' },
  INVALID_CONTINUING_REVIEW_POLICY: { code: 'BAD_USER_INPUT', message: 'The continuing-review policy cannot be saved; see the marked fields.' },
  INVALID_RESPONSE_PHASE: { code: 'BAD_USER_INPUT', message: 'The response phase cannot be saved; see the marked fields.' },
  INVALID_TAXONOMY: { code: 'BAD_USER_INPUT', message: 'The areas and communities cannot be saved; see the marked rows.' },
  CANNOT_CREATE_VENUES: {
    code: 'FORBIDDEN',
    message: 'Creating conferences and workshops needs permission. Ask a site administrator of Impact Review to allow you to create venues.',
  },
  // Also what a non-chair of the conference gets, so requests stay private to its chairs.
  REQUEST_NOT_FOUND: { code: 'NOT_FOUND', message: 'This workshop has no request waiting for your conference.' },
  NOT_A_CONFERENCE_CHAIR: { code: 'FORBIDDEN', message: 'Only the chairs of the conference can answer this request.' },
  REQUEST_ALREADY_DECIDED: { code: 'CONFLICT', message: 'Another chair already answered this request. Reload to see the decision.' },
});
