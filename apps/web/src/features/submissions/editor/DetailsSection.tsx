// Title, abstract, links and artifacts: part of the same draft as the statement, autosaved with it
// and frozen with it when the statement is submitted.
import { alignReleasePlan, ARTIFACT_KINDS, labelOf, LINK_LABELS, POWER_LEVELS } from '@impact-review/domain';
import type {
  Artifact,
  ArtifactKind,
  ImpactStatementContent,
  PowerLevel,
  SubmissionLinks,
} from '@impact-review/domain';
import { SelectField, TextAreaField, TextField } from '../../../components/FormFields';
import { fieldId } from '../../../lib/fieldIds';
import { RepeatableRows, removeAt, replaceAt } from './RepeatableRows';
import { SectionError } from './sectionParts';

/** Everything the authors edit, saved as one draft. */
export interface DraftState {
  title: string;
  abstract: string;
  links: SubmissionLinks;
  artifacts: Artifact[];
  content: ImpactStatementContent;
}

export type DraftUpdate = (change: (draft: DraftState) => DraftState) => void;

/** A key no other artifact of this submission uses; keys stay fixed so plans follow artifacts. */
export function newArtifactKey(artifacts: readonly { key: string }[]): string {
  const used = new Set(artifacts.map((a) => a.key));
  let n = artifacts.length + 1;
  while (used.has(`artifact-${n}`)) n += 1;
  return `artifact-${n}`;
}

/** New artifacts list, with the release plan following it (one item per artifact, in order). */
function withArtifacts(draft: DraftState, artifacts: Artifact[]): DraftState {
  return { ...draft, artifacts, content: alignReleasePlan(draft.content, artifacts) };
}

export function DetailsSection({
  draft,
  update,
  errorFor,
}: {
  draft: DraftState;
  update: DraftUpdate;
  errorFor: (path: string) => string | undefined;
}) {
  const setArtifact = (index: number, patch: Partial<Artifact>) =>
    update((d) => ({ ...d, artifacts: replaceAt(d.artifacts, index, (a) => ({ ...a, ...patch })) }));

  return (
    <div>
      <TextField
        id={fieldId('title')}
        label="Title"
        required
        value={draft.title}
        error={errorFor('title')}
        onChange={(event) => {
          const title = event.target.value;
          update((d) => ({ ...d, title }));
        }}
      />
      <TextAreaField
        id={fieldId('abstract')}
        label="Abstract"
        value={draft.abstract}
        error={errorFor('abstract')}
        onChange={(event) => {
          const abstract = event.target.value;
          update((d) => ({ ...d, abstract }));
        }}
      />
      <fieldset>
        <legend>Links</legend>
        <div className="grid-2">
          {(Object.keys(LINK_LABELS) as (keyof SubmissionLinks)[]).map((key) => (
            <TextField
              key={key}
              id={fieldId(`links.${key}`)}
              label={LINK_LABELS[key]}
              type={key === 'doi' ? 'text' : 'url'}
              inputMode={key === 'doi' ? 'text' : 'url'}
              value={draft.links[key]}
              error={errorFor(`links.${key}`)}
              onChange={(event) => {
                const value = event.target.value;
                update((d) => ({ ...d, links: { ...d.links, [key]: value } }));
              }}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Artifacts</legend>
        <p className="muted small">
          Everything the work might release: the paper, code, models, data, demos. Each gets a release plan
          below.
        </p>
        <SectionError path="artifacts" message={errorFor('artifacts')} />
        <RepeatableRows
          items={draft.artifacts}
          rowKey={(artifact) => artifact.key}
          addLabel="Add artifact"
          onAdd={() =>
            update((d) =>
              withArtifacts(d, [
                ...d.artifacts,
                {
                  key: newArtifactKey(d.artifacts),
                  kind: 'source_code',
                  name: '',
                  description: '',
                  powerLevel: 'full',
                },
              ]),
            )
          }
          removeLabel={(i) => `Remove artifact ${i + 1}`}
          onRemove={(i) => update((d) => withArtifacts(d, removeAt(d.artifacts, i)))}
        >
          {(artifact, i, removeButton) => (
            <fieldset className="repeat-row" id={fieldId(`artifacts.${i}`)}>
              <legend>Artifact {i + 1}</legend>
              <div className="grid-2">
                <TextField
                  id={fieldId(`artifacts.${i}.name`)}
                  label={`Artifact ${i + 1} name`}
                  value={artifact.name}
                  error={errorFor(`artifacts.${i}.name`) ?? errorFor(`artifacts.${i}.key`)}
                  onChange={(event) => setArtifact(i, { name: event.target.value })}
                />
                <SelectField
                  id={fieldId(`artifacts.${i}.kind`)}
                  label={`Artifact ${i + 1} kind`}
                  options={ARTIFACT_KINDS.map((kind) => ({ value: kind, label: labelOf(kind) }))}
                  value={artifact.kind}
                  error={errorFor(`artifacts.${i}.kind`)}
                  onChange={(event) => setArtifact(i, { kind: event.target.value as ArtifactKind })}
                />
                <SelectField
                  id={fieldId(`artifacts.${i}.powerLevel`)}
                  label={`Artifact ${i + 1} power level`}
                  hint="How much power or detail it carries."
                  options={POWER_LEVELS.map((level) => ({ value: level, label: labelOf(level) }))}
                  value={artifact.powerLevel}
                  error={errorFor(`artifacts.${i}.powerLevel`)}
                  onChange={(event) => setArtifact(i, { powerLevel: event.target.value as PowerLevel })}
                />
              </div>
              <TextAreaField
                id={fieldId(`artifacts.${i}.description`)}
                label={`Artifact ${i + 1} description`}
                rows={2}
                value={artifact.description}
                error={errorFor(`artifacts.${i}.description`)}
                onChange={(event) => setArtifact(i, { description: event.target.value })}
              />
              {removeButton}
            </fieldset>
          )}
        </RepeatableRows>
      </fieldset>
    </div>
  );
}
