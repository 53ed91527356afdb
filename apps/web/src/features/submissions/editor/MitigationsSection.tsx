import { MITIGATION_KINDS } from '@impact-review/domain';
import type { MitigationKind } from '@impact-review/domain';
import { SelectField, TextAreaField } from '../../../components/FormFields';
import { fieldId } from '../../../lib/fieldIds';
import { RepeatableRows, removeAt, replaceAt } from './RepeatableRows';
import { optionsOf, SectionError } from './sectionParts';
import type { SectionProps } from './sectionParts';

export function MitigationsSection({ content, update, errorFor, readOnly }: SectionProps) {
  return (
    <div>
      <p className="muted">
        What you do to reduce the risk of misuse: asking for consent, making outputs detectable or
        watermarked, keeping a reference record, constraining what can be synthesised, or other measures.
      </p>
      <SectionError path="mitigations" message={errorFor('mitigations')} />
      <RepeatableRows
        items={content.mitigations}
        readOnly={readOnly}
        addLabel="Add mitigation"
        onAdd={() =>
          update((c) => ({
            ...c,
            mitigations: [...c.mitigations, { kind: 'detectability', description: '' }],
          }))
        }
        removeLabel={(i) => `Remove mitigation ${i + 1}`}
        onRemove={(i) => update((c) => ({ ...c, mitigations: removeAt(c.mitigations, i) }))}
      >
        {(mitigation, i, removeButton) => (
          <fieldset className="repeat-row" id={fieldId(`mitigations.${i}`)}>
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
            {removeButton}
          </fieldset>
        )}
      </RepeatableRows>
    </div>
  );
}
