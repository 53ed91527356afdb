// Rebuilds client input as plain domain objects, field by field. What reaches the database is only
// the fields the domain defines (fixed keys: none contains '.' or starts with '$'), strings where
// strings belong, and no array directly inside another array; anything else a client sends is
// dropped here rather than stored.
import type {
  Artifact,
  ImpactStatementContent,
  ReleasePlanItem,
  ReleaseStagePlan,
  TierSuggestion,
} from '@impact-review/domain';
import type { SubmissionLinks, SubmissionMetadata } from '@impact-review/domain';

type Loose<T> = { [K in keyof T]?: unknown };

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function list<T>(value: unknown): Loose<T>[] {
  return Array.isArray(value)
    ? value.filter(
        (item): item is Loose<T> => typeof item === 'object' && item !== null && !Array.isArray(item),
      )
    : [];
}

/** Enum fields arrive validated by GraphQL; they stay strings and libs/domain validation judges them. */
function enumValue<T extends string>(value: unknown): T {
  return text(value) as T;
}

/** An answer that may still be unanswered: null (or anything not a string) stays null. */
function enumOrNull<T extends string>(value: unknown): T | null {
  return typeof value === 'string' && value !== '' ? (value as T) : null;
}

/** Yes, no, or not answered yet. */
function answer(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

export function artifactsFromInput(input: unknown): Artifact[] {
  return list<Artifact>(input).map((a) => ({
    key: text(a.key).trim(),
    kind: enumValue(a.kind),
    name: text(a.name).trim(),
    description: text(a.description),
    powerLevel: enumValue(a.powerLevel),
  }));
}

/** Title, abstract, links and artifacts of a draft or a new submission, as plain domain values. */
export function metadataFromInput(input: unknown): SubmissionMetadata {
  const m = (typeof input === 'object' && input !== null ? input : {}) as Loose<SubmissionMetadata>;
  return {
    title: text(m.title).trim(),
    abstract: text(m.abstract),
    links: linksFromInput(m.links),
    artifacts: artifactsFromInput(m.artifacts),
  };
}

export function linksFromInput(input: unknown): SubmissionLinks {
  const links = (typeof input === 'object' && input !== null ? input : {}) as Loose<SubmissionLinks>;
  return {
    paperUrl: text(links.paperUrl).trim(),
    openReviewUrl: text(links.openReviewUrl).trim(),
    doi: text(links.doi).trim(),
    repositoryUrl: text(links.repositoryUrl).trim(),
  };
}

function stageFrom(stage: Loose<ReleaseStagePlan>): ReleaseStagePlan {
  return {
    description: text(stage.description),
    opensOn: textOrNull(stage.opensOn),
    trigger: text(stage.trigger),
  };
}

function releasePlanItemFrom(item: Loose<ReleasePlanItem>): ReleasePlanItem {
  return {
    artifactKey: text(item.artifactKey),
    contentLevel: enumValue(item.contentLevel),
    timing: enumValue(item.timing),
    distribution: enumValue(item.distribution),
    embargoUntil: textOrNull(item.embargoUntil),
    reviewEveryMonths: typeof item.reviewEveryMonths === 'number' ? item.reviewEveryMonths : null,
    releaseEvent: text(item.releaseEvent),
    stages: list<ReleaseStagePlan>(item.stages).map(stageFrom),
    accessConditions: text(item.accessConditions),
  };
}

export function contentFromInput(input: unknown): ImpactStatementContent {
  const c = (typeof input === 'object' && input !== null ? input : {}) as Loose<ImpactStatementContent>;
  return {
    summary: text(c.summary),
    hazards: list<ImpactStatementContent['hazards'][number]>(c.hazards).map((h) => ({
      kind: enumValue(h.kind),
      description: text(h.description),
      severity: enumOrNull(h.severity),
    })),
    pathToHarm: list<ImpactStatementContent['pathToHarm'][number]>(c.pathToHarm).map((r) => ({
      factor: enumValue(r.factor),
      rating: enumOrNull(r.rating),
      justification: text(r.justification),
    })),
    accessRatchetStage: textOrNull(c.accessRatchetStage) as ImpactStatementContent['accessRatchetStage'],
    accessRatchetJustification: text(c.accessRatchetJustification),
    indirectHarms: list<ImpactStatementContent['indirectHarms'][number]>(c.indirectHarms).map((r) => ({
      kind: enumValue(r.kind),
      applies: answer(r.applies),
      description: text(r.description),
    })),
    mitigationChallenges: list<ImpactStatementContent['mitigationChallenges'][number]>(
      c.mitigationChallenges,
    ).map((r) => ({
      kind: enumValue(r.kind),
      applies: answer(r.applies),
      description: text(r.description),
    })),
    benefits: text(c.benefits),
    affectedGroups: Array.isArray(c.affectedGroups) ? c.affectedGroups.map(text) : [],
    mitigations: list<ImpactStatementContent['mitigations'][number]>(c.mitigations).map((m) => ({
      kind: enumValue(m.kind),
      description: text(m.description),
    })),
    releasePlan: list<ReleasePlanItem>(c.releasePlan).map(releasePlanItemFrom),
  };
}

/** A suggestion as libs/domain computed it, copied into plain objects for storage. */
export function suggestionForStorage(suggestion: TierSuggestion): TierSuggestion {
  return {
    tier: suggestion.tier,
    score: suggestion.score,
    drivers: suggestion.drivers.map((d) => ({
      path: d.path,
      section: d.section,
      answer: d.answer,
      points: d.points,
      floor: d.floor,
      reason: d.reason,
    })),
  };
}
