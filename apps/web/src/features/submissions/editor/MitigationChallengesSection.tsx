import { AppliesRows } from './AppliesRows';
import type { SectionProps } from './sectionParts';

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
