// Suggests a review tier from a statement, the way an IRB screens protocols (seed 3.2.3): answers
// add points, some answers set a floor no score can go below, and every contribution is reported
// so the chair who confirms or overrides the tier can see which answers drove it.
//
// | answer                                                   | points        | floor             |
// |----------------------------------------------------------|---------------|-------------------|
// | each hazard (**): low / medium / high / severe           | 1 / 2 / 4 / 8 | high: expedited,  |
// |                                                          |               | severe: full      |
// | each path-to-harm factor rated low / medium / high       | 0 / 1 / 2     |                   |
// | access ratchet: theoretical capability                   | 0             |                   |
// | access ratchet: attention received                       | 1             |                   |
// | access ratchet: weaponized / productized                 | 3             | full              |
// | access ratchet: in sustained use                         | 4             | full              |
// | each indirect harm that applies                          | 1             |                   |
// | each mitigation challenge that applies                   | 1             |                   |
// | each full + public + immediate release of a runnable or  | 3             | full (*)          |
// |   modifiable system, trained model or training data      |               |                   |
// | each full + public + immediate release of source code    | 2             |                   |
//
// (*) only for a trained model or a runnable/modifiable system, and only when some hazard is
//     medium or worse: a working capability handed to everyone at once next to a real hazard.
// (**) only hazards that are rated and described: a row just added (or left blank) scores nothing.
// Answers not given yet (unrated factors, "applies" unanswered) score nothing either; submission
// validation makes sure every one of them is answered before a suggestion is recorded.
//
// Score <= 3 suggests exempt, <= 10 expedited, above that full; the suggestion is the higher of
// that and the highest floor.
import {
  ACCESS_RATCHET_STAGES,
  INDIRECT_HARM_KINDS,
  MITIGATION_CHALLENGE_KINDS,
  PATH_TO_HARM_FACTORS,
  RATINGS,
  SEVERITIES,
  TIERS,
  labelOf,
} from '../vocabulary/vocabulary';
import type { AccessRatchetStage, ArtifactKind, Rating, Severity, Tier } from '../vocabulary/vocabulary';
import { comparePaths, isOneOf, listOf, meaningfulLength } from '../shared/field-checks.util';
import type {
  Artifact,
  Hazard,
  ImpactStatementContent,
  StatementSection,
} from '../statement/impact-statement.types';

export interface TierDriver {
  /** The content path of the answer, e.g. `hazards.0.severity`. */
  path: string;
  section: StatementSection;
  /** Human label of the answer, e.g. 'Severe product hazard'. */
  answer: string;
  points: number;
  /** A rule that forces at least this tier, or null. */
  floor: Tier | null;
  reason: string;
}

export interface TierSuggestion {
  tier: Tier;
  score: number;
  drivers: TierDriver[];
}

export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = { low: 1, medium: 2, high: 4, severe: 8 };
export const RATING_POINTS: Readonly<Record<Rating, number>> = { low: 0, medium: 1, high: 2 };
export const ACCESS_RATCHET_POINTS: Readonly<Record<AccessRatchetStage, number>> = {
  theoretical_capability: 0,
  attention_received: 1,
  weaponized_or_productized: 3,
  in_sustained_use: 4,
};
export const APPLYING_INDIRECT_HARM_POINTS = 1;
export const APPLYING_MITIGATION_CHALLENGE_POINTS = 1;
/** Points for releasing an artifact of this kind in full, publicly and immediately. */
export const OPEN_RELEASE_POINTS: Readonly<Partial<Record<ArtifactKind, number>>> = {
  runnable_system: 3,
  modifiable_system: 3,
  trained_model: 3,
  training_data: 3,
  source_code: 2,
};
/** Highest score that still suggests exempt review (when no floor applies). */
export const EXEMPT_MAX_SCORE = 3;
/** Highest score that still suggests expedited review. */
export const EXPEDITED_MAX_SCORE = 10;

/** Kinds that put a working capability in anyone's hands; with a real hazard this needs full review. */
const WORKING_CAPABILITY_KINDS: readonly ArtifactKind[] = [
  'runnable_system',
  'modifiable_system',
  'trained_model',
];
const SEVERITY_FLOORS: Readonly<Record<Severity, Tier | null>> = {
  low: null,
  medium: null,
  high: 'expedited',
  severe: 'full',
};
const ACCESS_RATCHET_FLOORS: Readonly<Record<AccessRatchetStage, Tier | null>> = {
  theoretical_capability: null,
  attention_received: null,
  weaponized_or_productized: 'full',
  in_sustained_use: 'full',
};

/** Orders tiers by how much review they need: negative when `a` needs less than `b`. */
export function compareTiers(a: Tier, b: Tier): number {
  return TIERS.indexOf(a) - TIERS.indexOf(b);
}

/** The tier needing the most review; exempt (the least) when given none. */
export function maxTier(...tiers: Tier[]): Tier {
  return tiers.reduce<Tier>((highest, tier) => (compareTiers(tier, highest) > 0 ? tier : highest), 'exempt');
}

function tierForScore(score: number): Tier {
  if (score <= EXEMPT_MAX_SCORE) return 'exempt';
  if (score <= EXPEDITED_MAX_SCORE) return 'expedited';
  return 'full';
}

function pointsPhrase(points: number): string {
  return points === 1 ? '1 point' : `${points} points`;
}

/** A hazard the rubric counts: rated and described. Empty rows never move the tier. */
function countedSeverity(hazard: Hazard): Severity | null {
  return isOneOf(SEVERITIES, hazard.severity) && meaningfulLength(hazard.description) > 0
    ? hazard.severity
    : null;
}

function hazardDrivers(content: ImpactStatementContent): TierDriver[] {
  const drivers: TierDriver[] = [];
  listOf(content.hazards).forEach((hazard, i) => {
    const severity = countedSeverity(hazard);
    if (severity === null) return;
    const kind = typeof hazard.kind === 'string' ? labelOf(hazard.kind).toLowerCase() : 'hazard';
    const floor = SEVERITY_FLOORS[severity];
    const points = SEVERITY_POINTS[severity];
    const reason =
      floor === 'full'
        ? 'A severe hazard always needs full review.'
        : floor === 'expedited'
          ? 'A high-severity hazard needs at least expedited review.'
          : `A ${severity}-severity hazard adds ${pointsPhrase(points)}.`;
    drivers.push({
      path: `hazards.${i}.severity`,
      section: 'hazards',
      answer: `${labelOf(severity)} ${kind}`,
      points,
      floor,
      reason,
    });
  });
  return drivers;
}

function pathToHarmDrivers(content: ImpactStatementContent): TierDriver[] {
  const drivers: TierDriver[] = [];
  const seen = new Set<string>();
  listOf(content.pathToHarm).forEach((row, i) => {
    // A duplicated factor counts once, as validation and alignment keep only the first row.
    if (!isOneOf(PATH_TO_HARM_FACTORS, row.factor) || seen.has(row.factor)) return;
    seen.add(row.factor);
    // Not yet rated (null) scores nothing; submission requires a rating for every factor.
    if (!isOneOf(RATINGS, row.rating)) return;
    const rating = row.rating;
    const points = RATING_POINTS[rating];
    if (points === 0) return;
    drivers.push({
      path: `pathToHarm.${i}.rating`,
      section: 'pathToHarm',
      answer: `${labelOf(row.factor)}: ${labelOf(rating)}`,
      points,
      floor: null,
      reason: `The work makes this step on the path to harm easier (${labelOf(rating).toLowerCase()}): ${pointsPhrase(points)}.`,
    });
  });
  return drivers;
}

function accessRatchetDrivers(content: ImpactStatementContent): TierDriver[] {
  const stage = content.accessRatchetStage;
  if (!isOneOf(ACCESS_RATCHET_STAGES, stage)) return [];
  const points = ACCESS_RATCHET_POINTS[stage];
  const floor = ACCESS_RATCHET_FLOORS[stage];
  if (points === 0 && floor === null) return [];
  return [
    {
      path: 'accessRatchetStage',
      section: 'accessRatchet',
      answer: labelOf(stage),
      points,
      floor,
      reason:
        floor === 'full'
          ? 'The capability is already weaponized, productized or in sustained use: this needs full review.'
          : `The capability has drawn attention: ${pointsPhrase(points)}.`,
    },
  ];
}

function applyingDrivers(
  section: 'indirectHarms' | 'mitigationChallenges',
  vocabulary: readonly string[],
  rows: readonly { kind: string; applies: boolean | null }[],
  points: number,
  what: string,
): TierDriver[] {
  const drivers: TierDriver[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    // Unknown and repeated kinds do not count: validation rejects them, and alignment drops them.
    if (!vocabulary.includes(row.kind) || seen.has(row.kind)) return;
    seen.add(row.kind);
    if (row.applies !== true) return;
    drivers.push({
      path: `${section}.${i}.applies`,
      section,
      answer: `${labelOf(row.kind)} applies`,
      points,
      floor: null,
      reason: `Each ${what} that applies adds ${pointsPhrase(points)}.`,
    });
  });
  return drivers;
}

function releasePlanDrivers(content: ImpactStatementContent, artifacts: readonly Artifact[]): TierDriver[] {
  const drivers: TierDriver[] = [];
  const artifactByKey = new Map<string, Artifact>();
  for (const artifact of artifacts)
    if (!artifactByKey.has(artifact.key)) artifactByKey.set(artifact.key, artifact);
  const hazardAboveLow = listOf(content.hazards).some((hazard) => {
    const severity = countedSeverity(hazard);
    return severity !== null && severity !== 'low';
  });
  const seen = new Set<string>();
  listOf(content.releasePlan).forEach((item, i) => {
    if (seen.has(item.artifactKey)) return;
    seen.add(item.artifactKey);
    const artifact = artifactByKey.get(item.artifactKey);
    if (artifact === undefined) return;
    const open =
      item.contentLevel === 'full' && item.distribution === 'public' && item.timing === 'immediate';
    const points = OPEN_RELEASE_POINTS[artifact.kind] ?? 0;
    if (!open || points === 0) return;
    const forcesFull = hazardAboveLow && WORKING_CAPABILITY_KINDS.includes(artifact.kind);
    drivers.push({
      path: `releasePlan.${i}`,
      section: 'releasePlan',
      answer: `${labelOf(artifact.kind)} “${artifact.name}” released in full, publicly and immediately`,
      points,
      floor: forcesFull ? 'full' : null,
      reason: forcesFull
        ? 'A working model or system released to everyone at once, with a hazard of medium severity or worse, needs full review.'
        : `Anyone can obtain it at once: ${pointsPhrase(points)}.`,
    });
  });
  return drivers;
}

const FLOOR_RANK = (floor: Tier | null): number => (floor === null ? -1 : TIERS.indexOf(floor));

/** Floors first (the strongest first), then the biggest contributions, then content order. */
function byInfluence(a: TierDriver, b: TierDriver): number {
  return FLOOR_RANK(b.floor) - FLOOR_RANK(a.floor) || b.points - a.points || comparePaths(a.path, b.path);
}

export function suggestTier(content: ImpactStatementContent, artifacts: Artifact[]): TierSuggestion {
  const drivers = [
    ...hazardDrivers(content),
    ...pathToHarmDrivers(content),
    ...accessRatchetDrivers(content),
    ...applyingDrivers(
      'indirectHarms',
      INDIRECT_HARM_KINDS,
      listOf(content.indirectHarms),
      APPLYING_INDIRECT_HARM_POINTS,
      'indirect harm',
    ),
    ...applyingDrivers(
      'mitigationChallenges',
      MITIGATION_CHALLENGE_KINDS,
      listOf(content.mitigationChallenges),
      APPLYING_MITIGATION_CHALLENGE_POINTS,
      'mitigation challenge',
    ),
    ...releasePlanDrivers(content, listOf(artifacts)),
  ].sort(byInfluence);
  const score = drivers.reduce((sum, driver) => sum + driver.points, 0);
  const floors = drivers.flatMap((driver) => (driver.floor === null ? [] : [driver.floor]));
  return { tier: maxTier(tierForScore(score), ...floors), score, drivers };
}
