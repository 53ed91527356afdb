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

/**
 * What the two sides are called, and what a row's status and a missing side say. The defaults are
 * the decision's (the authors' proposal beside the committee's plan); an amendment names its own
 * (the approved plan beside the amended one).
 */
export interface PlanCompareWords {
  proposedTitle: string;
  decidedTitle: string;
  statusLabels: Readonly<Record<string, string>>;
  /** The artifact has no item on the left side. */
  notProposed: string;
  /** The artifact has no item on the right side. */
  notDecided: string;
  /** Neither side holds a plan. */
  empty: string;
}

export const DECISION_PLAN_WORDS: PlanCompareWords = {
  proposedTitle: 'Authors proposed',
  decidedTitle: 'Committee decided',
  statusLabels: STATUS_LABELS,
  notProposed: 'Not in the authors’ plan.',
  notDecided: 'Not released under this decision.',
  empty: 'This decision holds no release plan.',
};

/** The heading level of an artifact's name; its sides' titles are one level below. */
export type PlanHeadingLevel = 4 | 5;

/** One artifact: its name and status, then the two sides (the right side may be a form). */
export function PlanCompareRow({
  id,
  name,
  status,
  changedLabels,
  proposed,
  decided,
  decidedTitle = DECISION_PLAN_WORDS.decidedTitle,
  proposedTitle = DECISION_PLAN_WORDS.proposedTitle,
  statusLabels = STATUS_LABELS,
  headingLevel = 4,
  single,
}: {
  id: string;
  name: string;
  status: string;
  changedLabels: readonly string[];
  proposed?: ReactNode;
  decided?: ReactNode;
  decidedTitle?: string;
  proposedTitle?: string;
  statusLabels?: Readonly<Record<string, string>>;
  headingLevel?: PlanHeadingLevel;
  /** One plan for both sides (the committee kept the authors' plan as it was). */
  single?: ReactNode;
}) {
  const tone = status === 'unchanged' ? 'success' : status === 'changed' ? 'warning' : 'info';
  const Heading = headingLevel === 5 ? 'h5' : 'h4';
  const Side = headingLevel === 5 ? 'h6' : 'h5';
  return (
    <section className="plan-compare" aria-labelledby={`${id}-title`}>
      <div className="plan-compare__header">
        <Heading id={`${id}-title`} className="break-anywhere">
          {name}
        </Heading>
        <Badge tone={tone}>{statusLabels[status] ?? status}</Badge>
        {changedLabels.length > 0 ? (
          <span className="muted small">Changed: {changedLabels.join(', ')}</span>
        ) : null}
      </div>
      {single ?? (
        <div className="plan-compare__cols">
          <div className="plan-compare__col">
            <Side className="plan-compare__side">{proposedTitle}</Side>
            {proposed}
          </div>
          <div className="plan-compare__col plan-compare__col--decided">
            <Side className="plan-compare__side">{decidedTitle}</Side>
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
  words = DECISION_PLAN_WORDS,
  headingLevel = 4,
}: {
  rows: DecisionFieldsFragment['releasePlanComparison'];
  idPrefix: string;
  words?: PlanCompareWords;
  headingLevel?: PlanHeadingLevel;
}) {
  const labels = {
    proposedTitle: words.proposedTitle,
    decidedTitle: words.decidedTitle,
    statusLabels: words.statusLabels,
    headingLevel,
  };
  if (rows.length === 0) return <p className="muted">{words.empty}</p>;
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
              {...labels}
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
            {...labels}
            proposed={
              row.proposed ? (
                <PlanItemSummary item={row.proposed} other={row.decided} changed={changed} />
              ) : (
                <p className="muted">{words.notProposed}</p>
              )
            }
            decided={
              row.decided ? (
                <PlanItemSummary item={row.decided} other={row.proposed} changed={changed} />
              ) : (
                <p className="muted">{words.notDecided}</p>
              )
            }
          />
        );
      })}
    </div>
  );
}
