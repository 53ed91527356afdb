import { SECTION_TITLES } from '@impact-review/domain';
import type { StatementSection } from '@impact-review/domain';

export interface SectionState {
  section: StatementSection;
  complete: boolean;
  errors: readonly { path: string; message: string }[];
}

/** The statement's sections with whether each is ready for submission; the words carry the state. */
export function SectionNav({
  sections,
  current,
  onSelect,
}: {
  sections: readonly SectionState[];
  current?: StatementSection | undefined;
  onSelect?: (section: StatementSection) => void;
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
          const statusText = state.complete ? 'Complete' : missing > 0 ? `Incomplete (${missing})` : 'Incomplete';
          return (
            <li key={state.section}>
              <a
                href={`#section-${state.section}`}
                aria-current={current === state.section ? 'true' : undefined}
                onClick={() => onSelect?.(state.section)}
              >
                <span>{SECTION_TITLES[state.section]}</span>
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
