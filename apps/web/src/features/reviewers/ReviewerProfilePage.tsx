// A reviewer's profile at one venue: what they know (areas, their own words, publications), where
// they work and worked (for conflicts), which communities they speak for, how many statements they
// take on, and their training in release practices.
import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  areaChoices,
  validateReviewerProfile,
  type ReviewerAffiliation,
  type ReviewerProfile,
  type ReviewerPublication,
  type VenueTaxonomy,
} from '@impact-review/domain';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { describeError } from '../../lib/errors';
import { useMutationForm } from '../../lib/useMutationForm';
import { MyReviewerProfileQuery, ParsePublicationsQuery, UpdateReviewerProfileMutation } from './reviewers.operations';

type Format = 'bibtex' | 'openreview_jsonl';

/** Only the profile's own fields (the query's answer also has __typename). */
function plain(profile: ReviewerProfile): ReviewerProfile {
  return {
    areas: [...profile.areas],
    expertise: profile.expertise,
    publications: profile.publications.map(({ title, abstract, year }) => ({ title, abstract, year })),
    affiliations: profile.affiliations.map(({ institution, emailDomain, startYear, endYear }) => ({ institution, emailDomain, startYear, endYear })),
    communities: [...profile.communities],
    maxLoad: profile.maxLoad,
    trainingCompletedOn: profile.trainingCompletedOn,
  };
}

const yearOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));

export function ReviewerProfilePage({ venueId }: { venueId: string }) {
  const { data, loading, error, refetch } = useQuery(MyReviewerProfileQuery, { variables: { venueId }, fetchPolicy: 'cache-and-network' });
  if (!data) return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading your profile…" />;
  return (
    <ProfileForm
      key={data.reviewerProfile.revision}
      venueId={venueId}
      revision={data.reviewerProfile.revision}
      initial={plain(data.reviewerProfile)}
      taxonomy={data.venue.taxonomy}
    />
  );
}

function ProfileForm({ venueId, revision, initial, taxonomy }: { venueId: string; revision: number; initial: ReviewerProfile; taxonomy: VenueTaxonomy }) {
  const client = useApolloClient();
  const [values, setValues] = useState<ReviewerProfile>(initial);
  const [saved, setSaved] = useState(false);
  const [importFormat, setImportFormat] = useState<Format>('bibtex');
  const [importText, setImportText] = useState('');
  const [importNote, setImportNote] = useState<string | null>(null);
  const [updateProfile] = useMutation(UpdateReviewerProfileMutation);
  const form = useMutationForm();
  const change = (next: Partial<ReviewerProfile>) => {
    setValues((current) => ({ ...current, ...next }));
    setSaved(false);
  };
  const toggle = (list: readonly string[], item: string): string[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const setAffiliation = (index: number, next: Partial<ReviewerAffiliation>) =>
    change({ affiliations: values.affiliations.map((a, i) => (i === index ? { ...a, ...next } : a)) });

  const importPublications = async () => {
    setImportNote(null);
    try {
      const result = await client.query({ query: ParsePublicationsQuery, variables: { format: importFormat, text: importText }, fetchPolicy: 'network-only' });
      const found: ReviewerPublication[] = (result.data?.parsePublications ?? []).map(({ title, abstract, year }) => ({ title, abstract, year }));
      const known = new Set(values.publications.map((p) => p.title.toLowerCase()));
      const fresh = found.filter((p) => !known.has(p.title.toLowerCase()));
      change({ publications: [...values.publications, ...fresh] });
      setImportText('');
      setImportNote(
        found.length === 0
          ? 'No publications found in that text.'
          : `Added ${fresh.length} of ${found.length} publications${found.length > fresh.length ? ' (the others were already listed)' : ''}. Save the profile to keep them.`,
      );
    } catch (err) {
      setImportNote(describeError(err).message);
    }
  };

  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">Your reviewer profile</h2>
      <p className="muted small">The chairs use it to match you with statements; your affiliations also find conflicts.</p>
      <div aria-live="polite">{saved && !form.lastError ? <p className="alert alert--success">Profile saved.</p> : null}</div>
      <form
        noValidate
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void form.submit({
            validate: () => validateReviewerProfile(values, taxonomy, new Date()),
            mutate: () => updateProfile({ variables: { venueId, profile: values, expectedRevision: revision } }),
            pathPrefix: 'profile.',
            onSuccess: () => {
              setSaved(true);
              setImportNote(null);
            },
          });
        }}
      >
        <FormError message={form.formError} />
        <fieldset>
          <legend>Expertise areas</legend>
          {taxonomy.areas.length === 0 ? <p className="muted">The chairs have not listed areas yet.</p> : null}
          {areaChoices(taxonomy).map((area) => (
            <label key={area} className="choice">
              <input type="checkbox" checked={values.areas.includes(area)} onChange={() => change({ areas: toggle(values.areas, area) })} />
              {area}
            </label>
          ))}
        </fieldset>
        <TextAreaField
          label="Your expertise in your own words"
          value={values.expertise}
          error={form.errorFor('expertise')}
          onChange={(event) => change({ expertise: event.target.value })}
        />
        <fieldset>
          <legend>Communities you represent</legend>
          {taxonomy.communities.length === 0 ? <p className="muted">The chairs have not listed communities yet.</p> : null}
          {taxonomy.communities.map((community) => (
            <label key={community} className="choice">
              <input
                type="checkbox"
                checked={values.communities.includes(community)}
                onChange={() => change({ communities: toggle(values.communities, community) })}
              />
              {community}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Publications ({values.publications.length})</legend>
          {values.publications.length === 0 ? <p className="muted">None yet: import them below.</p> : null}
          <ul className="publication-list">
            {values.publications.map((publication, i) => (
              <li key={`${publication.title}-${i}`}>
                <span>
                  {publication.title}
                  {publication.year ? ` (${publication.year})` : ''}
                </span>
                {form.errorFor(`publications.${i}.title`) ?? form.errorFor(`publications.${i}.year`) ? (
                  <span className="field__error">{form.errorFor(`publications.${i}.title`) ?? form.errorFor(`publications.${i}.year`)}</span>
                ) : null}
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => change({ publications: values.publications.filter((_, j) => j !== i) })}
                >
                  Remove<span className="visually-hidden"> {publication.title}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="import">
            <SelectField
              label="Import from"
              value={importFormat}
              options={[
                { value: 'bibtex', label: 'BibTeX' },
                { value: 'openreview_jsonl', label: 'OpenReview expertise archive (.jsonl)' },
              ]}
              onChange={(event) => setImportFormat(event.target.value as Format)}
            />
            <TextAreaField label="Paste the entries" rows={4} value={importText} onChange={(event) => setImportText(event.target.value)} />
            <button type="button" className="button" disabled={importText.trim() === ''} onClick={() => void importPublications()}>
              Read the publications
            </button>
            {importNote ? <p role="status">{importNote}</p> : null}
          </div>
        </fieldset>
        <fieldset>
          <legend>Affiliations</legend>
          {values.affiliations.map((affiliation, i) => (
            <div className="repeat-row" key={i}>
              <div className="grid-2">
                <TextField
                  label={`Institution ${i + 1}`}
                  value={affiliation.institution}
                  error={form.errorFor(`affiliations.${i}.institution`)}
                  onChange={(event) => setAffiliation(i, { institution: event.target.value })}
                />
                <TextField
                  label="E-mail domain"
                  hint="e.g. uni-example.org"
                  value={affiliation.emailDomain}
                  error={form.errorFor(`affiliations.${i}.emailDomain`)}
                  onChange={(event) => setAffiliation(i, { emailDomain: event.target.value })}
                />
                <TextField
                  label="From (year)"
                  inputMode="numeric"
                  value={Number.isNaN(affiliation.startYear) ? '' : String(affiliation.startYear)}
                  error={form.errorFor(`affiliations.${i}.startYear`)}
                  onChange={(event) => setAffiliation(i, { startYear: yearOrNull(event.target.value) ?? Number.NaN })}
                />
                <TextField
                  label="Until (year)"
                  hint="Empty while it lasts"
                  inputMode="numeric"
                  value={affiliation.endYear === null ? '' : String(affiliation.endYear)}
                  error={form.errorFor(`affiliations.${i}.endYear`)}
                  onChange={(event) => setAffiliation(i, { endYear: yearOrNull(event.target.value) })}
                />
              </div>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => change({ affiliations: values.affiliations.filter((_, j) => j !== i) })}
              >
                Remove institution {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              change({ affiliations: [...values.affiliations, { institution: '', emailDomain: '', startYear: new Date().getFullYear(), endYear: null }] })
            }
          >
            Add an institution
          </button>
        </fieldset>
        <div className="grid-2">
          <TextField
            label="Most statements you take on"
            inputMode="numeric"
            value={Number.isNaN(values.maxLoad) ? '' : String(values.maxLoad)}
            error={form.errorFor('maxLoad')}
            onChange={(event) => change({ maxLoad: event.target.value.trim() === '' ? Number.NaN : Number(event.target.value) })}
          />
          <TextField
            label="Training in release practices completed on"
            type="date"
            value={values.trainingCompletedOn ?? ''}
            error={form.errorFor('trainingCompletedOn')}
            onChange={(event) => change({ trainingCompletedOn: event.target.value || null })}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {form.submitting ? 'Saving…' : 'Save the profile'}
          </button>
        </div>
      </form>
    </section>
  );
}
