import { SECTION_TITLES } from '@impact-review/domain';
import type { StatementSection } from '@impact-review/domain';

/** A part of the editor: the submission details, then each statement section. */
export type EditorPart = 'details' | StatementSection;

export interface SectionState {
  section: EditorPart;
  complete: boolean;
  errors: readonly { path: string; message: string }[];
}

export const PART_TITLES: Readonly<Record<EditorPart, string>> = {
  details: 'Submission details',
  ...SECTION_TITLES,
};

/** Where each part of the editor starts. */
export function partAnchor(part: EditorPart): string {
  return part === 'details' ? 'submission-details' : `section-${part}`;
}

/** The editor's parts with whether each is ready for submission; the words carry the state. */
export function SectionNav({
  sections,
  current,
  onSelect,
}: {
  sections: readonly SectionState[];
  current?: EditorPart | undefined;
  onSelect?: (section: EditorPart) => void;
}) {
  const done = sections.filter((s) => s.complete).length;
  return (
    <nav className="section-nav card" aria-label="Statement sections">
      <p className="small muted">
        {done} of {sections.length} sections complete
      </p>
      <ol>
        {sections.map((state) => {
          const missing = state.errors.length;
          const statusText = state.complete
            ? 'Complete'
            : missing > 0
              ? `Incomplete (${missing})`
              : 'Incomplete';
          return (
            <li key={state.section}>
              <a
                href={`#${partAnchor(state.section)}`}
                aria-current={current === state.section ? 'true' : undefined}
                onClick={() => onSelect?.(state.section)}
              >
                <span>{PART_TITLES[state.section]}</span>
                <span
                  className={`section-status section-status--${state.complete ? 'complete' : 'incomplete'}`}
                  data-section-status={state.complete ? 'complete' : 'incomplete'}
                >
                  <span aria-hidden="true">{state.complete ? '✓ ' : '○ '}</span>
                  {statusText}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
