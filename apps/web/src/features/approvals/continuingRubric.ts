// The continuing-review rubric a reviewer of record answers when they recommend on a re-evaluation.
// The page passes the venue's own rubric (Reevaluation.rubric). Without it, the form falls back to
// the domain's default rubric (DEFAULT_CONTINUING_FORM), corrected by the answers of the reviewer's
// own earlier recommendation, which name each question as the venue words it now and say which ones
// it no longer asks; whatever still differs the server says, on the field or above the form.
import { askedQuestions, DEFAULT_CONTINUING_FORM } from '@impact-review/domain';
import type { FormQuestion } from '@impact-review/domain';
import type { ReevaluationFieldsFragment } from '../../gql/graphql';

/** An answer to the rubric, as a recommendation carries it back. */
export type RecommendationAnswer = ReevaluationFieldsFragment['recommendations'][number]['answers'][number];

/** The questions to ask, in the rubric's order: those of the earlier answers still asked, then the defaults they leave out. */
export function rubricQuestions(previous: readonly RecommendationAnswer[] = []): FormQuestion[] {
  const defaults = new Map(DEFAULT_CONTINUING_FORM.questions.map((q) => [q.id, q]));
  const answered = new Set(previous.map((a) => a.questionId));
  const fromAnswers = previous
    .filter((a) => !a.retired)
    .map((a): FormQuestion => {
      const known = defaults.get(a.questionId);
      const same = known !== undefined && known.kind === a.kind;
      return {
        id: a.questionId,
        kind: a.kind,
        prompt: a.prompt,
        // The default help only fits the default wording.
        help: same && known.prompt === a.prompt ? known.help : '',
        // Whether a question the venue added must be answered is not known here: the server says so.
        required: same ? known.required : false,
        retired: false,
      };
    });
  const rest = askedQuestions(DEFAULT_CONTINUING_FORM).filter((q) => !answered.has(q.id));
  return [...fromAnswers, ...rest];
}
