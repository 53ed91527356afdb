// Title, abstract, links and artifacts: the submission itself, saved explicitly with
// updateSubmission (the server re-aligns the release plan to the artifacts).
import { useState } from 'react';
import { ARTIFACT_KINDS, labelOf, POWER_LEVELS, validateArtifacts } from '@impact-review/domain';
import type { Artifact, ArtifactKind, PowerLevel } from '@impact-review/domain';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import type { MutationForm } from '../../lib/useMutationForm';
import type { FieldProblem } from '../../lib/errors';

export interface SubmissionDetailsValues {
  title: string;
  abstract: string;
  links: { paperUrl: string; openReviewUrl: string; doi: string; repositoryUrl: string };
  artifacts: Artifact[];
}

const LINK_LABELS = {
  paperUrl: 'Paper PDF URL',
  openReviewUrl: 'OpenReview forum URL',
  doi: 'DOI',
  repositoryUrl: 'Repository URL',
} as const;

/** A key no other artifact of this submission uses; keys stay fixed so plans follow artifacts. */
export function newArtifactKey(artifacts: readonly { key: string }[]): string {
  const used = new Set(artifacts.map((a) => a.key));
  let n = artifacts.length + 1;
  while (used.has(`artifact-${n}`)) n += 1;
  return `artifact-${n}`;
}

export function detailsProblems(values: SubmissionDetailsValues): FieldProblem[] {
  return [
    ...(values.title.trim() ? [] : [{ path: 'title', message: 'Give the submission a title.' }]),
    ...validateArtifacts(values.artifacts),
  ];
}

export function SubmissionDetailsForm({
  initial,
  form,
  readOnly,
  onSave,
  saved,
}: {
  initial: SubmissionDetailsValues;
  form: MutationForm;
  readOnly?: boolean;
  onSave: (values: SubmissionDetailsValues) => void;
  saved: boolean;
}) {
  const [values, setValues] = useState(initial);
  const setArtifact = (index: number, patch: Partial<Artifact>) => {
    setValues((v) => ({ ...v, artifacts: v.artifacts.map((a, i) => (i === index ? { ...a, ...patch } : a)) }));
    for (const key of Object.keys(patch)) form.clearField(`artifacts.${index}.${key}`);
  };

  return (
    <form
      noValidate
      ref={form.formRef}
      aria-label="Submission details"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(values);
      }}
    >
      <FormError message={form.formError} />
      <div aria-live="polite">{saved && !form.formError ? <p className="alert alert--success">Details saved.</p> : null}</div>
      <TextField
        label="Title"
        name="title"
        required
        readOnly={readOnly}
        value={values.title}
        error={form.errorFor('title')}
        onChange={(event) => {
          const title = event.target.value;
          setValues((v) => ({ ...v, title }));
          form.clearField('title');
        }}
      />
      <TextAreaField
        label="Abstract"
        name="abstract"
        readOnly={readOnly}
        value={values.abstract}
        error={form.errorFor('abstract')}
        onChange={(event) => {
          const abstract = event.target.value;
          setValues((v) => ({ ...v, abstract }));
        }}
      />
      <fieldset>
        <legend>Links</legend>
        <div className="grid-2">
          {(Object.keys(LINK_LABELS) as (keyof typeof LINK_LABELS)[]).map((key) => (
            <TextField
              key={key}
              label={LINK_LABELS[key]}
              name={key}
              type={key === 'doi' ? 'text' : 'url'}
              readOnly={readOnly}
              value={values.links[key]}
              error={form.errorFor(`links.${key}`)}
              onChange={(event) => {
                const value = event.target.value;
                setValues((v) => ({ ...v, links: { ...v.links, [key]: value } }));
              }}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Artifacts</legend>
        <p className="muted small">Everything the work might release: the paper, code, models, data, demos.</p>
        {form.errorFor('artifacts') ? <p className="field__error">{form.errorFor('artifacts')}</p> : null}
        {values.artifacts.map((artifact, i) => (
          <div key={artifact.key} className="repeat-row">
            <div className="grid-2">
              <TextField
                label={`Artifact ${i + 1} name`}
                readOnly={readOnly}
                value={artifact.name}
                error={form.errorFor(`artifacts.${i}.name`) ?? form.errorFor(`artifacts.${i}.key`)}
                onChange={(event) => setArtifact(i, { name: event.target.value })}
              />
              <SelectField
                label={`Artifact ${i + 1} kind`}
                disabled={readOnly}
                options={ARTIFACT_KINDS.map((kind) => ({ value: kind, label: labelOf(kind) }))}
                value={artifact.kind}
                error={form.errorFor(`artifacts.${i}.kind`)}
                onChange={(event) => setArtifact(i, { kind: event.target.value as ArtifactKind })}
              />
              <SelectField
                label={`Artifact ${i + 1} power level`}
                hint="How much power or detail it carries."
                disabled={readOnly}
                options={POWER_LEVELS.map((level) => ({ value: level, label: labelOf(level) }))}
                value={artifact.powerLevel}
                error={form.errorFor(`artifacts.${i}.powerLevel`)}
                onChange={(event) => setArtifact(i, { powerLevel: event.target.value as PowerLevel })}
              />
            </div>
            <TextAreaField
              label={`Artifact ${i + 1} description`}
              rows={2}
              readOnly={readOnly}
              value={artifact.description}
              error={form.errorFor(`artifacts.${i}.description`)}
              onChange={(event) => setArtifact(i, { description: event.target.value })}
            />
            {!readOnly ? (
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => setValues((v) => ({ ...v, artifacts: v.artifacts.filter((_, j) => j !== i) }))}
              >
                Remove artifact {i + 1}
              </button>
            ) : null}
          </div>
        ))}
        {!readOnly ? (
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              setValues((v) => ({
                ...v,
                artifacts: [
                  ...v.artifacts,
                  {
                    key: newArtifactKey(v.artifacts),
                    kind: 'source_code',
                    name: '',
                    description: '',
                    powerLevel: 'full',
                  },
                ],
              }))
            }
          >
            Add artifact
          </button>
        ) : null}
      </fieldset>
      {!readOnly ? (
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.submitting}>
            {form.submitting ? 'Saving details…' : 'Save details'}
          </button>
        </div>
      ) : null}
    </form>
  );
}
