// The venue's review settings, as HotCRP words them: whether reviewers read each other's reviews
// (never, after their own, always), under which names, whether authors ever learn a reviewer's name,
// and releasing every statement's reviews to its authors at once. Saved at the revision loaded.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { IdentityToAuthors, OtherReviewsVisibility, ReviewerIdentityVisibility } from '@impact-review/domain';
import type { ReviewSettingsQuery as ReviewSettingsData } from '../../gql/graphql';
import { FormError } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { useMutationForm } from '../../lib/useMutationForm';
import { ChoiceGroup } from './ChoiceGroup';
import type { ChoiceOption } from './ChoiceGroup';
import { ReviewSettingsQuery, UpdateReviewVisibilityMutation } from './reviews.operations';
import './reviews.css';

const OTHER_REVIEWS: readonly ChoiceOption<OtherReviewsVisibility>[] = [
  { value: 'never', label: 'Never', description: 'Each reviewer reads only their own review.' },
  {
    value: 'after_own',
    label: 'After submitting their own',
    description: 'First opinions stay independent; then reviewers can compare notes before the decision.',
  },
  { value: 'always', label: 'Always', description: 'Reviewers may read the others’ reviews while writing theirs.' },
];

const IDENTITIES_TO_REVIEWERS: readonly ChoiceOption<ReviewerIdentityVisibility>[] = [
  {
    value: 'hidden',
    label: 'Never: pseudonyms only',
    description: 'Other reviews carry a name such as “Expert A”, which means nothing beyond this statement.',
  },
  { value: 'after_own', label: 'After submitting their own', description: 'Pseudonyms until the reviewer has submitted, then names.' },
  { value: 'shown', label: 'Always', description: 'Reviewers see each other’s names from the start.' },
];

const IDENTITIES_TO_AUTHORS: readonly ChoiceOption<IdentityToAuthors>[] = [
  { value: 'never', label: 'Never', description: 'Authors read every review without the reviewer’s name.' },
  {
    value: 'reviewer_choice',
    label: 'When a community reviewer chooses it',
    description: 'Community reviewers may choose to be named beside their feedback; expert reviewers always stay anonymous.',
  },
];

export function ReviewSettings({ venueId }: { venueId: string }) {
  const { data, loading, error, refetch } = useQuery(ReviewSettingsQuery, { variables: { venueId } });
  // Kept here: saving changes the revision, which starts the form over.
  const [saved, setSaved] = useState(false);
  if (!data) return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the review settings…" />;
  // A new revision (saved here or elsewhere) starts the form over from the server's settings.
  return <ReviewSettingsForm key={data.venue.revision} venue={data.venue} saved={saved} setSaved={setSaved} onReload={() => void refetch()} />;
}

type Venue = ReviewSettingsData['venue'];

interface Values {
  otherReviews: OtherReviewsVisibility;
  identitiesToReviewers: ReviewerIdentityVisibility;
  identitiesToAuthors: IdentityToAuthors;
  reviewsReleased: boolean;
}

function ReviewSettingsForm({
  venue,
  saved,
  setSaved,
  onReload,
}: {
  venue: Venue;
  saved: boolean;
  setSaved: (saved: boolean) => void;
  onReload: () => void;
}) {
  const [values, setValues] = useState<Values>({
    otherReviews: venue.reviewVisibility.otherReviews,
    identitiesToReviewers: venue.reviewVisibility.identitiesToReviewers,
    identitiesToAuthors: venue.reviewVisibility.identitiesToAuthors,
    reviewsReleased: venue.reviewsReleased,
  });
  const [update] = useMutation(UpdateReviewVisibilityMutation);
  const form = useMutationForm();
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    form.clearField(key === 'reviewsReleased' ? key : `reviewVisibility.${key}`);
    setSaved(false);
  };
  const conflict = form.lastError?.code === 'CONFLICT';
  const releasingAll = values.reviewsReleased && !venue.reviewsReleased;

  return (
    <section className="card" aria-labelledby="review-settings-title">
      <h2 id="review-settings-title">Reviews</h2>
      <p className="muted small">
        Who reads which reviews, and under which name. The chairs always read every review with its reviewer’s name and
        the confidential comments, except on statements they are conflicted with. Authors read reviews only once they are
        released, and never the confidential comments.
      </p>
      <div aria-live="polite">{saved && !form.lastError ? <p className="alert alert--success">Review settings saved.</p> : null}</div>
      {conflict ? (
        <div className="alert alert--warning" role="alert">
          <p>Another chair changed the venue’s settings while you were editing. Reload to see theirs; your changes here will be discarded.</p>
          <button type="button" className="button button--small" onClick={onReload}>
            Reload the settings
          </button>
        </div>
      ) : null}
      <form
        noValidate
        ref={form.formRef}
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void form.submit({
            mutate: () =>
              update({
                variables: {
                  venueId: venue.id,
                  // Bidding stays as it is: the mutation sets them together.
                  biddingOpen: venue.biddingOpen,
                  doubleBlind: venue.doubleBlind,
                  expectedRevision: venue.revision,
                  reviewVisibility: {
                    otherReviews: values.otherReviews,
                    identitiesToReviewers: values.identitiesToReviewers,
                    identitiesToAuthors: values.identitiesToAuthors,
                  },
                  reviewsReleased: values.reviewsReleased,
                },
              }),
            onSuccess: () => setSaved(true),
          });
        }}
      >
        {conflict ? null : <FormError message={form.formError} />}
        <ChoiceGroup
          path="reviewVisibility.otherReviews"
          legend="Reviewers read the other reviews of a statement"
          options={OTHER_REVIEWS}
          value={values.otherReviews}
          error={form.errorFor('reviewVisibility.otherReviews')}
          onChange={(value) => set('otherReviews', value)}
        />
        <ChoiceGroup
          path="reviewVisibility.identitiesToReviewers"
          legend="Reviewers see who wrote the other reviews"
          options={IDENTITIES_TO_REVIEWERS}
          value={values.identitiesToReviewers}
          error={form.errorFor('reviewVisibility.identitiesToReviewers')}
          onChange={(value) => set('identitiesToReviewers', value)}
        />
        <ChoiceGroup
          path="reviewVisibility.identitiesToAuthors"
          legend="Authors see who wrote a review"
          options={IDENTITIES_TO_AUTHORS}
          value={values.identitiesToAuthors}
          error={form.errorFor('reviewVisibility.identitiesToAuthors')}
          onChange={(value) => set('identitiesToAuthors', value)}
        />
        <fieldset className="choice-group">
          <legend>Release to the authors</legend>
          <label className="choice choice--described">
            <input
              type="checkbox"
              checked={values.reviewsReleased}
              aria-describedby="release-all-hint"
              onChange={(event) => set('reviewsReleased', event.target.checked)}
            />
            <span>Release all reviews to the authors</span>
          </label>
          <p id="release-all-hint" className="field__hint">
            Every statement’s authors read its submitted reviews, now and as more come in. Without it, release the reviews
            statement by statement on each statement’s page.
          </p>
          {releasingAll ? (
            <p className="alert alert--warning" role="status">
              Saving releases the reviews of every statement of the venue to its authors at once, and tells them by
              email (the authors of a statement without reviews yet, when its first review comes in).
            </p>
          ) : null}
          {form.errorFor('reviewsReleased') ? <p className="field__error">{form.errorFor('reviewsReleased')}</p> : null}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {form.submitting ? 'Saving…' : 'Save review settings'}
          </button>
        </div>
      </form>
    </section>
  );
}
