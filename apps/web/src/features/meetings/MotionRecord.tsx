// A closed motion: its state, the server's result sentence, the tally drawn against the majority it
// needed, and who voted how.
import { VOTE_CHOICES } from '@impact-review/domain';
import type { MotionRecordFieldsFragment } from '../../gql/graphql';
import { VOTE_LABELS } from './VotePanel';

export interface Tally {
  for: number;
  against: number;
  abstain: number;
  /** Members counted when it was closed (present, voting, not recused). */
  counted: number;
  /** Votes for it needed to pass: a majority of those counted. */
  needed: number;
}

/**
 * The tally of a closed motion. The counted members and the majority come from the result the
 * server wrote ("2 of 5 members present voted for; 3 needed"); without them (a withdrawn motion),
 * from the votes cast.
 */
export function tallyOf(
  motion: Pick<MotionRecordFieldsFragment, 'for' | 'against' | 'abstain' | 'result'>,
): Tally | null {
  if (motion.for === null || motion.against === null || motion.abstain === null) return null;
  const cast = motion.for + motion.against + motion.abstain;
  const present = /(\d+) of (\d+) members present/.exec(motion.result ?? '');
  const needed = /(\d+) needed/.exec(motion.result ?? '');
  const counted = present ? Number(present[2]) : cast;
  return {
    for: motion.for,
    against: motion.against,
    abstain: motion.abstain,
    counted: Math.max(counted, cast),
    needed: needed ? Number(needed[1]) : Math.floor(counted / 2) + 1,
  };
}

const STATE_BADGES: Readonly<Record<string, { label: string; tone: string }>> = {
  passed: { label: 'Passed', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  withdrawn: { label: 'Withdrawn', tone: 'neutral' },
  open: { label: 'Open', tone: 'info' },
};

export function MotionStateBadge({ state }: { state: string }) {
  const badge = STATE_BADGES[state] ?? { label: state, tone: 'neutral' };
  return <span className={`badge badge--${badge.tone}`}>{badge.label}</span>;
}

/** The votes as one bar (for, against, abstaining, not voting) with a mark where a majority lies. */
export function TallyChart({ tally }: { tally: Tally }) {
  const total = Math.max(1, tally.counted);
  const silent = Math.max(0, tally.counted - tally.for - tally.against - tally.abstain);
  const parts = [
    { key: 'for', count: tally.for },
    { key: 'against', count: tally.against },
    { key: 'abstain', count: tally.abstain },
    { key: 'silent', count: silent },
  ];
  const width = 300;
  const markX = Math.min(width, (tally.needed / total) * width);
  const summary = `${tally.for} for, ${tally.against} against, ${tally.abstain} abstaining${
    silent ? `, ${silent} not voting` : ''
  }, of ${tally.counted} counted; ${tally.needed} for needed to pass.`;
  let x = 0;
  return (
    <figure className="tally">
      <svg
        viewBox={`0 0 ${width} 34`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
        className="tally__chart"
      >
        {parts.map((part) => {
          const w = (part.count / total) * width;
          const rect =
            w > 0 ? (
              <rect
                key={part.key}
                x={x}
                y={4}
                width={w}
                height={18}
                className={`tally__part tally__part--${part.key}`}
              />
            ) : null;
          x += w;
          return rect;
        })}
        <line x1={markX} x2={markX} y1={0} y2={26} className="tally__mark" />
      </svg>
      <figcaption className="tally__legend small">
        <span className="tally__key tally__key--for">For {tally.for}</span>
        <span className="tally__key tally__key--against">Against {tally.against}</span>
        <span className="tally__key tally__key--abstain">Abstain {tally.abstain}</span>
        {silent ? <span className="tally__key tally__key--silent">Not voting {silent}</span> : null}
        <span className="tally__key tally__key--mark">
          Majority: {tally.needed} of {tally.counted}
        </span>
      </figcaption>
    </figure>
  );
}

/** A closed motion; `itemLabel` names its item where motions of several items are listed together. */
export function MotionRecord({
  motion,
  itemLabel,
}: {
  motion: MotionRecordFieldsFragment;
  itemLabel?: string;
}) {
  const tally = tallyOf(motion);
  return (
    <article className="motion-record" aria-label={`Motion: ${motion.text}`}>
      <div className="row row--between">
        <p className="small muted motion-record__item">{itemLabel ?? 'Motion'}</p>
        <MotionStateBadge state={motion.state} />
      </div>
      <p className="motion-record__text">“{motion.text}”</p>
      <p className="small">
        Proposes: <strong>{motion.proposedOutcomeLabel}</strong>
      </p>
      {motion.conditions.length > 0 ? (
        <ul className="small motion-record__conditions">
          {motion.conditions.map((condition, i) => (
            <li key={i}>{condition}</li>
          ))}
        </ul>
      ) : null}
      {motion.result ? <p className="motion-record__result">{motion.result}</p> : null}
      {tally && motion.state !== 'withdrawn' ? <TallyChart tally={tally} /> : null}
      {motion.votes.length > 0 ? (
        <dl className="votes-by-choice small">
          {VOTE_CHOICES.map((choice) => {
            const people = motion.votes.filter((v) => v.choice === choice).map((v) => v.person.name);
            return (
              <div key={choice} className="votes-by-choice__row">
                <dt>{VOTE_LABELS[choice]}</dt>
                <dd>{people.length > 0 ? people.join(', ') : '—'}</dd>
              </div>
            );
          })}
        </dl>
      ) : motion.state !== 'open' ? (
        <p className="small muted">No votes were cast.</p>
      ) : null}
    </article>
  );
}
