// The release plan the committee decides, artifact by artifact, beside what the authors proposed:
// it starts as the authors' plan, and every part the committee changes is marked on both sides as
// it is changed (the same comparison the server keeps with the decision).
import {
  compareReleasePlans,
  CONTENT_LEVELS,
  RELEASE_DISTRIBUTIONS,
  RELEASE_PLAN_PART_LABELS,
  RELEASE_TIMINGS,
} from '@impact-review/domain';
import type {
  Artifact,
  ContentLevel,
  ReleaseDistribution,
  ReleasePlanItem,
  ReleasePlanPart,
  ReleaseTiming,
} from '@impact-review/domain';
import type { ReactNode } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { fieldId } from '../../lib/fieldIds';
import { RepeatableRows, removeAt, replaceAt } from '../submissions/editor/RepeatableRows';
import { optionsOf } from '../submissions/editor/sectionParts';
import {
  DECISION_PLAN_WORDS,
  PlanCompareRow,
  PlanItemSummary,
  type PlanCompareWords,
  type PlanHeadingLevel,
} from './PlanComparison';

function ChangedFlag({ on }: { on: boolean }) {
  return on ? <span className="plan-part__flag">changed</span> : null;
}

/** The committee's words for the two sides; an amendment's editor passes its own. */
const EDITOR_WORDS: PlanCompareWords = { ...DECISION_PLAN_WORDS, decidedTitle: 'Committee decides' };

export function DecidedPlanEditor({
  artifacts,
  proposed,
  plan,
  onChange,
  errorFor,
  words = EDITOR_WORDS,
  headingLevel = 4,
  idPrefix = '',
}: {
  /** Names the plan's artifacts (by key). */
  artifacts: readonly Pick<Artifact, 'key' | 'name'>[];
  proposed: readonly ReleasePlanItem[];
  plan: readonly ReleasePlanItem[];
  onChange: (plan: ReleasePlanItem[], changedPath: string) => void;
  errorFor: (path: string) => string | undefined;
  words?: PlanCompareWords;
  headingLevel?: PlanHeadingLevel;
  /** Keeps the inputs' ids apart from another plan editor's on the same page (errors keep their paths). */
  idPrefix?: string;
}) {
  const idOf = (path: string) => fieldId(`${idPrefix}${path}`);
  const rows = new Map(compareReleasePlans(proposed, plan).map((row) => [row.artifactKey, row]));
  const nameOf = (key: string) => artifacts.find((a) => a.key === key)?.name.trim() || key;
  const change = (i: number, patch: Partial<ReleasePlanItem>, part: string) =>
    onChange(
      replaceAt(plan, i, (item) => ({ ...item, ...patch })),
      `releasePlan.${i}.${part}`,
    );

  return (
    <div className="stack">
      {plan.map((item, i) => {
        const row = rows.get(item.artifactKey);
        const changed = new Set<ReleasePlanPart>(row?.changed ?? []);
        const name = nameOf(item.artifactKey);
        const at = `releasePlan.${i}`;
        const label = (part: ReleasePlanPart, text: string): ReactNode => (
          <>
            {name}: {text}
            <ChangedFlag on={changed.has(part)} />
          </>
        );
        return (
          <PlanCompareRow
            key={item.artifactKey}
            id={`${idPrefix}decided-plan-${i}`}
            name={name}
            status={row?.status ?? 'added'}
            changedLabels={[...changed].map((part) => RELEASE_PLAN_PART_LABELS[part])}
            decidedTitle={words.decidedTitle}
            proposedTitle={words.proposedTitle}
            statusLabels={words.statusLabels}
            headingLevel={headingLevel}
            proposed={
              row?.proposed ? (
                <PlanItemSummary item={row.proposed} other={item} changed={changed} />
              ) : (
                <p className="muted">{words.notProposed}</p>
              )
            }
            decided={
              <div id={idOf(at)} tabIndex={-1} className="plan-editor">
                {errorFor(`${at}.artifactKey`) ? (
                  <p className="field__error">{errorFor(`${at}.artifactKey`)}</p>
                ) : null}
                <SelectField
                  id={idOf(`${at}.contentLevel`)}
                  label={label('contentLevel', 'what is released')}
                  options={optionsOf(CONTENT_LEVELS)}
                  value={item.contentLevel}
                  error={errorFor(`${at}.contentLevel`)}
                  onChange={(event) =>
                    change(i, { contentLevel: event.target.value as ContentLevel }, 'contentLevel')
                  }
                />
                <SelectField
                  id={idOf(`${at}.timing`)}
                  label={label('timing', 'when')}
                  options={optionsOf(RELEASE_TIMINGS)}
                  value={item.timing}
                  error={errorFor(`${at}.timing`)}
                  onChange={(event) => change(i, { timing: event.target.value as ReleaseTiming }, 'timing')}
                />
                <SelectField
                  id={idOf(`${at}.distribution`)}
                  label={label('distribution', 'to whom')}
                  options={optionsOf(RELEASE_DISTRIBUTIONS)}
                  value={item.distribution}
                  error={errorFor(`${at}.distribution`)}
                  onChange={(event) =>
                    change(i, { distribution: event.target.value as ReleaseDistribution }, 'distribution')
                  }
                />
                {item.timing === 'timed' ? (
                  <TextField
                    id={idOf(`${at}.embargoUntil`)}
                    label={label('embargoUntil', 'embargo until')}
                    type="date"
                    value={item.embargoUntil ?? ''}
                    error={errorFor(`${at}.embargoUntil`)}
                    onChange={(event) =>
                      change(i, { embargoUntil: event.target.value || null }, 'embargoUntil')
                    }
                  />
                ) : null}
                {item.timing === 'periodic_evaluation' ? (
                  <TextField
                    id={idOf(`${at}.reviewEveryMonths`)}
                    label={label('reviewEveryMonths', 'months between re-assessments')}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={60}
                    value={item.reviewEveryMonths ?? ''}
                    error={errorFor(`${at}.reviewEveryMonths`)}
                    onChange={(event) => {
                      const months = event.target.value === '' ? null : Number(event.target.value);
                      change(
                        i,
                        { reviewEveryMonths: months !== null && Number.isFinite(months) ? months : null },
                        'reviewEveryMonths',
                      );
                    }}
                  />
                ) : null}
                {item.timing === 'evented' ? (
                  <TextAreaField
                    id={idOf(`${at}.releaseEvent`)}
                    label={label('releaseEvent', 'released when')}
                    rows={2}
                    value={item.releaseEvent}
                    error={errorFor(`${at}.releaseEvent`)}
                    onChange={(event) => change(i, { releaseEvent: event.target.value }, 'releaseEvent')}
                  />
                ) : null}
                {item.timing === 'staged' ? (
                  <fieldset className="plan-stages">
                    <legend>
                      Stages of “{name}”
                      <ChangedFlag on={changed.has('stages')} />
                    </legend>
                    {errorFor(`${at}.stages`) ? (
                      <p id={idOf(`${at}.stages`)} className="field__error" tabIndex={-1}>
                        {errorFor(`${at}.stages`)}
                      </p>
                    ) : null}
                    <RepeatableRows
                      items={item.stages}
                      addLabel={`Add a stage to “${name}”`}
                      onAdd={() =>
                        change(
                          i,
                          { stages: [...item.stages, { description: '', opensOn: null, trigger: '' }] },
                          'stages',
                        )
                      }
                      removeLabel={(j) => `Remove stage ${j + 1} of “${name}”`}
                      onRemove={(j) => change(i, { stages: removeAt(item.stages, j) }, 'stages')}
                    >
                      {(stage, j, removeButton) => {
                        const stageAt = `${at}.stages.${j}`;
                        const setStage = (patch: Partial<typeof stage>, part: string) =>
                          change(
                            i,
                            { stages: replaceAt(item.stages, j, (s) => ({ ...s, ...patch })) },
                            `stages.${j}.${part}`,
                          );
                        return (
                          <div className="repeat-row">
                            <TextField
                              id={idOf(`${stageAt}.description`)}
                              label={`${name}, stage ${j + 1}: what it releases`}
                              value={stage.description}
                              error={errorFor(`${stageAt}.description`)}
                              onChange={(event) =>
                                setStage({ description: event.target.value }, 'description')
                              }
                            />
                            <TextField
                              id={idOf(`${stageAt}.opensOn`)}
                              label={`${name}, stage ${j + 1}: opens on`}
                              type="date"
                              value={stage.opensOn ?? ''}
                              error={errorFor(`${stageAt}.opensOn`)}
                              onChange={(event) =>
                                setStage({ opensOn: event.target.value || null }, 'opensOn')
                              }
                            />
                            <TextField
                              id={idOf(`${stageAt}.trigger`)}
                              label={`${name}, stage ${j + 1}: or opens when`}
                              value={stage.trigger}
                              error={errorFor(`${stageAt}.trigger`)}
                              onChange={(event) => setStage({ trigger: event.target.value }, 'trigger')}
                            />
                            {removeButton}
                          </div>
                        );
                      }}
                    </RepeatableRows>
                  </fieldset>
                ) : null}
                {item.distribution !== 'public' ? (
                  <TextAreaField
                    id={idOf(`${at}.accessConditions`)}
                    label={label('accessConditions', 'access conditions')}
                    hint="Who may get access, and on what conditions."
                    rows={3}
                    value={item.accessConditions}
                    error={errorFor(`${at}.accessConditions`)}
                    onChange={(event) =>
                      change(i, { accessConditions: event.target.value }, 'accessConditions')
                    }
                  />
                ) : null}
              </div>
            }
          />
        );
      })}
    </div>
  );
}

/** Every path an input of the plan editor shows an error on, for the form's list of the others. */
export function planPaths(plan: readonly ReleasePlanItem[]): string[] {
  return plan.flatMap((item, i) => [
    `releasePlan.${i}.artifactKey`,
    `releasePlan.${i}.contentLevel`,
    `releasePlan.${i}.timing`,
    `releasePlan.${i}.distribution`,
    `releasePlan.${i}.embargoUntil`,
    `releasePlan.${i}.reviewEveryMonths`,
    `releasePlan.${i}.releaseEvent`,
    `releasePlan.${i}.stages`,
    `releasePlan.${i}.accessConditions`,
    ...item.stages.flatMap((_, j) =>
      ['description', 'opensOn', 'trigger'].map((field) => `releasePlan.${i}.stages.${j}.${field}`),
    ),
  ]);
}
