import { AppliesRows } from './AppliesRows';
import type { SectionProps } from './sectionParts';

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
