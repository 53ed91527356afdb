import { TextAreaField, TextField } from '../../../components/FormFields';
import { fieldId } from '../../../lib/fieldIds';
import { RepeatableRows, removeAt, replaceAt } from './RepeatableRows';
import { SectionError } from './sectionParts';
import type { SectionProps } from './sectionParts';

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
        <RepeatableRows
          items={content.affectedGroups}
          readOnly={readOnly}
          addLabel="Add affected group"
          onAdd={() => update((c) => ({ ...c, affectedGroups: [...c.affectedGroups, ''] }))}
          removeLabel={(i) => `Remove group ${i + 1}`}
          onRemove={(i) => update((c) => ({ ...c, affectedGroups: removeAt(c.affectedGroups, i) }))}
        >
          {(group, i, removeButton) => (
            <div className="row row--field">
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
              {removeButton}
            </div>
          )}
        </RepeatableRows>
      </fieldset>
    </div>
  );
}
