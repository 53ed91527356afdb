// What follows the reviews on a statement's page: the authors' response, the committee's
// discussion, and the decision. Each section asks for its own data and shows itself only to those
// who get it.
import { AuthorResponseSection } from '../discussion/AuthorResponse';
import { SubmissionDiscussion } from '../discussion/SubmissionDiscussion';
import { SubmissionDecision } from './SubmissionDecision';

export function SubmissionDecisionSections({ submissionId }: { submissionId: string }) {
  return (
    <>
      <AuthorResponseSection submissionId={submissionId} />
      <SubmissionDiscussion submissionId={submissionId} />
      <SubmissionDecision submissionId={submissionId} />
    </>
  );
}
