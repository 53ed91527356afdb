// Builds and repairs statement content so that every keyed section has exactly the rows the
// vocabulary defines. The editor, validation and comparison all rely on that shape: "does not
// apply" is an answer the author gives, never a missing row.
import {
  INDIRECT_HARM_KINDS,
  MITIGATION_CHALLENGE_KINDS,
  PATH_TO_HARM_FACTORS,
} from '../vocabulary/vocabulary';
import type { IndirectHarmKind, MitigationChallengeKind, PathToHarmFactor } from '../vocabulary/vocabulary';
import type {
  Artifact,
  Hazard,
  ImpactStatementContent,
  IndirectHarm,
  MitigationChallenge,
  PathToHarmRating,
  ReleasePlanItem,
} from './impact-statement.types';

/**
 * The most cautious plan for a new artifact: nothing released until the author decides otherwise,
 * so a forgotten artifact can never be published by default.
 */
function defaultReleasePlanItem(artifactKey: string): ReleasePlanItem {
  return {
    artifactKey,
    contentLevel: 'withheld',
    timing: 'immediate',
    distribution: 'ask_for_access',
    embargoUntil: null,
    reviewEveryMonths: null,
    releaseEvent: '',
    stages: [],
    accessConditions: '',
  };
}

// Every answer starts unanswered (null), never at a value an author could leave by accident: a
// default "low" or "does not apply" would lower the tier and count the section as complete.
function defaultPathToHarmRow(factor: PathToHarmFactor): PathToHarmRating {
  return { factor, rating: null, justification: '' };
}

function defaultIndirectHarm(kind: IndirectHarmKind): IndirectHarm {
  return { kind, applies: null, description: '' };
}

function defaultMitigationChallenge(kind: MitigationChallengeKind): MitigationChallenge {
  return { kind, applies: null, description: '' };
}

/** A hazard row as "Add hazard" creates it: not yet rated, so it scores nothing until it is. */
export function newHazard(): Hazard {
  return { kind: 'product_hazard', severity: null, description: '' };
}

/** Distinct artifact keys in artifact order (a duplicated key gets one plan item, not two). */
function distinctKeys(artifacts: readonly Artifact[]): string[] {
  return [...new Set(artifacts.map((artifact) => artifact.key))];
}

export function emptyStatementContent(artifacts: Artifact[]): ImpactStatementContent {
  return {
    summary: '',
    hazards: [],
    pathToHarm: PATH_TO_HARM_FACTORS.map(defaultPathToHarmRow),
    accessRatchetStage: null,
    accessRatchetJustification: '',
    indirectHarms: INDIRECT_HARM_KINDS.map(defaultIndirectHarm),
    mitigationChallenges: MITIGATION_CHALLENGE_KINDS.map(defaultMitigationChallenge),
    benefits: '',
    affectedGroups: [],
    mitigations: [],
    releasePlan: distinctKeys(artifacts).map(defaultReleasePlanItem),
  };
}

/**
 * One row per vocabulary entry, in vocabulary order: keeps the first existing row for each entry,
 * fills gaps with `fallback`, and drops duplicates and entries the vocabulary does not know.
 */
function alignRows<K extends string, R>(
  order: readonly K[],
  rows: readonly R[] | null | undefined,
  keyOf: (row: R) => string,
  fallback: (key: K) => R,
): R[] {
  const firstByKey = new Map<string, R>();
  for (const row of Array.isArray(rows) ? rows : []) {
    const key = keyOf(row);
    if (!firstByKey.has(key)) firstByKey.set(key, row);
  }
  return order.map((key) => firstByKey.get(key) ?? fallback(key));
}

/**
 * Returns content whose keyed sections match the vocabulary and whose release plan has exactly one
 * item per artifact, in artifact order. Pure: `content` is not modified.
 */
export function alignReleasePlan(
  content: ImpactStatementContent,
  artifacts: Artifact[],
): ImpactStatementContent {
  const releasePlan = alignRows(
    distinctKeys(artifacts),
    content.releasePlan,
    (item) => item.artifactKey,
    defaultReleasePlanItem,
  );
  const pathToHarm = alignRows(
    PATH_TO_HARM_FACTORS,
    content.pathToHarm,
    (row) => row.factor,
    defaultPathToHarmRow,
  );
  const indirectHarms = alignRows(
    INDIRECT_HARM_KINDS,
    content.indirectHarms,
    (row) => row.kind,
    defaultIndirectHarm,
  );
  const mitigationChallenges = alignRows(
    MITIGATION_CHALLENGE_KINDS,
    content.mitigationChallenges,
    (row) => row.kind,
    defaultMitigationChallenge,
  );
  return { ...content, pathToHarm, indirectHarms, mitigationChallenges, releasePlan };
}
