// Compares two versions of a statement, leaf by leaf, for reviewers and chairs reading a revision.
// Values are rendered as the UI shows them (enum labels, Yes/No), so the comparison can be printed
// without knowing the schema. List rows are matched by what identifies them: path-to-harm rows by
// factor, indirect harms and mitigation challenges by kind, release plan items by artifact, and
// free lists (hazards, mitigations, groups, stages) by position.
import {
  INDIRECT_HARM_KINDS,
  MITIGATION_CHALLENGE_KINDS,
  PATH_TO_HARM_FACTORS,
  labelOf,
} from '../vocabulary/vocabulary';
import { listOf } from '../shared/field-checks.util';
import type { SubmissionLinks } from '../submission/submission.rules';
import { SECTION_TITLES, STATEMENT_SECTIONS } from './impact-statement.types';
import type {
  Artifact,
  Hazard,
  ImpactStatementContent,
  IndirectHarm,
  Mitigation,
  MitigationChallenge,
  PathToHarmRating,
  ReleasePlanItem,
  ReleaseStagePlan,
  StatementSection,
} from './impact-statement.types';

export interface FieldChange {
  path: string;
  /** Human, e.g. 'Hazard 2 · severity'. */
  label: string;
  /** null when the value is absent on that side (a list item added or removed, or an unset value). */
  before: string | null;
  after: string | null;
}

/** What a comparison covers: the submission's details (title, links, artifacts…), then each statement section. */
export const COMPARED_SECTIONS = ['details', ...STATEMENT_SECTIONS] as const;
export type ComparedSection = (typeof COMPARED_SECTIONS)[number];

export interface SectionComparison {
  section: ComparedSection;
  title: string;
  changed: boolean;
  changes: FieldChange[];
}

type Render = (value: unknown) => string | null;

const asText: Render = (value) => (typeof value === 'string' ? value : value == null ? null : String(value));
// Only fields holding vocabulary values go through labelOf: a summary reading "low" stays "low".
const asLabel: Render = (value) => (typeof value === 'string' ? labelOf(value) : asText(value));
const asYesNo: Render = (value) =>
  value === true ? 'Yes' : value === false ? 'No' : value == null ? 'Not answered' : asText(value);
/** A rating or severity: null is an answer state of its own ("not yet rated"), not an absence. */
const asRating: Render = (value) => (value == null ? 'Not yet rated' : asLabel(value));

interface LeafSpec<T> {
  field: keyof T & string;
  label: string;
  render: Render;
}

const HAZARD_FIELDS: LeafSpec<Hazard>[] = [
  { field: 'kind', label: 'kind', render: asLabel },
  { field: 'severity', label: 'severity', render: asRating },
  { field: 'description', label: 'description', render: asText },
];
const PATH_TO_HARM_FIELDS: LeafSpec<PathToHarmRating>[] = [
  { field: 'rating', label: 'rating', render: asRating },
  { field: 'justification', label: 'justification', render: asText },
];
const APPLIES_FIELDS: LeafSpec<IndirectHarm | MitigationChallenge>[] = [
  { field: 'applies', label: 'applies', render: asYesNo },
  { field: 'description', label: 'description', render: asText },
];
const MITIGATION_FIELDS: LeafSpec<Mitigation>[] = [
  { field: 'kind', label: 'kind', render: asLabel },
  { field: 'description', label: 'description', render: asText },
];
const RELEASE_PLAN_FIELDS: LeafSpec<ReleasePlanItem>[] = [
  { field: 'contentLevel', label: 'content level', render: asLabel },
  { field: 'timing', label: 'timing', render: asLabel },
  { field: 'distribution', label: 'distribution', render: asLabel },
  { field: 'embargoUntil', label: 'embargo until', render: asText },
  { field: 'reviewEveryMonths', label: 'review every (months)', render: asText },
  { field: 'releaseEvent', label: 'release event', render: asText },
  { field: 'accessConditions', label: 'access conditions', render: asText },
];
const STAGE_FIELDS: LeafSpec<ReleaseStagePlan>[] = [
  { field: 'description', label: 'description', render: asText },
  { field: 'opensOn', label: 'opens on', render: asText },
  { field: 'trigger', label: 'trigger', render: asText },
];

/** Records a change when the rendered values differ; a missing side renders as null. */
function compareLeaf(
  changes: FieldChange[],
  path: string,
  label: string,
  before: { value: unknown } | null,
  after: { value: unknown } | null,
  render: Render,
): void {
  const b = before === null ? null : render(before.value);
  const a = after === null ? null : render(after.value);
  if (b !== a) changes.push({ path, label, before: b, after: a });
}

function compareItem<T extends object>(
  changes: FieldChange[],
  path: string,
  label: string,
  before: T | undefined,
  after: T | undefined,
  specs: readonly LeafSpec<T>[],
): void {
  for (const spec of specs) {
    compareLeaf(
      changes,
      `${path}.${spec.field}`,
      `${label} · ${spec.label}`,
      before === undefined ? null : { value: before[spec.field] },
      after === undefined ? null : { value: after[spec.field] },
      spec.render,
    );
  }
}

/** Lists whose rows have no identity of their own are compared position by position. */
function compareByPosition<T>(
  path: string,
  itemLabel: (index: number) => string,
  before: readonly T[],
  after: readonly T[],
  compareOne: (path: string, label: string, before: T | undefined, after: T | undefined) => void,
): void {
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    compareOne(
      `${path}.${i}`,
      itemLabel(i),
      i < before.length ? before[i] : undefined,
      i < after.length ? after[i] : undefined,
    );
  }
}

interface KeyedPair<T> {
  key: string;
  index: number;
  before: T | undefined;
  after: T | undefined;
}

/**
 * Pairs rows by key (first row per key on each side). Order: `order` first when given, then keys
 * in the order of `after`, then keys only `before` has. The path index is the row's position in
 * `after`, or in `before` for a removed row.
 */
function pairByKey<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (row: T) => string,
  order: readonly string[] = [],
): KeyedPair<T>[] {
  const index = (rows: readonly T[]): Map<string, { row: T; index: number }> => {
    const map = new Map<string, { row: T; index: number }>();
    rows.forEach((row, i) => {
      const key = keyOf(row);
      if (!map.has(key)) map.set(key, { row, index: i });
    });
    return map;
  };
  const b = index(before);
  const a = index(after);
  const keys = [...new Set([...order.filter((key) => a.has(key) || b.has(key)), ...a.keys(), ...b.keys()])];
  return keys.map((key) => ({
    key,
    index: (a.get(key) ?? b.get(key))?.index ?? 0,
    before: b.get(key)?.row,
    after: a.get(key)?.row,
  }));
}

function compareKeyed<T extends object>(
  changes: FieldChange[],
  section: string,
  before: readonly T[],
  after: readonly T[],
  keyOf: (row: T) => string,
  order: readonly string[],
  labelOfKey: (key: string) => string,
  specs: readonly LeafSpec<T>[],
): void {
  for (const pair of pairByKey(before, after, keyOf, order)) {
    compareItem(changes, `${section}.${pair.index}`, labelOfKey(pair.key), pair.before, pair.after, specs);
  }
}

export function compareStatementContents(
  before: ImpactStatementContent,
  after: ImpactStatementContent,
  artifacts: Artifact[] = [],
): SectionComparison[] {
  const bySection: Record<StatementSection, FieldChange[]> = {
    summary: [],
    hazards: [],
    pathToHarm: [],
    accessRatchet: [],
    indirectHarms: [],
    mitigationChallenges: [],
    benefits: [],
    mitigations: [],
    releasePlan: [],
  };

  compareLeaf(
    bySection.summary,
    'summary',
    'Summary',
    { value: before.summary },
    { value: after.summary },
    asText,
  );

  compareByPosition(
    'hazards',
    (i) => `Hazard ${i + 1}`,
    listOf(before.hazards),
    listOf(after.hazards),
    (path, label, b, a) => compareItem(bySection.hazards, path, label, b, a, HAZARD_FIELDS),
  );

  compareKeyed(
    bySection.pathToHarm,
    'pathToHarm',
    listOf(before.pathToHarm),
    listOf(after.pathToHarm),
    (row) => row.factor,
    PATH_TO_HARM_FACTORS,
    labelOf,
    PATH_TO_HARM_FIELDS,
  );

  compareLeaf(
    bySection.accessRatchet,
    'accessRatchetStage',
    'Access ratchet · stage',
    { value: before.accessRatchetStage },
    { value: after.accessRatchetStage },
    asLabel,
  );
  compareLeaf(
    bySection.accessRatchet,
    'accessRatchetJustification',
    'Access ratchet · justification',
    { value: before.accessRatchetJustification },
    { value: after.accessRatchetJustification },
    asText,
  );

  compareKeyed<IndirectHarm | MitigationChallenge>(
    bySection.indirectHarms,
    'indirectHarms',
    listOf(before.indirectHarms),
    listOf(after.indirectHarms),
    (row) => row.kind,
    INDIRECT_HARM_KINDS,
    labelOf,
    APPLIES_FIELDS,
  );
  compareKeyed<IndirectHarm | MitigationChallenge>(
    bySection.mitigationChallenges,
    'mitigationChallenges',
    listOf(before.mitigationChallenges),
    listOf(after.mitigationChallenges),
    (row) => row.kind,
    MITIGATION_CHALLENGE_KINDS,
    labelOf,
    APPLIES_FIELDS,
  );

  compareLeaf(
    bySection.benefits,
    'benefits',
    'Benefits',
    { value: before.benefits },
    { value: after.benefits },
    asText,
  );
  compareByPosition(
    'affectedGroups',
    (i) => `Affected group ${i + 1}`,
    listOf(before.affectedGroups),
    listOf(after.affectedGroups),
    (path, label, b, a) =>
      compareLeaf(
        bySection.benefits,
        path,
        label,
        b === undefined ? null : { value: b },
        a === undefined ? null : { value: a },
        asText,
      ),
  );

  compareByPosition(
    'mitigations',
    (i) => `Mitigation ${i + 1}`,
    listOf(before.mitigations),
    listOf(after.mitigations),
    (path, label, b, a) => compareItem(bySection.mitigations, path, label, b, a, MITIGATION_FIELDS),
  );

  const artifactName = new Map<string, string>();
  for (const artifact of listOf(artifacts)) {
    if (!artifactName.has(artifact.key) && artifact.name.trim() !== '')
      artifactName.set(artifact.key, artifact.name.trim());
  }
  for (const pair of pairByKey(
    listOf(before.releasePlan),
    listOf(after.releasePlan),
    (item) => item.artifactKey,
  )) {
    const path = `releasePlan.${pair.index}`;
    // Without artifacts (or for a removed one) the key is the best name there is.
    const name = artifactName.get(pair.key) ?? pair.key;
    compareItem(bySection.releasePlan, path, name, pair.before, pair.after, RELEASE_PLAN_FIELDS);
    compareByPosition(
      `${path}.stages`,
      (j) => `${name} · stage ${j + 1}`,
      listOf(pair.before?.stages),
      listOf(pair.after?.stages),
      (stagePath, label, b, a) => compareItem(bySection.releasePlan, stagePath, label, b, a, STAGE_FIELDS),
    );
  }

  return STATEMENT_SECTIONS.map((section) => ({
    section,
    title: SECTION_TITLES[section],
    changed: bySection[section].length > 0,
    changes: bySection[section],
  }));
}

/** A submitted version's details: what the authors registered beside the statement. */
export interface VersionDetails {
  title: string;
  abstract: string;
  links: SubmissionLinks;
  artifacts: Artifact[];
  /** In author order, as the version lists them. */
  authorNames: string[];
}

export interface ComparableVersion extends VersionDetails {
  content: ImpactStatementContent;
}

export const LINK_LABELS: Readonly<Record<keyof SubmissionLinks, string>> = {
  paperUrl: 'Paper PDF URL',
  openReviewUrl: 'OpenReview forum URL',
  doi: 'DOI',
  repositoryUrl: 'Repository URL',
};

const ARTIFACT_FIELDS: LeafSpec<Artifact>[] = [
  { field: 'name', label: 'name', render: asText },
  { field: 'kind', label: 'kind', render: asLabel },
  { field: 'powerLevel', label: 'power level', render: asLabel },
  { field: 'description', label: 'description', render: asText },
];

/** Title, abstract, links, authors and artifacts (matched by key) of two versions. */
export function compareVersionDetails(before: VersionDetails, after: VersionDetails): SectionComparison {
  const changes: FieldChange[] = [];
  compareLeaf(changes, 'title', 'Title', { value: before.title }, { value: after.title }, asText);
  compareLeaf(changes, 'abstract', 'Abstract', { value: before.abstract }, { value: after.abstract }, asText);
  for (const field of Object.keys(LINK_LABELS) as (keyof SubmissionLinks)[]) {
    compareLeaf(
      changes,
      `links.${field}`,
      LINK_LABELS[field],
      { value: before.links?.[field] ?? '' },
      { value: after.links?.[field] ?? '' },
      asText,
    );
  }
  compareLeaf(
    changes,
    'authors',
    'Authors',
    { value: listOf(before.authorNames).join(', ') },
    { value: listOf(after.authorNames).join(', ') },
    asText,
  );
  for (const pair of pairByKey(listOf(before.artifacts), listOf(after.artifacts), (a) => a.key)) {
    const name = (pair.after ?? pair.before)?.name.trim() || pair.key;
    compareItem(
      changes,
      `artifacts.${pair.index}`,
      `Artifact “${name}”`,
      pair.before,
      pair.after,
      ARTIFACT_FIELDS,
    );
  }
  return { section: 'details', title: 'Submission details', changed: changes.length > 0, changes };
}

/** Everything that differs between two submitted versions: details first, then each section. */
export function compareVersions(before: ComparableVersion, after: ComparableVersion): SectionComparison[] {
  // Release plans are named by the artifacts of either version (a removed one keeps its name).
  const artifacts: Artifact[] = [
    ...listOf(after.artifacts),
    ...listOf(before.artifacts).filter((a) => !listOf(after.artifacts).some((b) => b.key === a.key)),
  ];
  return [
    compareVersionDetails(before, after),
    ...compareStatementContents(before.content, after.content, artifacts),
  ];
}
