import { TextAreaField } from '../../../components/FormFields';
import { fieldId } from '../../../lib/fieldIds';
import type { SectionProps } from './sectionParts';

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
