// The decided release plan next to the authors' proposal, artifact by artifact: which parts of each
// artifact's plan the committee changed (content level, timing, distribution and their details),
// for the decision page and the letter. Artifacts only one side names are shown as added or dropped.
import type { ReleasePlanItem } from '../statement/impact-statement.types';

export const RELEASE_PLAN_PARTS = [
  'contentLevel',
  'timing',
  'distribution',
  'embargoUntil',
  'reviewEveryMonths',
  'releaseEvent',
  'stages',
  'accessConditions',
] as const;
export type ReleasePlanPart = (typeof RELEASE_PLAN_PARTS)[number];

export const RELEASE_PLAN_PART_LABELS: Readonly<Record<ReleasePlanPart, string>> = {
  contentLevel: 'What is released',
  timing: 'When',
  distribution: 'To whom',
  embargoUntil: 'Embargo until',
  reviewEveryMonths: 'Re-assessed every (months)',
  releaseEvent: 'Released when',
  stages: 'Stages',
  accessConditions: 'Access conditions',
};

export interface ReleasePlanRow {
  readonly artifactKey: string;
  readonly proposed: ReleasePlanItem | null;
  readonly decided: ReleasePlanItem | null;
  /** unchanged, changed (see `changed`), added by the committee, or dropped from the plan. */
  readonly status: 'unchanged' | 'changed' | 'added' | 'dropped';
  readonly changed: readonly ReleasePlanPart[];
}

/** One row per artifact, in the authors' order, then artifacts only the decision names. */
export function compareReleasePlans(
  proposed: readonly ReleasePlanItem[],
  decided: readonly ReleasePlanItem[],
): ReleasePlanRow[] {
  const decidedByKey = new Map(decided.map((item) => [item.artifactKey, item]));
  const rows: ReleasePlanRow[] = [];
  for (const item of proposed) {
    const match = decidedByKey.get(item.artifactKey) ?? null;
    if (!match) {
      rows.push({
        artifactKey: item.artifactKey,
        proposed: item,
        decided: null,
        status: 'dropped',
        changed: [],
      });
      continue;
    }
    const changed = RELEASE_PLAN_PARTS.filter((part) => !samePart(item[part], match[part]));
    rows.push({
      artifactKey: item.artifactKey,
      proposed: item,
      decided: match,
      status: changed.length > 0 ? 'changed' : 'unchanged',
      changed,
    });
  }
  const proposedKeys = new Set(proposed.map((item) => item.artifactKey));
  for (const item of decided) {
    if (!proposedKeys.has(item.artifactKey))
      rows.push({
        artifactKey: item.artifactKey,
        proposed: null,
        decided: item,
        status: 'added',
        changed: [],
      });
  }
  return rows;
}

/** Text compared without surrounding spaces; stages by their content in order. */
function samePart(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
