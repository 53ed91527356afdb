// One component per statement section. Each edits the domain's ImpactStatementContent (the same
// shape the API stores) through `update`, and shows the error for each input's path beside it.
// Every input's id comes from its path (fieldId), so the error summary can take the author to it.
import type { ReactNode } from 'react';
import {
  ACCESS_RATCHET_STAGES,
  CONTENT_LEVELS,
  HAZARD_KINDS,
  labelOf,
  MITIGATION_KINDS,
  newHazard,
  PATH_TO_HARM_STAGE_OF,
  PATH_TO_HARM_STAGES,
  RATINGS,
  RELEASE_DISTRIBUTIONS,
  RELEASE_TIMINGS,
  SEVERITIES,
} from '@impact-review/domain';
import type {
  AccessRatchetStage,
  Artifact,
  ContentLevel,
  HazardKind,
  ImpactStatementContent,
  MitigationKind,
  Rating,
  ReleaseDistribution,
  ReleasePlanItem,
  ReleaseTiming,
  Severity,
} from '@impact-review/domain';
import { SelectField, TextAreaField, TextField } from '../../../components/FormFields';
import { fieldId } from '../../../lib/fieldIds';

export type ContentUpdate = (change: (content: ImpactStatementContent) => ImpactStatementContent) => void;

export interface SectionProps {
  content: ImpactStatementContent;
  artifacts: readonly Artifact[];
  update: ContentUpdate;
  errorFor: (path: string) => string | undefined;
  readOnly?: boolean;
}

/** The first option of a choice not made yet: "not yet rated" is a state, never a default answer. */
const NOT_YET_RATED = 'Not yet rated';

function optionsOf(values: readonly string[]) {
  return values.map((value) => ({ value, label: labelOf(value) }));
}

function replaceAt<T>(list: readonly T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item));
}

/** Add and remove buttons of repeatable rows; a read-only view shows none. */
function RowButton(props: { hidden?: boolean; danger?: boolean; onClick: () => void; children: ReactNode }) {
  if (props.hidden) return null;
  const className = `button button--small${props.danger ? ' button--danger' : ''}`;
  return (
    <button type="button" className={className} onClick={props.onClick}>
      {props.children}
    </button>
  );
}

/** A problem of a whole group (no hazard yet, a factor missing); the summary links here by path. */
export function SectionError({ path, message }: { path: string; message: string | undefined }) {
  return message ? (
    <p id={fieldId(path)} className="field__error" tabIndex={-1}>
      {message}
    </p>
  ) : null;
}

export function SummarySection({ content, update, errorFor, readOnly }: SectionProps) {
  return (
    <TextAreaField
      id={fieldId('summary')}
      label="Summary of the work and its possible impact"
      rows={6}
      value={content.summary}
      readOnly={readOnly}
      error={errorFor('summary')}
      onChange={(event) => {
        const summary = event.target.value;
        update((c) => ({ ...c, summary }));
      }}
    />
  );
}

export function HazardsSection({ content, update, errorFor, readOnly }: SectionProps) {
  return (
    <div>
      <p className="muted">
        What could go wrong because of this work: harm from the product itself, from the data it reveals, or
        from the attention it draws to a dangerous idea. A hazard counts towards the tier once it is rated and
        described.
      </p>
      <SectionError path="hazards" message={errorFor('hazards')} />
      {content.hazards.map((hazard, i) => (
        <fieldset key={i} className="repeat-row" id={fieldId(`hazards.${i}`)}>
          <legend>Hazard {i + 1}</legend>
          <div className="grid-2">
            <SelectField
              id={fieldId(`hazards.${i}.kind`)}
              label={`Hazard ${i + 1} kind`}
              options={optionsOf(HAZARD_KINDS)}
              value={hazard.kind}
              disabled={readOnly}
              error={errorFor(`hazards.${i}.kind`)}
              onChange={(event) => {
                const kind = event.target.value as HazardKind;
                update((c) => ({ ...c, hazards: replaceAt(c.hazards, i, (h) => ({ ...h, kind })) }));
              }}
            />
            <SelectField
              id={fieldId(`hazards.${i}.severity`)}
              label={`Hazard ${i + 1} severity`}
              placeholder={NOT_YET_RATED}
              options={optionsOf(SEVERITIES)}
              value={hazard.severity ?? ''}
              disabled={readOnly}
              error={errorFor(`hazards.${i}.severity`)}
              onChange={(event) => {
                const severity = event.target.value === '' ? null : (event.target.value as Severity);
                update((c) => ({ ...c, hazards: replaceAt(c.hazards, i, (h) => ({ ...h, severity })) }));
              }}
            />
          </div>
          <TextAreaField
            id={fieldId(`hazards.${i}.description`)}
            label={`Hazard ${i + 1} description`}
            value={hazard.description}
            readOnly={readOnly}
            error={errorFor(`hazards.${i}.description`)}
            onChange={(event) => {
              const description = event.target.value;
              update((c) => ({ ...c, hazards: replaceAt(c.hazards, i, (h) => ({ ...h, description })) }));
            }}
          />
          <RowButton
            hidden={readOnly}
            danger
            onClick={() => update((c) => ({ ...c, hazards: c.hazards.filter((_, j) => j !== i) }))}
          >
            Remove hazard {i + 1}
          </RowButton>
        </fieldset>
      ))}
      <RowButton
        hidden={readOnly}
        onClick={() => update((c) => ({ ...c, hazards: [...c.hazards, newHazard()] }))}
      >
        Add hazard
      </RowButton>
    </div>
  );
}

export function PathToHarmSection({ content, update, errorFor, readOnly }: SectionProps) {
  return (
    <div>
      <p className="muted">
        For each step between your work and real harm, rate how much the work makes that step easier, and say
        why.
      </p>
      <SectionError path="pathToHarm" message={errorFor('pathToHarm')} />
      {PATH_TO_HARM_STAGES.map((stage) => (
        <fieldset key={stage}>
          <legend>{labelOf(stage)}</legend>
          {content.pathToHarm.map((row, i) =>
            PATH_TO_HARM_STAGE_OF[row.factor] !== stage ? null : (
              <div key={row.factor} className="repeat-row">
                <h4>{labelOf(row.factor)}</h4>
                <SelectField
                  id={fieldId(`pathToHarm.${i}.rating`)}
                  label={`${labelOf(row.factor)}: rating`}
                  placeholder={NOT_YET_RATED}
                  options={optionsOf(RATINGS)}
                  value={row.rating ?? ''}
                  disabled={readOnly}
                  error={errorFor(`pathToHarm.${i}.rating`)}
                  onChange={(event) => {
                    const rating = event.target.value === '' ? null : (event.target.value as Rating);
                    update((c) => ({
                      ...c,
                      pathToHarm: replaceAt(c.pathToHarm, i, (r) => ({ ...r, rating })),
                    }));
                  }}
                />
                <TextAreaField
                  id={fieldId(`pathToHarm.${i}.justification`)}
                  label={`${labelOf(row.factor)}: justification`}
                  rows={3}
                  value={row.justification}
                  readOnly={readOnly}
                  error={errorFor(`pathToHarm.${i}.justification`)}
                  onChange={(event) => {
                    const justification = event.target.value;
                    update((c) => ({
                      ...c,
                      pathToHarm: replaceAt(c.pathToHarm, i, (r) => ({ ...r, justification })),
                    }));
                  }}
                />
              </div>
            ),
          )}
        </fieldset>
      ))}
    </div>
  );
}

export function AccessRatchetSection({ content, update, errorFor, readOnly }: SectionProps) {
  const error = errorFor('accessRatchetStage');
  return (
    <div>
      <fieldset aria-describedby={error ? 'access-ratchet-stage-error' : undefined}>
        <legend>How far the capability has already spread</legend>
        {ACCESS_RATCHET_STAGES.map((stage, i) => (
          <label key={stage} className="choice">
            <input
              id={i === 0 ? fieldId('accessRatchetStage') : undefined}
              type="radio"
              name="accessRatchetStage"
              value={stage}
              disabled={readOnly}
              checked={content.accessRatchetStage === stage}
              onChange={() => update((c) => ({ ...c, accessRatchetStage: stage as AccessRatchetStage }))}
            />
            {labelOf(stage)}
          </label>
        ))}
        {error ? (
          <p id="access-ratchet-stage-error" className="field__error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id={fieldId('accessRatchetJustification')}
        label="Why the capability is at this stage"
        value={content.accessRatchetJustification}
        readOnly={readOnly}
        error={errorFor('accessRatchetJustification')}
        onChange={(event) => {
          const accessRatchetJustification = event.target.value;
          update((c) => ({ ...c, accessRatchetJustification }));
        }}
      />
    </div>
  );
}

/** Every kind gets an answer: "applies" (with how) or "does not apply"; none is chosen at first. */
function AppliesRows({
  section,
  rows,
  update,
  errorFor,
  readOnly,
}: {
  section: 'indirectHarms' | 'mitigationChallenges';
  rows: readonly { kind: string; applies: boolean | null; description: string }[];
  update: ContentUpdate;
  errorFor: SectionProps['errorFor'];
  readOnly?: boolean | undefined;
}) {
  const change = (i: number, patch: Partial<{ applies: boolean; description: string }>) =>
    update((c) => {
      if (section === 'indirectHarms') {
        return { ...c, indirectHarms: replaceAt(c.indirectHarms, i, (r) => ({ ...r, ...patch })) };
      }
      return {
        ...c,
        mitigationChallenges: replaceAt(c.mitigationChallenges, i, (r) => ({ ...r, ...patch })),
      };
    });
  return (
    <div>
      <SectionError path={section} message={errorFor(section)} />
      {rows.map((row, i) => {
        const path = `${section}.${i}.applies`;
        const error = errorFor(path);
        const errorId = `${fieldId(path)}-error`;
        return (
          <fieldset key={row.kind} className="repeat-row" aria-describedby={error ? errorId : undefined}>
            <legend>{labelOf(row.kind)}</legend>
            <div className="choices-inline">
              {([true, false] as const).map((answer) => (
                <label key={String(answer)} className="choice">
                  <input
                    id={answer ? fieldId(path) : undefined}
                    type="radio"
                    name={`${section}-${row.kind}`}
                    checked={row.applies === answer}
                    disabled={readOnly}
                    onChange={() => change(i, { applies: answer })}
                  />
                  {answer ? 'Applies to this work' : 'Does not apply'}
                </label>
              ))}
            </div>
            {error ? (
              <p id={errorId} className="field__error">
                {error}
              </p>
            ) : null}
            {row.applies ? (
              <TextAreaField
                id={fieldId(`${section}.${i}.description`)}
                label={`How ${labelOf(row.kind)} applies`}
                rows={3}
                value={row.description}
                readOnly={readOnly}
                error={errorFor(`${section}.${i}.description`)}
                onChange={(event) => change(i, { description: event.target.value })}
              />
            ) : null}
          </fieldset>
        );
      })}
    </div>
  );
}

export function IndirectHarmsSection({ content, update, errorFor, readOnly }: SectionProps) {
  return (
    <div>
      <p className="muted">
        Harms that come about indirectly: for example by making genuine recordings easier to dismiss as fakes,
        or by locking people into systems that are hard to change later. Say for each whether it applies.
      </p>
      <AppliesRows
        section="indirectHarms"
        rows={content.indirectHarms}
        update={update}
        errorFor={errorFor}
        readOnly={readOnly}
      />
    </div>
  );
}

export function MitigationChallengesSection({ content, update, errorFor, readOnly }: SectionProps) {
  return (
    <div>
      <p className="muted">
        Reasons why reducing the risks of this work may be hard. Say for each whether it applies.
      </p>
      <AppliesRows
        section="mitigationChallenges"
        rows={content.mitigationChallenges}
        update={update}
        errorFor={errorFor}
        readOnly={readOnly}
      />
    </div>
  );
}

export function BenefitsSection({ content, update, errorFor, readOnly }: SectionProps) {
  return (
    <div>
      <TextAreaField
        id={fieldId('benefits')}
        label="Benefits of the work"
        rows={5}
        value={content.benefits}
        readOnly={readOnly}
        error={errorFor('benefits')}
        onChange={(event) => {
          const benefits = event.target.value;
          update((c) => ({ ...c, benefits }));
        }}
      />
      <fieldset>
        <legend>Groups of people the work may affect</legend>
        <SectionError path="affectedGroups" message={errorFor('affectedGroups')} />
        {content.affectedGroups.map((group, i) => (
          <div key={i} className="row row--field">
            <TextField
              id={fieldId(`affectedGroups.${i}`)}
              label={`Affected group ${i + 1}`}
              value={group}
              readOnly={readOnly}
              error={errorFor(`affectedGroups.${i}`)}
              onChange={(event) => {
                const value = event.target.value;
                update((c) => ({ ...c, affectedGroups: replaceAt(c.affectedGroups, i, () => value) }));
              }}
            />
            <RowButton
              hidden={readOnly}
              danger
              onClick={() =>
                update((c) => ({ ...c, affectedGroups: c.affectedGroups.filter((_, j) => j !== i) }))
              }
            >
              Remove group {i + 1}
            </RowButton>
          </div>
        ))}
        <RowButton
          hidden={readOnly}
          onClick={() => update((c) => ({ ...c, affectedGroups: [...c.affectedGroups, ''] }))}
        >
          Add affected group
        </RowButton>
      </fieldset>
    </div>
  );
}

export function MitigationsSection({ content, update, errorFor, readOnly }: SectionProps) {
  return (
    <div>
      <p className="muted">
        What you do to reduce the risk of misuse: asking for consent, making outputs detectable or
        watermarked, keeping a reference record, constraining what can be synthesised, or other measures.
      </p>
      <SectionError path="mitigations" message={errorFor('mitigations')} />
      {content.mitigations.map((mitigation, i) => (
        <fieldset key={i} className="repeat-row" id={fieldId(`mitigations.${i}`)}>
          <legend>Mitigation {i + 1}</legend>
          <SelectField
            id={fieldId(`mitigations.${i}.kind`)}
            label={`Mitigation ${i + 1} kind`}
            options={optionsOf(MITIGATION_KINDS)}
            value={mitigation.kind}
            disabled={readOnly}
            error={errorFor(`mitigations.${i}.kind`)}
            onChange={(event) => {
              const kind = event.target.value as MitigationKind;
              update((c) => ({ ...c, mitigations: replaceAt(c.mitigations, i, (m) => ({ ...m, kind })) }));
            }}
          />
          <TextAreaField
            id={fieldId(`mitigations.${i}.description`)}
            label={`Mitigation ${i + 1} description`}
            value={mitigation.description}
            readOnly={readOnly}
            error={errorFor(`mitigations.${i}.description`)}
            onChange={(event) => {
              const description = event.target.value;
              update((c) => ({
                ...c,
                mitigations: replaceAt(c.mitigations, i, (m) => ({ ...m, description })),
              }));
            }}
          />
          <RowButton
            hidden={readOnly}
            danger
            onClick={() => update((c) => ({ ...c, mitigations: c.mitigations.filter((_, j) => j !== i) }))}
          >
            Remove mitigation {i + 1}
          </RowButton>
        </fieldset>
      ))}
      <RowButton
        hidden={readOnly}
        onClick={() =>
          update((c) => ({
            ...c,
            mitigations: [...c.mitigations, { kind: 'detectability', description: '' }],
          }))
        }
      >
        Add mitigation
      </RowButton>
    </div>
  );
}

export function ReleasePlanSection({ content, artifacts, update, errorFor, readOnly }: SectionProps) {
  const change = (i: number, patch: Partial<ReleasePlanItem>) =>
    update((c) => ({ ...c, releasePlan: replaceAt(c.releasePlan, i, (item) => ({ ...item, ...patch })) }));
  // An artifact still without a name is called as the details list it ("Artifact 2").
  const nameOf = (key: string) => {
    const index = artifacts.findIndex((a) => a.key === key);
    return artifacts[index]?.name.trim() || `Artifact ${index + 1}`;
  };
  return (
    <div>
      <p className="muted">For each artifact: how much of it is released, when, and to whom.</p>
      <SectionError path="releasePlan" message={errorFor('releasePlan')} />
      {content.releasePlan.length === 0 ? (
        <p className="muted">Add artifacts in the submission details to plan their release.</p>
      ) : null}
      {content.releasePlan.map((item, i) => {
        const at = `releasePlan.${i}`;
        const name = nameOf(item.artifactKey);
        return (
          <fieldset key={item.artifactKey} className="repeat-row" id={fieldId(at)}>
            <legend>Release of “{name}”</legend>
            <SectionError path={`${at}.artifactKey`} message={errorFor(`${at}.artifactKey`)} />
            <div className="grid-2">
              <SelectField
                id={fieldId(`${at}.contentLevel`)}
                label={`${name}: content level`}
                options={optionsOf(CONTENT_LEVELS)}
                value={item.contentLevel}
                disabled={readOnly}
                error={errorFor(`${at}.contentLevel`)}
                onChange={(event) => change(i, { contentLevel: event.target.value as ContentLevel })}
              />
              <SelectField
                id={fieldId(`${at}.timing`)}
                label={`${name}: timing`}
                options={optionsOf(RELEASE_TIMINGS)}
                value={item.timing}
                disabled={readOnly}
                error={errorFor(`${at}.timing`)}
                onChange={(event) => change(i, { timing: event.target.value as ReleaseTiming })}
              />
              <SelectField
                id={fieldId(`${at}.distribution`)}
                label={`${name}: distribution`}
                options={optionsOf(RELEASE_DISTRIBUTIONS)}
                value={item.distribution}
                disabled={readOnly}
                error={errorFor(`${at}.distribution`)}
                onChange={(event) => change(i, { distribution: event.target.value as ReleaseDistribution })}
              />
              {item.timing === 'timed' ? (
                <TextField
                  id={fieldId(`${at}.embargoUntil`)}
                  label={`${name}: embargo lifts on`}
                  type="date"
                  value={item.embargoUntil ?? ''}
                  readOnly={readOnly}
                  error={errorFor(`${at}.embargoUntil`)}
                  onChange={(event) => change(i, { embargoUntil: event.target.value || null })}
                />
              ) : null}
              {item.timing === 'periodic_evaluation' ? (
                <TextField
                  id={fieldId(`${at}.reviewEveryMonths`)}
                  label={`${name}: months between re-evaluations`}
                  type="number"
                  min={1}
                  max={60}
                  inputMode="numeric"
                  value={item.reviewEveryMonths ?? ''}
                  readOnly={readOnly}
                  error={errorFor(`${at}.reviewEveryMonths`)}
                  onChange={(event) => {
                    const months = event.target.value === '' ? null : Number(event.target.value);
                    change(i, {
                      reviewEveryMonths: months !== null && Number.isFinite(months) ? months : null,
                    });
                  }}
                />
              ) : null}
            </div>
            {item.timing === 'evented' ? (
              <TextAreaField
                id={fieldId(`${at}.releaseEvent`)}
                label={`${name}: the external event that releases it`}
                rows={2}
                value={item.releaseEvent}
                readOnly={readOnly}
                error={errorFor(`${at}.releaseEvent`)}
                onChange={(event) => change(i, { releaseEvent: event.target.value })}
              />
            ) : null}
            {item.timing === 'staged' ? (
              <fieldset>
                <legend>Stages of “{name}”</legend>
                <SectionError path={`${at}.stages`} message={errorFor(`${at}.stages`)} />
                {item.stages.map((stage, j) => (
                  <div key={j} className="repeat-row">
                    <TextField
                      id={fieldId(`${at}.stages.${j}.description`)}
                      label={`Stage ${j + 1}: what it releases`}
                      value={stage.description}
                      readOnly={readOnly}
                      error={errorFor(`${at}.stages.${j}.description`)}
                      onChange={(event) =>
                        change(i, {
                          stages: replaceAt(item.stages, j, (s) => ({
                            ...s,
                            description: event.target.value,
                          })),
                        })
                      }
                    />
                    <div className="grid-2">
                      <TextField
                        id={fieldId(`${at}.stages.${j}.opensOn`)}
                        label={`Stage ${j + 1}: opens on`}
                        type="date"
                        value={stage.opensOn ?? ''}
                        readOnly={readOnly}
                        error={errorFor(`${at}.stages.${j}.opensOn`)}
                        onChange={(event) =>
                          change(i, {
                            stages: replaceAt(item.stages, j, (s) => ({
                              ...s,
                              opensOn: event.target.value || null,
                            })),
                          })
                        }
                      />
                      <TextField
                        id={fieldId(`${at}.stages.${j}.trigger`)}
                        label={`Stage ${j + 1}: or opens when`}
                        value={stage.trigger}
                        readOnly={readOnly}
                        error={errorFor(`${at}.stages.${j}.trigger`)}
                        onChange={(event) =>
                          change(i, {
                            stages: replaceAt(item.stages, j, (s) => ({ ...s, trigger: event.target.value })),
                          })
                        }
                      />
                    </div>
                    <RowButton
                      hidden={readOnly}
                      danger
                      onClick={() => change(i, { stages: item.stages.filter((_, k) => k !== j) })}
                    >
                      Remove stage {j + 1}
                    </RowButton>
                  </div>
                ))}
                <RowButton
                  hidden={readOnly}
                  onClick={() =>
                    change(i, { stages: [...item.stages, { description: '', opensOn: null, trigger: '' }] })
                  }
                >
                  Add stage
                </RowButton>
              </fieldset>
            ) : null}
            {item.distribution !== 'public' ? (
              <TextAreaField
                id={fieldId(`${at}.accessConditions`)}
                label={`${name}: access conditions`}
                hint="Who may get access, and on what conditions."
                rows={3}
                value={item.accessConditions}
                readOnly={readOnly}
                error={errorFor(`${at}.accessConditions`)}
                onChange={(event) => change(i, { accessConditions: event.target.value })}
              />
            ) : null}
          </fieldset>
        );
      })}
    </div>
  );
}

export const SECTION_COMPONENTS = {
  summary: SummarySection,
  hazards: HazardsSection,
  pathToHarm: PathToHarmSection,
  accessRatchet: AccessRatchetSection,
  indirectHarms: IndirectHarmsSection,
  mitigationChallenges: MitigationChallengesSection,
  benefits: BenefitsSection,
  mitigations: MitigationsSection,
  releasePlan: ReleasePlanSection,
} as const;
