import { CONTENT_LEVELS, RELEASE_DISTRIBUTIONS, RELEASE_TIMINGS } from '@impact-review/domain';
import type {
  ContentLevel,
  ReleaseDistribution,
  ReleasePlanItem,
  ReleaseTiming,
} from '@impact-review/domain';
import { SelectField, TextAreaField, TextField } from '../../../components/FormFields';
import { fieldId } from '../../../lib/fieldIds';
import { RepeatableRows, removeAt, replaceAt } from './RepeatableRows';
import { optionsOf, SectionError } from './sectionParts';
import type { SectionProps } from './sectionParts';

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
                <RepeatableRows
                  items={item.stages}
                  readOnly={readOnly}
                  addLabel="Add stage"
                  onAdd={() =>
                    change(i, { stages: [...item.stages, { description: '', opensOn: null, trigger: '' }] })
                  }
                  removeLabel={(j) => `Remove stage ${j + 1}`}
                  onRemove={(j) => change(i, { stages: removeAt(item.stages, j) })}
                >
                  {(stage, j, removeButton) => (
                    <div className="repeat-row">
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
                              stages: replaceAt(item.stages, j, (s) => ({
                                ...s,
                                trigger: event.target.value,
                              })),
                            })
                          }
                        />
                      </div>
                      {removeButton}
                    </div>
                  )}
                </RepeatableRows>
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
