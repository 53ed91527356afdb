// The venue's expertise areas (with sub-areas) and the communities its reviewers represent; reviewer
// profiles and the matcher use them.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { validateVenueTaxonomy, type VenueTaxonomy } from '@impact-review/domain';
import { FormError, TextAreaField, TextField } from '../../components/FormFields';
import { useMutationForm } from '../../lib/useMutationForm';
import { UpdateVenueTaxonomyMutation } from './venue.operations';

interface AreaRow {
  label: string;
  /** Comma-separated, as typed. */
  subAreas: string;
}

const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function taxonomyOf(areas: readonly AreaRow[], communities: string): VenueTaxonomy {
  return {
    areas: areas.map((area) => ({
      label: area.label,
      subAreas: area.subAreas
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    })),
    communities: linesOf(communities),
  };
}

export function TaxonomyEditor({ venueId, revision, taxonomy }: { venueId: string; revision: number; taxonomy: VenueTaxonomy }) {
  const [areas, setAreas] = useState<AreaRow[]>(() => taxonomy.areas.map((a) => ({ label: a.label, subAreas: a.subAreas.join(', ') })));
  const [communities, setCommunities] = useState(() => taxonomy.communities.join('\n'));
  const [saved, setSaved] = useState(false);
  const [updateTaxonomy] = useMutation(UpdateVenueTaxonomyMutation);
  const form = useMutationForm();
  const communityProblems = Object.entries(form.fieldErrors)
    .filter(([path]) => path.startsWith('communities'))
    .map(([path, message]) => {
      const row = /^communities\.(\d+)$/.exec(path)?.[1];
      return row === undefined ? message : `Line ${Number(row) + 1}: ${message}`;
    });
  const changeArea = (index: number, change: Partial<AreaRow>) => {
    setAreas((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
    setSaved(false);
    for (const key of Object.keys(change)) form.clearField(`areas.${index}.${key}`);
  };

  return (
    <section className="card" aria-labelledby="taxonomy-title">
      <h2 id="taxonomy-title">Expertise areas and communities</h2>
      <p className="muted small">Reviewers pick their areas and the communities they represent from these lists.</p>
      <div aria-live="polite">{saved && !form.lastError ? <p className="alert alert--success">Areas and communities saved.</p> : null}</div>
      <form
        noValidate
        ref={form.formRef}
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          const value = taxonomyOf(areas, communities);
          void form.submit({
            validate: () => validateVenueTaxonomy(value),
            mutate: () => updateTaxonomy({ variables: { venueId, taxonomy: value, expectedRevision: revision } }),
            pathPrefix: 'taxonomy.',
            onSuccess: () => setSaved(true),
          });
        }}
      >
        <FormError message={form.formError} />
        <fieldset>
          <legend>Expertise areas</legend>
          {areas.length === 0 ? <p className="muted">No areas yet.</p> : null}
          {areas.map((area, i) => (
            <div className="repeat-row" key={i}>
              <div className="grid-2">
                <TextField
                  label={`Area ${i + 1}`}
                  value={area.label}
                  error={form.errorFor(`areas.${i}.label`)}
                  onChange={(event) => changeArea(i, { label: event.target.value })}
                />
                <TextField
                  label="Sub-areas"
                  hint="Separated by commas"
                  value={area.subAreas}
                  error={Object.entries(form.fieldErrors).find(([p]) => p.startsWith(`areas.${i}.subAreas`))?.[1]}
                  onChange={(event) => changeArea(i, { subAreas: event.target.value })}
                />
              </div>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => {
                  setAreas((rows) => rows.filter((_, j) => j !== i));
                  setSaved(false);
                }}
              >
                Remove area {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="button button--small" onClick={() => setAreas((rows) => [...rows, { label: '', subAreas: '' }])}>
            Add an area
          </button>
        </fieldset>
        <TextAreaField
          label="Communities"
          hint="One per line, e.g. people who work as voice actors"
          rows={5}
          value={communities}
          error={communityProblems.join(' ') || undefined}
          onChange={(event) => {
            setCommunities(event.target.value);
            setSaved(false);
            for (const path of Object.keys(form.fieldErrors)) if (path.startsWith('communities')) form.clearField(path);
          }}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {form.submitting ? 'Saving…' : 'Save areas and communities'}
          </button>
        </div>
      </form>
    </section>
  );
}
