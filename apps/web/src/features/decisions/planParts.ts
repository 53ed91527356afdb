// A release plan item part by part, in words, for the side-by-side views of the authors' proposal
// and the committee's decision. The parts and their names are the domain's (RELEASE_PLAN_PARTS).
import { labelOf, RELEASE_PLAN_PART_LABELS, RELEASE_PLAN_PARTS } from '@impact-review/domain';
import type { ReleasePlanItem, ReleasePlanPart } from '@impact-review/domain';

/** What a plan item has to show: the fields of ReleasePlanItem, with or without GraphQL's typename. */
export type PlanItemLike = Omit<ReleasePlanItem, 'stages'> & {
  stages: readonly { description: string; opensOn: string | null; trigger: string }[];
};

/** The three parts every plan has; the others only where the timing or distribution uses them. */
const ALWAYS: readonly ReleasePlanPart[] = ['contentLevel', 'timing', 'distribution'];

/** One part of an item in words ('' when the item leaves it empty). */
export function partText(item: PlanItemLike, part: ReleasePlanPart): string {
  switch (part) {
    case 'contentLevel':
    case 'timing':
    case 'distribution':
      return labelOf(item[part]);
    case 'embargoUntil':
      return item.embargoUntil ?? '';
    case 'reviewEveryMonths':
      return item.reviewEveryMonths === null ? '' : String(item.reviewEveryMonths);
    case 'releaseEvent':
      return item.releaseEvent.trim();
    case 'accessConditions':
      return item.accessConditions.trim();
    case 'stages':
      return item.stages
        .map((stage, i) => {
          const when = stage.opensOn
            ? `opens on ${stage.opensOn}`
            : stage.trigger.trim()
              ? `opens when ${stage.trigger.trim()}`
              : '';
          return `${i + 1}. ${stage.description.trim()}${when ? ` (${when})` : ''}`;
        })
        .join('\n');
  }
}

/** The parts worth a line for these items: the three always, the rest where either side has one. */
export function partsToShow(...items: readonly (PlanItemLike | null | undefined)[]): ReleasePlanPart[] {
  return RELEASE_PLAN_PARTS.filter(
    (part) => ALWAYS.includes(part) || items.some((item) => item && partText(item, part) !== ''),
  );
}

/** The parts a server comparison names in words ("What is released") back as parts. */
export function partsFromLabels(labels: readonly string[]): Set<ReleasePlanPart> {
  return new Set(RELEASE_PLAN_PARTS.filter((part) => labels.includes(RELEASE_PLAN_PART_LABELS[part])));
}

export const STATUS_LABELS: Readonly<Record<string, string>> = {
  unchanged: 'As proposed',
  changed: 'Changed',
  added: 'Added by the committee',
  dropped: 'Dropped',
};

/** The plan as the mutation takes it: plain objects, no typenames. */
export function plainPlan(items: readonly PlanItemLike[]): ReleasePlanItem[] {
  return items.map((item) => ({
    artifactKey: item.artifactKey,
    contentLevel: item.contentLevel,
    timing: item.timing,
    distribution: item.distribution,
    embargoUntil: item.embargoUntil,
    reviewEveryMonths: item.reviewEveryMonths,
    releaseEvent: item.releaseEvent,
    stages: item.stages.map((stage) => ({
      description: stage.description,
      opensOn: stage.opensOn,
      trigger: stage.trigger,
    })),
    accessConditions: item.accessConditions,
  }));
}
