import { ACCESS_RATCHET_STAGES, labelOf } from '@impact-review/domain';
import type { AccessRatchetStage } from '@impact-review/domain';
import { TextAreaField } from '../../../components/FormFields';
import { fieldId } from '../../../lib/fieldIds';
import type { SectionProps } from './sectionParts';

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
