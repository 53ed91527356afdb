// What still blocks submission, grouped by part of the editor. It takes focus (and scrolls into
// view) each time a submit fails, wherever the author was on the page; each problem links to, and
// focuses, the field it is about.
import { useEffect, useRef } from 'react';
import { sectionOfPath, STATEMENT_SECTIONS } from '@impact-review/domain';
import type { FieldProblem } from '../../../lib/errors';
import { fieldId, focusField } from '../../../lib/fieldIds';
import { countOf } from '../../../lib/format';
import { PART_TITLES, partAnchor } from '../../../components/SectionNav';
import type { EditorPart } from '../../../components/SectionNav';

function groupByPart(problems: readonly FieldProblem[]): [EditorPart, FieldProblem[]][] {
  const groups = new Map<EditorPart, FieldProblem[]>();
  for (const problem of problems) {
    const part = sectionOfPath(problem.path) ?? 'details';
    groups.set(part, [...(groups.get(part) ?? []), problem]);
  }
  const order: EditorPart[] = ['details', ...STATEMENT_SECTIONS];
  return order.filter((part) => groups.has(part)).map((part) => [part, groups.get(part) ?? []]);
}

export function ErrorSummary({
  message,
  problems,
  focusRequest,
}: {
  message: string;
  problems: readonly FieldProblem[];
  /** Bumped by each failed submit: the summary then takes focus again. */
  focusRequest: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusRequest === 0) return;
    ref.current?.scrollIntoView?.({ block: 'start' });
    ref.current?.focus({ preventScroll: true });
  }, [focusRequest]);

  return (
    <div
      ref={ref}
      className="alert alert--error error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      data-testid="submit-problems"
    >
      <h2 id="error-summary-title" className="h3">
        {message}
      </h2>
      {problems.length > 0 ? (
        <p>{countOf(problems.length, 'part still needs', 'parts still need')} attention:</p>
      ) : null}
      {groupByPart(problems).map(([part, list]) => (
        <div key={part}>
          <h3 className="error-summary__part">
            <a href={`#${partAnchor(part)}`}>{PART_TITLES[part]}</a>
          </h3>
          <ul>
            {list.map((problem, i) => (
              <li key={`${problem.path}-${i}`}>
                <a
                  href={`#${fieldId(problem.path)}`}
                  onClick={(event) => {
                    if (focusField(problem.path, partAnchor(part))) event.preventDefault();
                  }}
                >
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
