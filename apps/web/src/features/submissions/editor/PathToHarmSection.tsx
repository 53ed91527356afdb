import { labelOf, PATH_TO_HARM_STAGE_OF, PATH_TO_HARM_STAGES, RATINGS } from '@impact-review/domain';
import type { Rating } from '@impact-review/domain';
import { SelectField, TextAreaField } from '../../../components/FormFields';
import { fieldId } from '../../../lib/fieldIds';
import { replaceAt } from './RepeatableRows';
import { NOT_YET_RATED, optionsOf, SectionError } from './sectionParts';
import type { SectionProps } from './sectionParts';

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
