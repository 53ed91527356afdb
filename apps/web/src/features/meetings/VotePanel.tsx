// A member's vote on the open motion: three buttons, the one chosen pressed. When the domain's rule
// says the member may not vote (recused, not checked in, no vote in this meeting) the buttons are
// disabled and the reason is written beside them; when the server refuses anyway, its reason shows.
import { voteRefusal, VOTE_CHOICES } from '@impact-review/domain';
import type { VoteChoice } from '@impact-review/domain';
import type { OpenMotionFieldsFragment } from '../../gql/graphql';
import { countOf } from '../../lib/format';

export const VOTE_LABELS: Readonly<Record<VoteChoice, string>> = {
  for: 'For',
  against: 'Against',
  abstain: 'Abstain',
};

export interface VoterFacts {
  /** A member of the meeting. */
  member: boolean;
  /** A member with a vote. */
  voting: boolean;
  /** Checked in as present. */
  present: boolean;
  /** Recused from the motion's item (conflicted with the statement). */
  recused: boolean;
}

export function VotePanel({
  motion,
  facts,
  counted,
  busy = false,
  error = null,
  onVote,
}: {
  motion: OpenMotionFieldsFragment;
  facts: VoterFacts;
  /** Members counted for the item (present, voting, not recused): the most votes there can be. */
  counted: number;
  busy?: boolean;
  /** The server's refusal of the last vote, if any. */
  error?: string | null;
  onVote: (choice: VoteChoice) => void;
}) {
  const refusal = voteRefusal({ ...facts, motionOpen: motion.state === 'open' });
  const reasonId = `vote-reason-${motion.id}`;
  const errorId = `vote-error-${motion.id}`;
  const describedBy =
    [refusal ? reasonId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <section className="vote-panel" aria-labelledby={`vote-title-${motion.id}`}>
      <h4 id={`vote-title-${motion.id}`}>Your vote</h4>
      {refusal ? (
        <p id={reasonId} className="alert alert--info vote-panel__reason">
          {refusal}
        </p>
      ) : motion.myVote ? (
        <p className="small">
          You voted <strong>{VOTE_LABELS[motion.myVote]}</strong>. You may change your vote while the motion
          is open.
        </p>
      ) : (
        <p className="small">
          You have not voted yet. Your last vote before the chair closes the motion counts.
        </p>
      )}
      <div className="vote-panel__buttons" role="group" aria-label="Vote on the motion">
        {VOTE_CHOICES.map((choice) => {
          const chosen = motion.myVote === choice;
          return (
            <button
              key={choice}
              type="button"
              className={`button vote-button vote-button--${choice}${chosen ? ' vote-button--chosen' : ''}`}
              aria-pressed={chosen}
              aria-describedby={describedBy}
              disabled={refusal !== null || busy}
              onClick={() => onVote(choice)}
            >
              {VOTE_LABELS[choice]}
            </button>
          );
        })}
      </div>
      <p className="small muted" aria-live="polite">
        {countOf(motion.votesCast, 'vote')} cast so far of {counted} counted. The tally is shown when the
        motion is closed.
      </p>
      {error ? (
        <p id={errorId} className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
