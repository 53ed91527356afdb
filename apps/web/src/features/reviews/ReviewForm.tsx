// The reviewer's form: the venue's questions for their kind (criteria rated and justified, questions
// answered in words; retired ones are not asked), and for experts the recommended release option
// per artifact, required mitigations, the overall recommendation and the two kinds of comments;
// for community reviewers whether to be named to the authors. Every input's id comes from the path
// its errors use (fieldId), so the error summary and a failed submit can take the reviewer to it.
import {
  askedQuestions,
  CONTENT_LEVELS,
  CRITERION_RATING_LABELS,
  CRITERION_RATINGS,
  labelOf,
  MIN_JUSTIFICATION,
  RELEASE_DISTRIBUTIONS,
  RELEASE_TIMINGS,
  REVIEW_RECOMMENDATION_LABELS,
  REVIEW_RECOMMENDATIONS,
} from '@impact-review/domain';
import type { FormQuestion, ReviewerKind } from '@impact-review/domain';
import { SelectField, TextAreaField } from '../../components/FormFields';
import { fieldId } from '../../lib/fieldIds';
import { ChoiceGroup } from './ChoiceGroup';
import type { ArtifactRef, ReleaseChoice, ReviewDraftState, ReviewUpdate } from './reviewDraft';

export interface ReviewFormProps {
  kind: ReviewerKind;
  /** The whole form; retired questions are left out here. */
  questions: readonly FormQuestion[];
  artifacts: readonly ArtifactRef[];
  value: ReviewDraftState;
  update: ReviewUpdate;
  errorFor: (path: string) => string | undefined;
  /** The venue names community reviewers to the authors when they choose it. */
  namingAllowed: boolean;
}

const RATING_OPTIONS = CRITERION_RATINGS.map((value) => ({ value, label: CRITERION_RATING_LABELS[value] }));
const RECOMMENDATION_OPTIONS = REVIEW_RECOMMENDATIONS.map((value) => ({ value, label: REVIEW_RECOMMENDATION_LABELS[value] }));
const optionsOf = (values: readonly string[]) => values.map((value) => ({ value, label: labelOf(value) }));

export function ReviewForm({ kind, questions, artifacts, value, update, errorFor, namingAllowed }: ReviewFormProps) {
  const asked = askedQuestions({ questions });
  const setAnswer = (id: string, patch: Partial<ReviewDraftState['answers'][string]>) =>
    update((s) => ({ ...s, answers: { ...s.answers, [id]: { ...(s.answers[id] ?? { rating: null, text: '' }), ...patch } } }));
  const setRelease = (key: string, patch: Partial<ReleaseChoice>) =>
    update((s) => ({
      ...s,
      release: { ...s.release, [key]: { ...(s.release[key] ?? { contentLevel: '', timing: '', distribution: '' }), ...patch } },
    }));

  return (
    <div className="stack">
      <section className="card" aria-labelledby="review-questions-title">
        <h2 id="review-questions-title">{kind === 'expert' ? 'The approval criteria' : 'Your feedback'}</h2>
        <p className="muted small">
          {kind === 'expert'
            ? 'Rate how well the statement meets each criterion, and say why: the authors and the committee read your reasons.'
            : 'Answer in your own words: what you know from your community matters more than technical detail. Questions marked * need an answer.'}
        </p>
        {asked.map((question) => {
          const answer = value.answers[question.id] ?? { rating: null, text: '' };
          const at = `answers.${question.id}`;
          if (question.kind === 'rating') {
            return (
              <div key={question.id} className="review-question">
                <ChoiceGroup
                  path={`${at}.rating`}
                  legend={question.prompt}
                  hint={question.help || undefined}
                  required={question.required}
                  options={RATING_OPTIONS}
                  value={answer.rating}
                  inline
                  error={errorFor(`${at}.rating`)}
                  onChange={(rating) => setAnswer(question.id, { rating })}
                />
                <TextAreaField
                  id={fieldId(`${at}.text`)}
                  label={
                    // Seen beside its criterion as "Why"; heard as "Why: <criterion>".
                    <>
                      <span aria-hidden="true">Why</span>
                      <span className="visually-hidden">Why: {question.prompt}</span>
                    </>
                  }
                  hint={`A sentence or more (at least ${MIN_JUSTIFICATION} characters), unless the criterion does not apply.`}
                  rows={3}
                  value={answer.text}
                  error={errorFor(`${at}.text`)}
                  onChange={(event) => setAnswer(question.id, { text: event.target.value })}
                />
              </div>
            );
          }
          return (
            <div key={question.id} className="review-question">
              <TextAreaField
                id={fieldId(`${at}.text`)}
                label={question.prompt}
                hint={question.help || undefined}
                required={question.required}
                rows={4}
                value={answer.text}
                error={errorFor(`${at}.text`)}
                onChange={(event) => setAnswer(question.id, { text: event.target.value })}
              />
            </div>
          );
        })}
      </section>

      {kind === 'expert' ? (
        <>
          <section className="card" aria-labelledby="review-release-title">
            <h2 id="review-release-title">Recommended release</h2>
            <p className="muted small">
              For each artifact: how much of it should be released, when, and to whom. An option is saved once all three
              are chosen.
            </p>
            {errorFor('releaseRecommendations') ? (
              <p id={fieldId('releaseRecommendations')} className="field__error" tabIndex={-1}>
                {errorFor('releaseRecommendations')}
              </p>
            ) : null}
            {artifacts.length === 0 ? <p className="muted">The statement lists no artifacts.</p> : null}
            {artifacts.map((artifact) => {
              const choice = value.release[artifact.key] ?? { contentLevel: '', timing: '', distribution: '' };
              const at = `release.${artifact.key}`;
              return (
                <fieldset key={artifact.key} className="repeat-row review-release">
                  <legend>Release of “{artifact.name}”</legend>
                  <div className="review-release__choices">
                    <SelectField
                      id={fieldId(`${at}.contentLevel`)}
                      label={`${artifact.name}: content level`}
                      placeholder="Choose…"
                      options={optionsOf(CONTENT_LEVELS)}
                      value={choice.contentLevel}
                      error={errorFor(`${at}.contentLevel`)}
                      onChange={(event) => setRelease(artifact.key, { contentLevel: event.target.value as ReleaseChoice['contentLevel'] })}
                    />
                    <SelectField
                      id={fieldId(`${at}.timing`)}
                      label={`${artifact.name}: timing`}
                      placeholder="Choose…"
                      options={optionsOf(RELEASE_TIMINGS)}
                      value={choice.timing}
                      error={errorFor(`${at}.timing`)}
                      onChange={(event) => setRelease(artifact.key, { timing: event.target.value as ReleaseChoice['timing'] })}
                    />
                    <SelectField
                      id={fieldId(`${at}.distribution`)}
                      label={`${artifact.name}: distribution`}
                      placeholder="Choose…"
                      options={optionsOf(RELEASE_DISTRIBUTIONS)}
                      value={choice.distribution}
                      error={errorFor(`${at}.distribution`)}
                      onChange={(event) => setRelease(artifact.key, { distribution: event.target.value as ReleaseChoice['distribution'] })}
                    />
                  </div>
                </fieldset>
              );
            })}
            <TextAreaField
              id={fieldId('requiredMitigations')}
              label="Required mitigations"
              hint="What the authors must do before any release, one per line. Leave empty if nothing is required."
              rows={4}
              value={value.requiredMitigations}
              error={errorFor('requiredMitigations')}
              onChange={(event) => {
                const requiredMitigations = event.target.value;
                update((s) => ({ ...s, requiredMitigations }));
              }}
            />
            <ChoiceGroup
              path="recommendation"
              legend="Your recommendation to the committee"
              required
              options={RECOMMENDATION_OPTIONS}
              value={value.recommendation}
              error={errorFor('recommendation')}
              onChange={(recommendation) => update((s) => ({ ...s, recommendation }))}
            />
          </section>

          <section className="card" aria-labelledby="review-comments-title">
            <h2 id="review-comments-title">Comments</h2>
            <TextAreaField
              id={fieldId('commentsForAuthors')}
              label="Comments for the authors"
              hint="The authors read these once the chairs release the reviews: say what they can act on."
              required
              rows={6}
              value={value.commentsForAuthors}
              error={errorFor('commentsForAuthors')}
              onChange={(event) => {
                const commentsForAuthors = event.target.value;
                update((s) => ({ ...s, commentsForAuthors }));
              }}
            />
            <TextAreaField
              id={fieldId('confidentialComments')}
              label="Confidential comments for the chairs"
              hint="Only the chairs read these. They are never released to the authors, nor shown to the other reviewers."
              rows={4}
              value={value.confidentialComments}
              error={errorFor('confidentialComments')}
              onChange={(event) => {
                const confidentialComments = event.target.value;
                update((s) => ({ ...s, confidentialComments }));
              }}
            />
          </section>
        </>
      ) : (
        <section className="card" aria-labelledby="review-naming-title">
          <h2 id="review-naming-title">Your name</h2>
          <label className="choice choice--described">
            <input
              id={fieldId('namedToAuthors')}
              type="checkbox"
              checked={value.namedToAuthors}
              aria-describedby="naming-explained"
              onChange={(event) => {
                const namedToAuthors = event.target.checked;
                update((s) => ({ ...s, namedToAuthors }));
              }}
            />
            <span>Name me to the authors</span>
          </label>
          <p id="naming-explained" className="field__hint">
            {namingAllowed
              ? 'Ticked, the authors see your name beside your feedback once the chairs release the reviews. Unticked, they read it without your name. The chairs always know who wrote it.'
              : 'This venue does not name reviewers to the authors at present, so the authors read your feedback without your name. Your choice applies if the chairs allow it later. The chairs always know who wrote it.'}
          </p>
        </section>
      )}
    </div>
  );
}
