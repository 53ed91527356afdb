import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { SelectField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { countOf, formatDateTime } from '../../lib/format';
import { CompareVersionsQuery } from './submission.operations';

/** Any two versions, their details and then section by section, with each changed answer before and after. */
export function VersionCompare({
  submissionId,
  versions,
}: {
  submissionId: string;
  versions: readonly { number: number; submittedAt: string }[];
}) {
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  const [from, setFrom] = useState(numbers[numbers.length - 2] ?? 1);
  const [to, setTo] = useState(numbers[numbers.length - 1] ?? 1);
  const options = versions.map((v) => ({
    value: String(v.number),
    label: `Version ${v.number} (${formatDateTime(v.submittedAt)})`,
  }));
  const { data, loading, error, refetch } = useQuery(CompareVersionsQuery, {
    variables: { id: submissionId, from, to },
    skip: from === to,
  });

  return (
    <section className="card" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare versions</h2>
      <div className="filters">
        <SelectField
          label="From version"
          options={options}
          value={String(from)}
          onChange={(e) => setFrom(Number(e.target.value))}
        />
        <SelectField
          label="To version"
          options={options}
          value={String(to)}
          onChange={(e) => setTo(Number(e.target.value))}
        />
      </div>
      <div aria-live="polite">
        {from === to ? (
          <p className="muted">Choose two different versions.</p>
        ) : !data ? (
          <QueryState query={{ data, loading, error, refetch }} loadingLabel="Comparing…" />
        ) : (
          data.submission.compareVersions.map((section) => (
            <section key={section.section} aria-labelledby={`cmp-${section.section}`} className="repeat-row">
              <h3 id={`cmp-${section.section}`}>
                {section.title}{' '}
                <span className="muted small">
                  {section.changed ? countOf(section.changes.length, 'change') : 'unchanged'}
                </span>
              </h3>
              {section.changes.map((change) => (
                <div key={change.path} className="stack">
                  <h4>{change.label}</h4>
                  <div className="diff">
                    <div className="diff__before">
                      <span className="visually-hidden">Before (version {from}): </span>
                      <strong aria-hidden="true">Before</strong>
                      <br />
                      {change.before ?? <em>(none)</em>}
                    </div>
                    <div className="diff__after">
                      <span className="visually-hidden">After (version {to}): </span>
                      <strong aria-hidden="true">After</strong>
                      <br />
                      {change.after ?? <em>(none)</em>}
                    </div>
                  </div>
                </div>
              ))}
            </section>
          ))
        )}
      </div>
    </section>
  );
}
