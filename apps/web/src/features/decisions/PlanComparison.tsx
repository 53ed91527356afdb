// The authors' proposed release plan beside the committee's, artifact by artifact, with the parts
// the committee changed marked in words as well as colour.
import type { ReactNode } from 'react';
import { RELEASE_PLAN_PART_LABELS } from '@impact-review/domain';
import type { ReleasePlanPart } from '@impact-review/domain';
import { Badge } from '../../components/TierBadge';
import type { DecisionFieldsFragment } from '../../gql/graphql';
import { partsFromLabels, partsToShow, partText, STATUS_LABELS, type PlanItemLike } from './planParts';

/** One side of an artifact's plan, part by part; changed parts are marked. */
export function PlanItemSummary({
  item,
  other,
  changed,
  wide = false,
}: {
  item: PlanItemLike;
  /** The other side, so both list the same parts. */
  other?: PlanItemLike | null | undefined;
  changed: ReadonlySet<ReleasePlanPart>;
  /** The whole row's width: the parts flow side by side. */
  wide?: boolean;
}) {
  return (
    <dl className={`plan-parts${wide ? ' plan-parts--wide' : ''}`}>
      {partsToShow(item, other).map((part) => {
        const isChanged = changed.has(part);
        const text = partText(item, part);
        return (
          <div key={part} className={`plan-part${isChanged ? ' plan-part--changed' : ''}`}>
            <dt>
              {RELEASE_PLAN_PART_LABELS[part]}
              {isChanged ? <span className="plan-part__flag">changed</span> : null}
            </dt>
            <dd className="prose break-anywhere">{text || <span className="muted">—</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}

/** One artifact: its name and status, then the two sides (the right side may be a form). */
export function PlanCompareRow({
  id,
  name,
  status,
  changedLabels,
  proposed,
  decided,
  decidedTitle = 'Committee decided',
  single,
}: {
  id: string;
  name: string;
  status: string;
  changedLabels: readonly string[];
  proposed?: ReactNode;
  decided?: ReactNode;
  decidedTitle?: string;
  /** One plan for both sides (the committee kept the authors' plan as it was). */
  single?: ReactNode;
}) {
  const tone = status === 'unchanged' ? 'success' : status === 'changed' ? 'warning' : 'info';
  return (
    <section className="plan-compare" aria-labelledby={`${id}-title`}>
      <div className="plan-compare__header">
        <h4 id={`${id}-title`} className="break-anywhere">
          {name}
        </h4>
        <Badge tone={tone}>{STATUS_LABELS[status] ?? status}</Badge>
        {changedLabels.length > 0 ? (
          <span className="muted small">Changed: {changedLabels.join(', ')}</span>
        ) : null}
      </div>
      {single ?? (
        <div className="plan-compare__cols">
          <div className="plan-compare__col">
            <h5 className="plan-compare__side">Authors proposed</h5>
            {proposed}
          </div>
          <div className="plan-compare__col plan-compare__col--decided">
            <h5 className="plan-compare__side">{decidedTitle}</h5>
            {decided}
          </div>
        </div>
      )}
    </section>
  );
}

/** The server's comparison of a decision's plan with the authors' (read-only). */
export function ReleasePlanComparisonView({
  rows,
  idPrefix,
}: {
  rows: DecisionFieldsFragment['releasePlanComparison'];
  idPrefix: string;
}) {
  if (rows.length === 0) return <p className="muted">This decision holds no release plan.</p>;
  return (
    <div className="stack">
      {rows.map((row) => {
        const changed = partsFromLabels(row.changedParts);
        if (row.status === 'unchanged' && row.decided)
          return (
            <PlanCompareRow
              key={row.artifactKey}
              id={`${idPrefix}-${row.artifactKey}`}
              name={row.artifactName}
              status={row.status}
              changedLabels={[]}
              single={<PlanItemSummary item={row.decided} changed={changed} wide />}
            />
          );
        return (
          <PlanCompareRow
            key={row.artifactKey}
            id={`${idPrefix}-${row.artifactKey}`}
            name={row.artifactName}
            status={row.status}
            changedLabels={row.changedParts}
            proposed={
              row.proposed ? (
                <PlanItemSummary item={row.proposed} other={row.decided} changed={changed} />
              ) : (
                <p className="muted">Not in the authors’ plan.</p>
              )
            }
            decided={
              row.decided ? (
                <PlanItemSummary item={row.decided} other={row.proposed} changed={changed} />
              ) : (
                <p className="muted">Not released under this decision.</p>
              )
            }
          />
        );
      })}
    </div>
  );
}
