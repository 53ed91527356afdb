import { HAZARD_KINDS, newHazard, SEVERITIES } from '@impact-review/domain';
import type { HazardKind, Severity } from '@impact-review/domain';
import { SelectField, TextAreaField } from '../../../components/FormFields';
import { fieldId } from '../../../lib/fieldIds';
import { RepeatableRows, removeAt, replaceAt } from './RepeatableRows';
import { NOT_YET_RATED, optionsOf, SectionError } from './sectionParts';
import type { SectionProps } from './sectionParts';

export function HazardsSection({ content, update, errorFor, readOnly }: SectionProps) {
  return (
    <div>
      <p className="muted">
        What could go wrong because of this work: harm from the product itself, from the data it reveals, or
        from the attention it draws to a dangerous idea. A hazard counts towards the tier once it is rated and
        described.
      </p>
      <SectionError path="hazards" message={errorFor('hazards')} />
      <RepeatableRows
        items={content.hazards}
        readOnly={readOnly}
        addLabel="Add hazard"
        onAdd={() => update((c) => ({ ...c, hazards: [...c.hazards, newHazard()] }))}
        removeLabel={(i) => `Remove hazard ${i + 1}`}
        onRemove={(i) => update((c) => ({ ...c, hazards: removeAt(c.hazards, i) }))}
      >
        {(hazard, i, removeButton) => (
          <fieldset className="repeat-row" id={fieldId(`hazards.${i}`)}>
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
            {removeButton}
          </fieldset>
        )}
      </RepeatableRows>
    </div>
  );
}
