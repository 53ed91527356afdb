import { labelOf } from '@impact-review/domain';
import { TextAreaField } from '../../../components/FormFields';
import { fieldId } from '../../../lib/fieldIds';
import { replaceAt } from './RepeatableRows';
import { SectionError } from './sectionParts';
import type { ContentUpdate, SectionProps } from './sectionParts';

/** Every kind gets an answer: "applies" (with how) or "does not apply"; none is chosen at first. */
export function AppliesRows({
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
