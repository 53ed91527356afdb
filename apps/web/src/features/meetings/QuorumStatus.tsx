// Quorum for one agenda item as the server counts it (a majority of the voting members who are not
// recused, present; and a community member when the meeting asks for one). Words first, the bar
// only repeats them.
import type { MeetingItemFieldsFragment } from '../../gql/graphql';
import { countOf } from '../../lib/format';

type Quorum = MeetingItemFieldsFragment['quorum'];

export function QuorumStatus({
  quorum,
  requireCommunityMember,
  compact = false,
}: {
  quorum: Quorum;
  requireCommunityMember: boolean;
  /** One line (agenda rows); the full form says what counts. */
  compact?: boolean;
}) {
  const share = quorum.needed > 0 ? Math.min(1, quorum.counted / quorum.needed) : 1;
  const figures = `${quorum.counted} counted, ${quorum.needed} needed`;
  const community = requireCommunityMember
    ? `${countOf(quorum.communityCounted, 'community member')} counted (at least 1 needed)`
    : null;
  return (
    <div
      className={`quorum${quorum.met ? ' quorum--met' : ' quorum--unmet'}${compact ? ' quorum--compact' : ''}`}
    >
      <div className="quorum__line">
        <span className={`badge ${quorum.met ? 'badge--success' : 'badge--warning'}`}>
          {quorum.met ? 'Quorum' : 'No quorum'}
        </span>
        <span className="quorum__figures">
          {figures}
          <span className="visually-hidden"> voting members present and not recused</span>
        </span>
        <span className="quorum__bar" aria-hidden="true">
          <span className="quorum__fill" style={{ width: `${Math.round(share * 100)}%` }} />
        </span>
      </div>
      {!compact ? (
        <p className="small muted quorum__note">
          Counted: voting members present and not recused from this item.{community ? ` ${community}.` : ''}
        </p>
      ) : null}
      {quorum.explanation ? <p className="small quorum__explanation">{quorum.explanation}</p> : null}
    </div>
  );
}
