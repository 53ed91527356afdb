import type {
  AccessRatchetStage,
  ArtifactKind,
  ContentLevel,
  HazardKind,
  IndirectHarmKind,
  MitigationChallengeKind,
  MitigationKind,
  PathToHarmFactor,
  PowerLevel,
  Rating,
  ReleaseDistribution,
  ReleaseTiming,
  Severity,
} from '../vocabulary/vocabulary';

/** A thing a submission might release (seed 3.4 "content"). */
export interface Artifact {
  /** Stable within its submission, so a release plan can point at it across versions. */
  key: string;
  kind: ArtifactKind;
  name: string;
  description: string;
  powerLevel: PowerLevel;
}

export interface Hazard {
  kind: HazardKind;
  description: string;
  /** null until the author rates it: an unrated hazard scores nothing and blocks submission. */
  severity: Severity | null;
}

export interface PathToHarmRating {
  factor: PathToHarmFactor;
  /** null is "not yet rated", the initial state: it scores nothing and blocks submission. */
  rating: Rating | null;
  justification: string;
}

/**
 * Indirect harms and mitigation challenges are answered for every kind: "does not apply" is an
 * answer the author gives; null means not answered yet (the initial state).
 */
export interface IndirectHarm {
  kind: IndirectHarmKind;
  applies: boolean | null;
  description: string;
}

export interface MitigationChallenge {
  kind: MitigationChallengeKind;
  applies: boolean | null;
  description: string;
}

export interface Mitigation {
  kind: MitigationKind;
  description: string;
}

export interface ReleaseStagePlan {
  description: string;
  /** ISO date (YYYY-MM-DD) the stage opens, or null when a trigger opens it. */
  opensOn: string | null;
  trigger: string;
}

/** For one artifact: content level x timing x distribution (seed 3.4). */
export interface ReleasePlanItem {
  artifactKey: string;
  contentLevel: ContentLevel;
  timing: ReleaseTiming;
  distribution: ReleaseDistribution;
  /** timed: ISO date the embargo lifts. */
  embargoUntil: string | null;
  /** periodic_evaluation: months between re-assessments. */
  reviewEveryMonths: number | null;
  /** evented: the external event that releases it. */
  releaseEvent: string;
  /** staged: successively more powerful releases. */
  stages: ReleaseStagePlan[];
  /** Requirements on requesters, communities or safety levels. */
  accessConditions: string;
}

/** The author's structured analysis; every section of DOMAIN.md. */
export interface ImpactStatementContent {
  summary: string;
  hazards: Hazard[];
  pathToHarm: PathToHarmRating[];
  accessRatchetStage: AccessRatchetStage | null;
  accessRatchetJustification: string;
  indirectHarms: IndirectHarm[];
  mitigationChallenges: MitigationChallenge[];
  benefits: string;
  affectedGroups: string[];
  mitigations: Mitigation[];
  releasePlan: ReleasePlanItem[];
}

/** The sections of a statement, in the order the editor, validation and comparison show them. */
export const STATEMENT_SECTIONS = [
  'summary',
  'hazards',
  'pathToHarm',
  'accessRatchet',
  'indirectHarms',
  'mitigationChallenges',
  'benefits',
  'mitigations',
  'releasePlan',
] as const;
export type StatementSection = (typeof STATEMENT_SECTIONS)[number];

export const SECTION_TITLES: Readonly<Record<StatementSection, string>> = {
  summary: 'Summary',
  hazards: 'Hazards',
  pathToHarm: 'Path to harm',
  accessRatchet: 'Access ratchet',
  indirectHarms: 'Indirect harms',
  mitigationChallenges: 'Mitigation challenges',
  benefits: 'Benefits and who is affected',
  mitigations: 'Mitigations',
  releasePlan: 'Release plan',
};

/** A field-level problem, addressed by a dotted path such as `hazards.0.description`. */
export interface FieldError {
  path: string;
  message: string;
}
