// The authors' request to amend the approved release plan: why, the artifacts it adds (each gets a
// plan item), and the whole plan from now on, edited beside the approved one with every changed part
// marked. The domain's check (the server's own) runs first; the server's field errors land on the
// same inputs, the focus on the first. A CONFLICT (one already under review, or an approval that no
// longer holds) goes to the section, which reloads and says so.
import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  ARTIFACT_KINDS,
  labelOf,
  MIN_AMENDMENT_REASON,
  POWER_LEVELS,
  validateAmendment,
  type Artifact,
  type ArtifactKind,
  type PowerLevel,
  type ReleasePlanItem,
} from '@impact-review/domain';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import type { PlanItemFieldsFragment } from '../../gql/graphql';
import { fieldId } from '../../lib/fieldIds';
import { formSummary, reportingConflict } from '../../lib/formSummary';
import { useMutationForm } from '../../lib/useMutationForm';
import { DecidedPlanEditor, planPaths } from '../decisions/DecidedPlanEditor';
import { plainPlan } from '../decisions/planParts';
import { RepeatableRows, removeAt, replaceAt } from '../submissions/editor/RepeatableRows';
import { RequestAmendmentMutation } from './amendments.operations';
import { AMENDMENT_PLAN_WORDS, artifactKeyFrom } from './amendmentWords';

/** A new artifact as the authors fill it in; its key follows its name until it is sent. */
export interface NewArtifactDraft {
  /** Stable while the name (and so the key) changes. */
  row: number;
  name: string;
  kind: ArtifactKind;
  powerLevel: PowerLevel;
  description: string;
  /** Its plan item (the key is filled in from the name). */
  item: ReleasePlanItem;
}

export interface AmendmentDraft {
  reason: string;
  /** The approved artifacts' items, one per item of the approved plan, in its order. */
  plan: ReleasePlanItem[];
  newArtifacts: NewArtifactDraft[];
}

export function amendmentDraft(approvedPlan: readonly PlanItemFieldsFragment[]): AmendmentDraft {
  return { reason: '', plan: plainPlan(approvedPlan), newArtifacts: [] };
}

/** A new artifact's plan starts withheld, on request: nothing goes out that the authors did not choose. */
function newItem(): ReleasePlanItem {
  return {
    artifactKey: '',
    contentLevel: 'withheld',
    timing: 'immediate',
    distribution: 'ask_for_access',
    embargoUntil: null,
    reviewEveryMonths: null,
    releaseEvent: '',
    stages: [],
    accessConditions: '',
  };
}

/** The keys of the new artifacts, in order: from their names, clear of every other key. */
export function newArtifactKeys(
  rows: readonly NewArtifactDraft[],
  approvedKeys: readonly string[],
): string[] {
  const taken = new Set(approvedKeys);
  return rows.map((row, i) => {
    const key = artifactKeyFrom(row.name, taken, `new-artifact-${i + 1}`);
    taken.add(key);
    return key;
  });
}

/** The request as the API takes it: the whole plan (the approved artifacts', then the new ones'). */
export function amendmentInput(draft: AmendmentDraft, approvedKeys: readonly string[]) {
  const keys = newArtifactKeys(draft.newArtifacts, approvedKeys);
  return {
    reason: draft.reason.trim(),
    releasePlan: [
      ...draft.plan,
      ...draft.newArtifacts.map((a, i) => ({ ...a.item, artifactKey: keys[i] ?? '' })),
    ],
    newArtifacts: draft.newArtifacts.map((a, i) => ({
      key: keys[i] ?? '',
      kind: a.kind,
      name: a.name.trim(),
      description: a.description.trim(),
      powerLevel: a.powerLevel,
    })),
  };
}

function newArtifactPaths(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    ['name', 'key', 'kind', 'powerLevel', 'description'].map((field) => `newArtifacts.${i}.${field}`),
  ).flat();
}

export function AmendmentRequestForm({
  approvalId,
  approvedPlan,
  artifacts,
  onDone,
  onCancel,
  onStale,
  now = () => new Date(),
}: {
  approvalId: string;
  approvedPlan: readonly PlanItemFieldsFragment[];
  /** The approval's artifacts (the statement's and those earlier amendments added). */
  artifacts: readonly Artifact[];
  onDone: (message: string) => void;
  onCancel: () => void;
  onStale: (message: string) => void;
  now?: () => Date;
}) {
  const [draft, setDraft] = useState<AmendmentDraft>(() => amendmentDraft(approvedPlan));
  const nextRow = useRef(1);
  const [request] = useMutation(RequestAmendmentMutation);
  const form = useMutationForm();
  const approved = plainPlan(approvedPlan);
  const approvedKeys = artifacts.map((a) => a.key);
  const input = amendmentInput(draft, approvedKeys);
  const planArtifacts = [
    ...artifacts,
    ...draft.newArtifacts.map((a, i) => ({
      key: input.newArtifacts[i]?.key ?? '',
      name: a.name.trim() || `New artifact ${i + 1}`,
    })),
  ];
  const summary = formSummary(form, [
    'reason',
    'releasePlan',
    ...planPaths(input.releasePlan),
    'newArtifacts',
    ...newArtifactPaths(draft.newArtifacts.length),
  ]);

  const setRow = (i: number, patch: Partial<NewArtifactDraft>, field: string) => {
    setDraft((d) => ({ ...d, newArtifacts: replaceAt(d.newArtifacts, i, (a) => ({ ...a, ...patch })) }));
    form.clearField(`newArtifacts.${i}.${field}`);
    if (field === 'name') form.clearField(`newArtifacts.${i}.key`);
  };

  return (
    <form
      noValidate
      ref={form.formRef}
      className="amendment-form"
      aria-labelledby="amendment-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit({
          validate: () => validateAmendment(input, { currentPlan: approved, artifacts, now: now() }),
          mutate: () =>
            reportingConflict(() => request({ variables: { input: { approvalId, ...input } } }), onStale),
          pathPrefix: 'input.',
          onSuccess: (result) => {
            const tier = result.data?.requestAmendment.tier;
            onDone(
              tier === 'full'
                ? 'Amendment requested. It needs full review: the reviewers of record recommend before a chair decides; until then the approved plan holds.'
                : 'Amendment requested. A chair decides it; until then the approved plan holds.',
            );
          },
        });
      }}
    >
      <h4 id="amendment-form-title">Request an amendment</h4>
      <p className="small">
        Ask the committee to change the approved release plan: an earlier release, a new artifact, a wider
        distribution. The approved plan holds until a chair approves the amendment. Fields marked * are
        required.
      </p>
      <FormError message={summary.message} problems={summary.problems} />

      <TextAreaField
        id={fieldId('amendment.reason')}
        label="Reason for the amendment"
        hint={`What changed since the approval, and why the plan should change (at least ${MIN_AMENDMENT_REASON} characters). The committee reads it; it is kept with the approval.`}
        required
        rows={4}
        value={draft.reason}
        error={form.errorFor('reason')}
        onChange={(event) => {
          const reason = event.target.value;
          setDraft((d) => ({ ...d, reason }));
          form.clearField('reason');
        }}
      />

      <fieldset id={fieldId('amendment.newArtifacts')} className="amendment-form__artifacts">
        <legend>New artifacts</legend>
        <p className="field__hint">
          Only for something the approval does not cover yet. Each new artifact gets its own plan below.
        </p>
        {form.errorFor('newArtifacts') ? (
          <p className="field__error">{form.errorFor('newArtifacts')}</p>
        ) : null}
        <RepeatableRows
          items={draft.newArtifacts}
          rowKey={(a) => a.row}
          addLabel="Add an artifact"
          onAdd={() => {
            const row = nextRow.current++;
            setDraft((d) => ({
              ...d,
              newArtifacts: [
                ...d.newArtifacts,
                { row, name: '', kind: 'source_code', powerLevel: 'full', description: '', item: newItem() },
              ],
            }));
            form.clearField('newArtifacts');
          }}
          removeLabel={(i) => `Remove new artifact ${i + 1}`}
          onRemove={(i) => {
            setDraft((d) => ({ ...d, newArtifacts: removeAt(d.newArtifacts, i) }));
            // The rows after it move up: their messages no longer fit them.
            form.reset();
          }}
        >
          {(artifact, i, removeButton) => {
            const at = `newArtifacts.${i}`;
            const n = i + 1;
            return (
              <fieldset className="repeat-row amendment-artifact">
                <legend>New artifact {n}</legend>
                <div className="grid-2">
                  <TextField
                    id={fieldId(`amendment.${at}.name`)}
                    label={`New artifact ${n}: name`}
                    hint={`Key: ${input.newArtifacts[i]?.key ?? ''} (from the name; the plan refers to it)`}
                    required
                    value={artifact.name}
                    error={form.errorFor(`${at}.name`) ?? form.errorFor(`${at}.key`)}
                    onChange={(event) => setRow(i, { name: event.target.value }, 'name')}
                  />
                  <SelectField
                    id={fieldId(`amendment.${at}.kind`)}
                    label={`New artifact ${n}: kind`}
                    options={ARTIFACT_KINDS.map((kind) => ({ value: kind, label: labelOf(kind) }))}
                    value={artifact.kind}
                    error={form.errorFor(`${at}.kind`)}
                    onChange={(event) => setRow(i, { kind: event.target.value as ArtifactKind }, 'kind')}
                  />
                  <SelectField
                    id={fieldId(`amendment.${at}.powerLevel`)}
                    label={`New artifact ${n}: power level`}
                    hint="How much power or detail it carries."
                    options={POWER_LEVELS.map((level) => ({ value: level, label: labelOf(level) }))}
                    value={artifact.powerLevel}
                    error={form.errorFor(`${at}.powerLevel`)}
                    onChange={(event) =>
                      setRow(i, { powerLevel: event.target.value as PowerLevel }, 'powerLevel')
                    }
                  />
                </div>
                <TextAreaField
                  id={fieldId(`amendment.${at}.description`)}
                  label={`New artifact ${n}: description`}
                  rows={2}
                  value={artifact.description}
                  error={form.errorFor(`${at}.description`)}
                  onChange={(event) => setRow(i, { description: event.target.value }, 'description')}
                />
                {removeButton}
              </fieldset>
            );
          }}
        </RepeatableRows>
      </fieldset>

      <fieldset id={fieldId('amendment.releasePlan')} className="amendment-form__plan">
        <legend>Release plan from now on</legend>
        <p className="field__hint">
          It starts as the approved plan; what you change is marked on both sides. The plan holds every
          artifact, the new ones included.
        </p>
        {form.errorFor('releasePlan') ? <p className="field__error">{form.errorFor('releasePlan')}</p> : null}
        <DecidedPlanEditor
          artifacts={planArtifacts}
          proposed={approved}
          plan={input.releasePlan}
          words={AMENDMENT_PLAN_WORDS}
          headingLevel={5}
          idPrefix="amendment-"
          errorFor={form.errorFor}
          onChange={(plan, path) => {
            const count = draft.plan.length;
            setDraft((d) => ({
              ...d,
              plan: plan.slice(0, count),
              newArtifacts: d.newArtifacts.map((a, i) => ({ ...a, item: plan[count + i] ?? a.item })),
            }));
            form.clearField(path);
            form.clearField('releasePlan');
          }}
        />
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Sending…' : 'Request the amendment'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
