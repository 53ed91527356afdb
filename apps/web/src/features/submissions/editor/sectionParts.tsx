// What every statement section shares: its props, how it changes the content, and how it shows a
// problem of a whole group. Each section edits the domain's ImpactStatementContent (the shape the
// API stores) through `update`; every input's id comes from its path (fieldId), so the error summary
// can take the author to it.
import { labelOf } from '@impact-review/domain';
import type { Artifact, ImpactStatementContent } from '@impact-review/domain';
import { fieldId } from '../../../lib/fieldIds';

export type ContentUpdate = (change: (content: ImpactStatementContent) => ImpactStatementContent) => void;

export interface SectionProps {
  content: ImpactStatementContent;
  artifacts: readonly Artifact[];
  update: ContentUpdate;
  errorFor: (path: string) => string | undefined;
  readOnly?: boolean;
}

/** The first option of a choice not made yet: "not yet rated" is a state, never a default answer. */
export const NOT_YET_RATED = 'Not yet rated';

export function optionsOf(values: readonly string[]) {
  return values.map((value) => ({ value, label: labelOf(value) }));
}

/** A problem of a whole group (no hazard yet, a factor missing); the summary links here by path. */
export function SectionError({ path, message }: { path: string; message: string | undefined }) {
  return message ? (
    <p id={fieldId(path)} className="field__error" tabIndex={-1}>
      {message}
    </p>
  ) : null;
}
