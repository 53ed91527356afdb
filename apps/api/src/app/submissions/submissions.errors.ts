import { defineErrors } from '../common/errors/app-error';

export const submissionErrors = defineErrors({
  // One message for "missing" and "not yours to see", so the answer never reveals which.
  SUBMISSION_NOT_FOUND: { code: 'NOT_FOUND', message: 'This submission does not exist.' },
  VERSION_NOT_FOUND: { code: 'NOT_FOUND', message: 'This version of the statement does not exist.' },
  NOT_AN_AUTHOR: { code: 'FORBIDDEN', message: 'Only the authors of this submission can change it.' },
  NOT_A_CHAIR: { code: 'FORBIDDEN', message: 'Only the chairs of this venue can list its submissions.' },
  CANNOT_DECIDE_TIER: {
    code: 'FORBIDDEN',
    message: 'Only a chair of this venue who is not an author of the submission can decide its tier.',
  },
  INVALID_SUBMISSION: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
  INVALID_DRAFT: { code: 'BAD_USER_INPUT', message: 'Some answers cannot be saved; see the marked fields.' },
  INCOMPLETE_STATEMENT: {
    code: 'BAD_USER_INPUT',
    message: 'The statement is not ready to submit; complete the marked fields. Nothing was submitted.',
  },
  INVALID_TIER_DECISION: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
  INVALID_PAGE: { code: 'BAD_USER_INPUT', message: 'This page of submissions cannot be shown.' },
  NO_OPEN_DRAFT: {
    code: 'BAD_USER_INPUT',
    message: 'The statement is submitted and has no open draft; start a revision to change it.',
  },
  NOT_REVISABLE: {
    code: 'BAD_USER_INPUT',
    message: 'A revision starts from a submitted statement with no draft open.',
  },
});
