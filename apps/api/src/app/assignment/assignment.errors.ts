import { defineErrors } from '../common/errors/app-error';

export const assignmentErrors = defineErrors({
  VENUE_NOT_FOUND: { code: 'NOT_FOUND', message: 'This venue does not exist.' },
  RUN_NOT_FOUND: { code: 'NOT_FOUND', message: 'This matcher run does not exist.' },
  RUN_IN_PROGRESS: {
    code: 'CONFLICT',
    message: 'A matcher run is already going for this venue: wait for it to finish or cancel it first.',
  },
  RUN_NOT_ACTIVE: { code: 'CONFLICT', message: 'This matcher run has already ended.' },
  PROPOSAL_NOT_OPEN: {
    code: 'CONFLICT',
    message: 'This proposal can no longer be changed: it was committed, or its run did not finish.',
  },
  ALREADY_COMMITTED: { code: 'CONFLICT', message: 'This proposal was already committed.' },
  NOT_A_REVIEWER: { code: 'BAD_USER_INPUT', message: 'This person is not a reviewer of the venue.' },
  CONFLICTED_PAIR: { code: 'CONFLICT', message: 'This reviewer is conflicted with the statement and can never review it.' },
  ALREADY_ON_STATEMENT: { code: 'CONFLICT', message: 'This reviewer is already on the statement.' },
  NOT_IN_PROPOSAL: {
    code: 'BAD_USER_INPUT',
    message: 'This reviewer is not among the statement’s proposed reviewers (a committed one is changed on the statement’s page).',
  },
  ASSIGNMENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'This assignment does not exist.' },
  ALREADY_ANSWERED: { code: 'CONFLICT', message: 'This assignment was already answered.' },
  INVALID_DECLINE: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
  BIDDING_CLOSED: { code: 'FORBIDDEN', message: 'Bidding is closed at this venue.' },
  BAD_PAGE: { code: 'BAD_USER_INPUT', message: 'Ask for between 1 and 100 items from a position of 0 or more.' },
  INVALID_CONFLICT: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
});
