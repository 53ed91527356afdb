// The reviewer's form as the page holds it, and its translations: into the domain's ReviewContent
// (what libs/domain validates, the same checks the server runs) and into the API's ReviewInput.
// Release options are held per artifact, with '' for a choice not made yet; the API and the domain
// number them by position in a list, so their error paths are turned into per-artifact ones.
import { askedQuestions } from '@impact-review/domain';
import type {
  ContentLevel,
  CriterionRating,
  FormQuestion,
  ReleaseDistribution,
  ReleaseRecommendation,
  ReleaseTiming,
  ReviewContent,
  ReviewerKind,
  ReviewRecommendation,
} from '@impact-review/domain';
import type { ReviewInput, ReviewTextFieldsFragment } from '../../gql/graphql';
import type { FieldProblem } from '../../lib/errors';

export interface ReleaseChoice {
  contentLevel: ContentLevel | '';
  timing: ReleaseTiming | '';
  distribution: ReleaseDistribution | '';
}

export interface AnswerState {
  rating: CriterionRating | null;
  /** The justification of a rating, or the answer to a text question. */
  text: string;
}

export interface ReviewDraftState {
  answers: Readonly<Record<string, AnswerState>>;
  recommendation: ReviewRecommendation | null;
  /** Keyed by artifact key. */
  release: Readonly<Record<string, ReleaseChoice>>;
  requiredMitigations: string;
  commentsForAuthors: string;
  confidentialComments: string;
  namedToAuthors: boolean;
}

export interface ArtifactRef {
  key: string;
  name: string;
}

export type ReviewUpdate = (change: (state: ReviewDraftState) => ReviewDraftState) => void;

const NO_CHOICE: ReleaseChoice = { contentLevel: '', timing: '', distribution: '' };

/** The form's state from a saved text (or an empty review when there is none yet). */
export function draftFromText(text: ReviewTextFieldsFragment | null | undefined, artifacts: readonly ArtifactRef[]): ReviewDraftState {
  const answers: Record<string, AnswerState> = {};
  for (const answer of text?.answers ?? []) answers[answer.questionId] = { rating: answer.rating, text: answer.text };
  const saved = new Map((text?.releaseRecommendations ?? []).map((r) => [r.artifactKey, r]));
  const release: Record<string, ReleaseChoice> = {};
  for (const artifact of artifacts) {
    const r = saved.get(artifact.key);
    release[artifact.key] = r ? { contentLevel: r.contentLevel, timing: r.timing, distribution: r.distribution } : NO_CHOICE;
  }
  return {
    answers,
    recommendation: text?.recommendation ?? null,
    release,
    requiredMitigations: text?.requiredMitigations ?? '',
    commentsForAuthors: text?.commentsForAuthors ?? '',
    // Null when the reader may not see them; the reviewer always may.
    confidentialComments: text?.confidentialComments ?? '',
    namedToAuthors: text?.namedToAuthors ?? false,
  };
}

function complete(choice: ReleaseChoice | undefined): choice is { [K in keyof ReleaseChoice]: Exclude<ReleaseChoice[K], ''> } {
  return !!choice && choice.contentLevel !== '' && choice.timing !== '' && choice.distribution !== '';
}

function touched(choice: ReleaseChoice | undefined): boolean {
  return !!choice && (choice.contentLevel !== '' || choice.timing !== '' || choice.distribution !== '');
}

/** Release options in artifact order; `all` keeps the unfinished ones too (to check them). */
function releaseList(state: ReviewDraftState, artifacts: readonly ArtifactRef[], which: 'complete' | 'all'): ReleaseRecommendation[] {
  return artifacts
    .filter((a) => (which === 'all' ? true : complete(state.release[a.key])))
    .map((a) => {
      const choice = state.release[a.key] ?? NO_CHOICE;
      // '' stands for "not chosen": the domain check refuses it with its own message on that select.
      return {
        artifactKey: a.key,
        contentLevel: choice.contentLevel as ContentLevel,
        timing: choice.timing as ReleaseTiming,
        distribution: choice.distribution as ReleaseDistribution,
      };
    });
}

/** Answers to the questions still asked, leaving out the untouched ones. */
function askedAnswers(state: ReviewDraftState, questions: readonly FormQuestion[]): [string, AnswerState][] {
  return askedQuestions({ questions })
    .map((q): [string, AnswerState] => [q.id, state.answers[q.id] ?? { rating: null, text: '' }])
    .filter(([, a]) => a.rating !== null || a.text !== '');
}

/** What is sent to the API: only finished release options, only what this kind of reviewer writes. */
export function toReviewInput(state: ReviewDraftState, kind: ReviewerKind, questions: readonly FormQuestion[], artifacts: readonly ArtifactRef[]): ReviewInput {
  const expert = kind === 'expert';
  return {
    answers: askedAnswers(state, questions).map(([questionId, a]) => ({ questionId, rating: a.rating, text: a.text })),
    recommendation: expert ? state.recommendation : null,
    releaseRecommendations: expert ? releaseList(state, artifacts, 'complete') : [],
    requiredMitigations: expert ? state.requiredMitigations : '',
    commentsForAuthors: expert ? state.commentsForAuthors : '',
    confidentialComments: expert ? state.confidentialComments : '',
    namedToAuthors: !expert && state.namedToAuthors,
  };
}

/** The artifact keys of the release list sent to the API, in its order (to read its error paths). */
export function sentReleaseKeys(state: ReviewDraftState, artifacts: readonly ArtifactRef[]): string[] {
  return releaseList(state, artifacts, 'complete').map((r) => r.artifactKey);
}

/**
 * The domain's view of the form. For a submission every artifact is listed (an unfinished one gets
 * the domain's message on the select still empty); for a draft only the finished ones, as sent.
 */
export function toContent(
  state: ReviewDraftState,
  kind: ReviewerKind,
  questions: readonly FormQuestion[],
  artifacts: readonly ArtifactRef[],
  purpose: 'draft' | 'submission',
): { content: ReviewContent; releaseKeys: string[] } {
  const input = toReviewInput(state, kind, questions, artifacts);
  const releaseRecommendations =
    kind !== 'expert'
      ? []
      : purpose === 'submission'
        ? releaseList(state, artifacts, 'all')
        : releaseList(state, artifacts, 'complete');
  return {
    content: {
      answers: Object.fromEntries(input.answers.map((a) => [a.questionId, { rating: a.rating ?? null, text: a.text ?? '' }])),
      recommendation: input.recommendation ?? null,
      releaseRecommendations,
      requiredMitigations: input.requiredMitigations ?? '',
      commentsForAuthors: input.commentsForAuthors ?? '',
      confidentialComments: input.confidentialComments ?? '',
      namedToAuthors: input.namedToAuthors ?? false,
    },
    releaseKeys: releaseRecommendations.map((r) => r.artifactKey),
  };
}

/** `releaseRecommendations.2.timing` → `release.<key of the third listed>.timing`; other paths unchanged. */
export function toFormPaths(problems: readonly FieldProblem[], releaseKeys: readonly string[]): FieldProblem[] {
  return problems.map((problem) => {
    const match = /^releaseRecommendations\.(\d+)(\..+)?$/.exec(problem.path);
    const key = match ? releaseKeys[Number(match[1])] : undefined;
    return match && key !== undefined ? { ...problem, path: `release.${key}${match[2] ?? ''}` } : problem;
  });
}

/** Whether any release choice was started but not finished (kept on this page only, never saved). */
export function hasUnfinishedRelease(state: ReviewDraftState): boolean {
  return Object.values(state.release).some((c) => touched(c) && !complete(c));
}
