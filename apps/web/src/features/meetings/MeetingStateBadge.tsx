import { MEETING_STATE_LABELS } from '@impact-review/domain';
import type { MeetingState } from '@impact-review/domain';

const STATE_TONES: Readonly<Record<MeetingState, string>> = {
  scheduled: 'info',
  in_session: 'success',
  ended: 'neutral',
};

/** A meeting's state in words, coloured as the other badges are. */
export function MeetingStateBadge({ state }: { state: MeetingState }) {
  return <span className={`badge badge--${STATE_TONES[state]}`}>{MEETING_STATE_LABELS[state]}</span>;
}
