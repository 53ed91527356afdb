// How far through its period an approval is, as a bar: approved on the left, expiry on the right,
// today marked, and the reminders as ticks (filled once sent). Screen readers get the same in one
// sentence; the bar is drawn from the same figures (approvalTimeline).
import type { ApprovalFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { approvalTimeline, listOfNumbers, type Tone } from './approvalWords';

const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

export function ApprovalTimeline({
  approval,
  reminderDays,
  tone,
  now,
}: {
  approval: Pick<
    ApprovalFieldsFragment,
    'approvedAt' | 'expiresAt' | 'daysUntilExpiry' | 'remindersSent' | 'state'
  >;
  reminderDays: readonly number[];
  tone: Tone;
  now: Date;
}) {
  const timeline = approvalTimeline(approval, reminderDays, now);
  if (!timeline || !approval.expiresAt) return null;
  const { elapsed, reminders } = timeline;
  // Near an end the "Today" label would stick out of the bar; it aligns with that end instead.
  const align = elapsed < 0.12 ? 'start' : elapsed > 0.88 ? 'end' : 'middle';
  return (
    <div
      className={`approval-timeline approval-timeline--${tone}`}
      role="img"
      aria-label={timeline.description}
    >
      <div className="approval-timeline__labels">
        <span
          className={`approval-timeline__today approval-timeline__today--${align}`}
          style={{ left: percent(elapsed) }}
        >
          Today
        </span>
      </div>
      <div className="approval-timeline__track">
        <span className="approval-timeline__elapsed" style={{ width: percent(elapsed) }} />
        {reminders.map((r) => (
          <span
            key={r.days}
            className={`approval-timeline__tick${r.sent ? ' approval-timeline__tick--sent' : ''}`}
            style={{ left: percent(r.at) }}
          />
        ))}
        <span className="approval-timeline__now" style={{ left: percent(elapsed) }} />
      </div>
      <div className="approval-timeline__ends">
        <span>Approved {formatDate(approval.approvedAt)}</span>
        <span>
          {approval.state === 'expired' ? 'Expired' : 'Expires'} {formatDate(approval.expiresAt)}
        </span>
      </div>
      {reminders.length > 0 ? (
        <p className="approval-timeline__legend">
          <span className="approval-timeline__key" /> Reminders {listOfNumbers(reminders.map((r) => r.days))}{' '}
          days before expiry; the re-evaluation opens with the first.
        </p>
      ) : null}
    </div>
  );
}
