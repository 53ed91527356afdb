// One of the dashboard's lists of approvals (due soon, under re-evaluation, lapsed, suspended): each
// statement linking to its page, the approval's state, and what matters for that list in words.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../components/TierBadge';
import type { ApprovalListItemFieldsFragment } from '../../gql/graphql';
import { countOf, formatDate } from '../../lib/format';
import { APPROVAL_STATE_TONES } from '../approvals/approvalWords';

type Item = ApprovalListItemFieldsFragment;

export function ApprovalList({
  id,
  title,
  items,
  empty,
  detail,
}: {
  id: string;
  title: string;
  items: readonly Item[];
  /** Said when the list is empty, in words. */
  empty: string;
  detail: (item: Item) => ReactNode;
}) {
  return (
    <section className="card approval-list" aria-labelledby={id}>
      <div className="card__header">
        <h3 id={id}>{title}</h3>
        <span className="approval-list__count" aria-hidden="true">
          {items.length}
        </span>
      </div>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list approval-list__items">
          {items.map((item) => (
            <li key={item.approvalId} className="approval-list__item">
              <p className="approval-list__title">
                <Link to={`/submissions/${item.submission.id}`} className="break-anywhere">
                  {item.submission.title}
                </Link>{' '}
                <Badge tone={APPROVAL_STATE_TONES[item.state]}>{item.stateLabel}</Badge>
              </p>
              <p className="approval-list__detail small">{detail(item)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Expires 12 May 2032 — in 45 days" (or "today"); "No expiry" without one. */
export function expiresIn(item: Pick<Item, 'expiresAt' | 'daysUntilExpiry'>): string {
  if (!item.expiresAt) return 'No expiry';
  const days = item.daysUntilExpiry ?? 0;
  return `Expires ${formatDate(item.expiresAt)} — ${days === 0 ? 'today' : `in ${countOf(days, 'day')}`}`;
}

/** Whether the authors filed their continuing-review report, as a badge. */
export function ReportFiled({ filed }: { filed: boolean }) {
  return filed ? <Badge tone="success">Report filed</Badge> : <Badge tone="warning">No report yet</Badge>;
}
