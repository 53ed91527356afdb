// The reviewers' recommendations counted by outcome, as a small bar chart for the chair deciding:
// one row per outcome, its bar as long as its share of the largest, its count written beside it.
// Screen readers get the same in one sentence (tallySentence).
import type { ReevaluationFieldsFragment } from '../../gql/graphql';
import { OUTCOME_TONES, tallyRows, tallySentence } from './reevaluationWords';

export function RecommendationTally({ tally }: { tally: ReevaluationFieldsFragment['tally'] }) {
  const rows = tallyRows(tally);
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <div className="recommendation-tally" role="img" aria-label={tallySentence(rows)}>
      {rows.map((row) => (
        <div key={row.outcome} className="recommendation-tally__row">
          <span className="recommendation-tally__label">{row.label}</span>
          <span className="recommendation-tally__track">
            <span
              className={`recommendation-tally__bar recommendation-tally__bar--${OUTCOME_TONES[row.outcome]}`}
              style={{ width: `${(row.count / max) * 100}%` }}
            />
          </span>
          <span className="recommendation-tally__count">{row.count}</span>
        </div>
      ))}
    </div>
  );
}
