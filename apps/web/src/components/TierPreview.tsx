import { labelOf, SECTION_TITLES } from '@impact-review/domain';
import type { StatementSection, Tier } from '@impact-review/domain';
import { TierBadge } from './TierBadge';

export interface TierSuggestionView {
  tier: Tier;
  score: number;
  drivers: readonly {
    path: string;
    section: StatementSection;
    answer: string;
    points: number;
    floor: Tier | null;
    reason: string;
  }[];
}

/** The rubric's suggestion and the answers that drove it, strongest first. */
export function TierDrivers({ suggestion }: { suggestion: TierSuggestionView }) {
  const drivers = [...suggestion.drivers].sort((a, b) => b.points - a.points);
  if (drivers.length === 0) return <p className="muted small">No answer raised the tier.</p>;
  return (
    <ul className="drivers">
      {drivers.map((driver) => (
        <li key={`${driver.path}-${driver.reason}`}>
          <strong>{SECTION_TITLES[driver.section]}</strong>: {driver.answer}
          {driver.points > 0 ? ` (+${driver.points})` : ''}
          {driver.floor ? ` — at least ${labelOf(driver.floor)}` : ''}
          <br />
          <span className="muted small">{driver.reason}</span>
        </li>
      ))}
    </ul>
  );
}

/** The suggested tier, its score and the answers that drove it. */
export function SuggestionDetails({ suggestion }: { suggestion: TierSuggestionView }) {
  return (
    <>
      <p className="row">
        <TierBadge tier={suggestion.tier} suggested />
        <span className="muted small">Score {suggestion.score}</span>
      </p>
      <TierDrivers suggestion={suggestion} />
    </>
  );
}

export function TierPreview({ suggestion, title = 'Suggested tier' }: { suggestion: TierSuggestionView | null; title?: string }) {
  return (
    <section className="card" aria-labelledby="tier-preview-title" aria-live="polite">
      <h2 id="tier-preview-title" className="h3">
        {title}
      </h2>
      {suggestion ? (
        <SuggestionDetails suggestion={suggestion} />
      ) : (
        <p className="muted small">Appears once the draft is saved.</p>
      )}
    </section>
  );
}
