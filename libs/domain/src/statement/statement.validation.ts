// Validation of artifacts and impact statements, in two strengths:
// - a draft may be empty or incomplete, but never junk (unknown values, oversized text, dangling
//   references, malformed dates), so whatever is saved can always be shown and compared;
// - a submission must also be complete, because reviewers and the tier rubric read every section.
// Messages are sentences for the author; paths (`hazards.0.description`) tell the editor where.
import {
  ACCESS_RATCHET_STAGES,
  ARTIFACT_KINDS,
  CONTENT_LEVELS,
  HAZARD_KINDS,
  INDIRECT_HARM_KINDS,
  MITIGATION_CHALLENGE_KINDS,
  MITIGATION_KINDS,
  PATH_TO_HARM_FACTORS,
  POWER_LEVELS,
  RATINGS,
  RELEASE_DISTRIBUTIONS,
  RELEASE_TIMINGS,
  SEVERITIES,
  labelOf,
} from '../vocabulary/vocabulary';
import { isIsoDate, isOneOf, listOf, meaningfulLength, textOf, utcDayOf } from '../shared/field-checks.util';
import { STATEMENT_SECTIONS } from './impact-statement.types';
import type {
  Artifact,
  FieldError,
  ImpactStatementContent,
  ReleasePlanItem,
  StatementSection,
} from './impact-statement.types';

/** Free-text answers (summary, descriptions, justifications, conditions). */
export const MAX_TEXT = 5000;
/** Names and labels (artifact names and keys, affected groups). */
export const MAX_SHORT_TEXT = 300;
export const MAX_ARTIFACTS = 30;
export const MAX_HAZARDS = 30;
export const MAX_MITIGATIONS = 30;
export const MAX_AFFECTED_GROUPS = 50;
export const MAX_STAGES = 10;
/** A staged release with one stage is just a timed or evented release. */
export const MIN_STAGES = 2;
/** Descriptions and justifications: long enough to say something, short enough never to be a burden. */
export const MIN_DETAIL_TEXT = 10;
export const MIN_SUMMARY = 30;
export const MIN_BENEFITS = 30;
export const MIN_REVIEW_EVERY_MONTHS = 1;
/** Five years: a longer gap is no longer continuing review. */
export const MAX_REVIEW_EVERY_MONTHS = 60;

type Mode = 'draft' | 'submission';

/** What each section check needs; `now` only matters for submission (embargo dates). */
interface Check {
  mode: Mode;
  now: Date;
  artifacts: readonly Artifact[];
  errors: FieldError[];
}

function fail(check: Check, path: string, message: string): void {
  check.errors.push({ path, message });
}

/** Text must fit its limit; reports the actual length so the author knows how much to cut. */
function checkMaxLength(check: Check, path: string, value: unknown, max: number): void {
  const length = textOf(value).length;
  if (length > max) fail(check, path, `Shorten this to at most ${max} characters (it has ${length}).`);
}

function checkMaxCount(
  check: Check,
  path: string,
  list: readonly unknown[],
  max: number,
  noun: string,
): void {
  if (list.length > max) fail(check, path, `List at most ${max} ${noun} (there are ${list.length}).`);
}

/** Null and '' both mean "not set": forms send either for an empty date field. */
function isUnset(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function quoted(value: string): string {
  return `“${labelOf(value)}”`;
}

// ---------------------------------------------------------------------------------------------
// Artifacts

/**
 * Artifacts as a draft may hold them: bounded, with known kinds and unique keys (release plans point
 * at keys), but names may still be missing while the authors type.
 */
export function validateDraftArtifacts(artifacts: Artifact[]): FieldError[] {
  return checkArtifacts(artifacts, 'draft');
}

/** Artifacts as a submission needs them: at least one, each named. */
export function validateArtifacts(artifacts: Artifact[]): FieldError[] {
  return checkArtifacts(artifacts, 'submission');
}

function checkArtifacts(artifacts: Artifact[], mode: Mode): FieldError[] {
  const errors: FieldError[] = [];
  const list = listOf(artifacts);
  if (mode === 'submission' && list.length === 0) {
    errors.push({ path: 'artifacts', message: 'Add at least one artifact; the paper itself counts as one.' });
  }
  if (list.length > MAX_ARTIFACTS) {
    errors.push({
      path: 'artifacts',
      message: `List at most ${MAX_ARTIFACTS} artifacts (there are ${list.length}).`,
    });
  }
  const seenKeys = new Set<string>();
  list.forEach((artifact, i) => {
    const at = `artifacts.${i}`;
    const key = textOf(artifact.key);
    if (key.trim() === '') {
      errors.push({ path: `${at}.key`, message: 'Give this artifact a key.' });
    } else if (key.length > MAX_SHORT_TEXT) {
      errors.push({
        path: `${at}.key`,
        message: `Shorten this key to at most ${MAX_SHORT_TEXT} characters.`,
      });
    } else if (seenKeys.has(key)) {
      errors.push({ path: `${at}.key`, message: 'Another artifact already uses this key.' });
    }
    seenKeys.add(key);
    if (!isOneOf(ARTIFACT_KINDS, artifact.kind)) {
      errors.push({ path: `${at}.kind`, message: 'Choose what kind of artifact this is.' });
    }
    if (!isOneOf(POWER_LEVELS, artifact.powerLevel)) {
      errors.push({
        path: `${at}.powerLevel`,
        message: 'Choose how much power or detail this artifact carries.',
      });
    }
    const name = textOf(artifact.name);
    if (mode === 'submission' && name.trim() === '') {
      errors.push({ path: `${at}.name`, message: 'Name this artifact.' });
    } else if (name.length > MAX_SHORT_TEXT) {
      errors.push({
        path: `${at}.name`,
        message: `Shorten this to at most ${MAX_SHORT_TEXT} characters (it has ${name.length}).`,
      });
    }
    const description = textOf(artifact.description);
    if (description.length > MAX_TEXT) {
      errors.push({
        path: `${at}.description`,
        message: `Shorten this to at most ${MAX_TEXT} characters (it has ${description.length}).`,
      });
    }
  });
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Sections. Each check reports draft problems always and completeness problems only in
// submission mode, so the errors come out in section order without sorting.

function checkSummary(check: Check, content: ImpactStatementContent): void {
  checkMaxLength(check, 'summary', content.summary, MAX_TEXT);
  if (check.mode === 'submission' && meaningfulLength(content.summary) < MIN_SUMMARY) {
    fail(
      check,
      'summary',
      `Summarise the work and its possible impact in at least ${MIN_SUMMARY} characters.`,
    );
  }
}

function checkHazards(check: Check, content: ImpactStatementContent): void {
  const hazards = listOf(content.hazards);
  checkMaxCount(check, 'hazards', hazards, MAX_HAZARDS, 'hazards');
  if (check.mode === 'submission' && hazards.length === 0) {
    fail(check, 'hazards', 'Describe at least one hazard; if the risk is small, add it with low severity.');
  }
  hazards.forEach((hazard, i) => {
    const at = `hazards.${i}`;
    if (!isOneOf(HAZARD_KINDS, hazard.kind)) fail(check, `${at}.kind`, 'Choose the kind of this hazard.');
    // Not yet rated (null) is a state a draft may be in; anything else must be a known severity.
    const rated = hazard.severity !== null && hazard.severity !== undefined;
    if (rated ? !isOneOf(SEVERITIES, hazard.severity) : check.mode === 'submission')
      fail(check, `${at}.severity`, 'Choose how severe this hazard is.');
    checkMaxLength(check, `${at}.description`, hazard.description, MAX_TEXT);
    if (check.mode === 'submission' && meaningfulLength(hazard.description) < MIN_DETAIL_TEXT) {
      fail(check, `${at}.description`, `Describe this hazard in at least ${MIN_DETAIL_TEXT} characters.`);
    }
  });
}

/**
 * Rows keyed by a vocabulary entry (path to harm, indirect harms, mitigation challenges): the key
 * must be known and appear once; in a submission every entry must be answered.
 */
function checkKeyedRows<K extends string>(
  check: Check,
  section: string,
  keyField: 'factor' | 'kind',
  vocabulary: readonly K[],
  keys: readonly unknown[],
  missingMessage: (key: K) => string,
): void {
  const answered = new Set<K>();
  keys.forEach((key, i) => {
    const at = `${section}.${i}.${keyField}`;
    if (!isOneOf(vocabulary, key)) {
      fail(check, at, 'This row does not match any question of the form; remove it.');
    } else if (answered.has(key)) {
      fail(check, at, `${quoted(key)} is answered more than once; keep one answer.`);
    } else {
      answered.add(key);
    }
  });
  if (check.mode === 'submission') {
    for (const key of vocabulary) if (!answered.has(key)) fail(check, section, missingMessage(key));
  }
}

function checkPathToHarm(check: Check, content: ImpactStatementContent): void {
  const rows = listOf(content.pathToHarm);
  checkKeyedRows(
    check,
    'pathToHarm',
    'factor',
    PATH_TO_HARM_FACTORS,
    rows.map((row) => row.factor),
    (factor) => `Rate the factor ${quoted(factor)} and justify the rating.`,
  );
  rows.forEach((row, i) => {
    const at = `pathToHarm.${i}`;
    const rated = row.rating !== null && row.rating !== undefined;
    if (rated ? !isOneOf(RATINGS, row.rating) : check.mode === 'submission') {
      fail(check, `${at}.rating`, `Rate ${quoted(textOf(row.factor))}: low, medium or high.`);
    }
    checkMaxLength(check, `${at}.justification`, row.justification, MAX_TEXT);
    if (check.mode === 'submission' && meaningfulLength(row.justification) < MIN_DETAIL_TEXT) {
      fail(
        check,
        `${at}.justification`,
        `Justify the rating of ${quoted(textOf(row.factor))} in at least ${MIN_DETAIL_TEXT} characters.`,
      );
    }
  });
}

function checkAccessRatchet(check: Check, content: ImpactStatementContent): void {
  const stage = content.accessRatchetStage;
  if (stage !== null && stage !== undefined && !isOneOf(ACCESS_RATCHET_STAGES, stage)) {
    fail(check, 'accessRatchetStage', 'Choose one of the stages of the access ratchet.');
  }
  checkMaxLength(check, 'accessRatchetJustification', content.accessRatchetJustification, MAX_TEXT);
  if (check.mode !== 'submission') return;
  if (stage === null || stage === undefined) {
    fail(check, 'accessRatchetStage', 'Choose the stage of the access ratchet this capability has reached.');
  }
  if (meaningfulLength(content.accessRatchetJustification) < MIN_DETAIL_TEXT) {
    fail(
      check,
      'accessRatchetJustification',
      `Explain in at least ${MIN_DETAIL_TEXT} characters why the capability is at this stage.`,
    );
  }
}

/** Indirect harms and mitigation challenges share a shape: every kind says whether it applies. */
function checkAppliesRows<K extends string>(
  check: Check,
  section: 'indirectHarms' | 'mitigationChallenges',
  vocabulary: readonly K[],
  rows: readonly { kind: K; applies: boolean | null; description: string }[],
): void {
  checkKeyedRows(
    check,
    section,
    'kind',
    vocabulary,
    rows.map((row) => row.kind),
    (kind) => `Say whether ${quoted(kind)} applies to this work.`,
  );
  rows.forEach((row, i) => {
    const at = `${section}.${i}`;
    // null is "not answered yet": fine in a draft, but a submission needs an answer for every kind.
    const answered = row.applies !== null && row.applies !== undefined;
    if (answered ? typeof row.applies !== 'boolean' : check.mode === 'submission') {
      fail(check, `${at}.applies`, `Say whether ${quoted(textOf(row.kind))} applies to this work.`);
    }
    checkMaxLength(check, `${at}.description`, row.description, MAX_TEXT);
    if (
      check.mode === 'submission' &&
      row.applies === true &&
      meaningfulLength(row.description) < MIN_DETAIL_TEXT
    ) {
      fail(
        check,
        `${at}.description`,
        `Describe how ${quoted(textOf(row.kind))} applies, in at least ${MIN_DETAIL_TEXT} characters.`,
      );
    }
  });
}

function checkBenefits(check: Check, content: ImpactStatementContent): void {
  checkMaxLength(check, 'benefits', content.benefits, MAX_TEXT);
  if (check.mode === 'submission' && meaningfulLength(content.benefits) < MIN_BENEFITS) {
    fail(check, 'benefits', `Describe the benefits of the work in at least ${MIN_BENEFITS} characters.`);
  }
  const groups = listOf(content.affectedGroups);
  checkMaxCount(check, 'affectedGroups', groups, MAX_AFFECTED_GROUPS, 'affected groups');
  if (check.mode === 'submission' && groups.length === 0) {
    fail(check, 'affectedGroups', 'Name at least one group of people the work may affect.');
  }
  groups.forEach((group, i) => {
    checkMaxLength(check, `affectedGroups.${i}`, group, MAX_SHORT_TEXT);
    if (check.mode === 'submission' && meaningfulLength(group) === 0) {
      fail(check, `affectedGroups.${i}`, 'Name this group, or remove it.');
    }
  });
}

function checkMitigations(check: Check, content: ImpactStatementContent): void {
  const mitigations = listOf(content.mitigations);
  checkMaxCount(check, 'mitigations', mitigations, MAX_MITIGATIONS, 'mitigations');
  if (check.mode === 'submission' && mitigations.length === 0) {
    // Only work whose hazards are all low may go without a mitigation; an unrated hazard is not
    // "low", and no hazards at all is not an answer (so an empty section never counts as done).
    const hazards = listOf(content.hazards);
    const aboveLow = hazards.some(
      (hazard) => isOneOf(SEVERITIES, hazard.severity) && hazard.severity !== 'low',
    );
    if (aboveLow) {
      fail(check, 'mitigations', 'Describe at least one mitigation: a hazard is rated above low severity.');
    } else if (hazards.length === 0 || !hazards.every((hazard) => hazard.severity === 'low')) {
      fail(
        check,
        'mitigations',
        'Describe at least one mitigation; only work whose hazards are all rated low may go without.',
      );
    }
  }
  mitigations.forEach((mitigation, i) => {
    const at = `mitigations.${i}`;
    if (!isOneOf(MITIGATION_KINDS, mitigation.kind))
      fail(check, `${at}.kind`, 'Choose the kind of this mitigation.');
    checkMaxLength(check, `${at}.description`, mitigation.description, MAX_TEXT);
    if (check.mode === 'submission' && meaningfulLength(mitigation.description) < MIN_DETAIL_TEXT) {
      fail(check, `${at}.description`, `Describe this mitigation in at least ${MIN_DETAIL_TEXT} characters.`);
    }
  });
}

/**
 * Release-plan messages name their artifact ("Release plan for “Voice model”: choose a timing."), so
 * a list of problems makes sense without the form beside it.
 */
function planFail(check: Check, path: string, subject: string, message: string): void {
  fail(check, path, `${subject}: ${message}`);
}

function planMaxLength(check: Check, path: string, subject: string, value: unknown, max: number): void {
  const length = textOf(value).length;
  if (length > max)
    planFail(check, path, subject, `shorten this to at most ${max} characters (it has ${length}).`);
}

function checkStages(check: Check, item: ReleasePlanItem, at: string, subject: string): void {
  const stages = listOf(item.stages);
  if (stages.length > MAX_STAGES) {
    planFail(
      check,
      `${at}.stages`,
      subject,
      `list at most ${MAX_STAGES} stages (there are ${stages.length}).`,
    );
  }
  const staged = check.mode === 'submission' && item.timing === 'staged';
  if (staged && stages.length < MIN_STAGES) {
    planFail(check, `${at}.stages`, subject, `a staged release needs at least ${MIN_STAGES} stages.`);
  }
  let previousDate: string | null = null;
  stages.forEach((stage, j) => {
    const stageAt = `${at}.stages.${j}`;
    const stageSubject = `${subject}, stage ${j + 1}`;
    planMaxLength(check, `${stageAt}.description`, stageSubject, stage.description, MAX_TEXT);
    planMaxLength(check, `${stageAt}.trigger`, stageSubject, stage.trigger, MAX_TEXT);
    const dated = !isUnset(stage.opensOn);
    if (dated && !isIsoDate(stage.opensOn)) {
      planFail(
        check,
        `${stageAt}.opensOn`,
        stageSubject,
        'write the date as YYYY-MM-DD, for example 2030-01-31.',
      );
    }
    if (!staged) return;
    if (meaningfulLength(stage.description) === 0) {
      planFail(check, `${stageAt}.description`, stageSubject, 'describe what this stage releases.');
    }
    if (!dated && meaningfulLength(stage.trigger) === 0) {
      planFail(
        check,
        `${stageAt}.opensOn`,
        stageSubject,
        'give the date this stage opens, or the event that opens it.',
      );
    }
    // Stages are successively more powerful releases, so their dates cannot run backwards.
    if (isIsoDate(stage.opensOn)) {
      if (previousDate !== null && stage.opensOn < previousDate) {
        planFail(
          check,
          `${stageAt}.opensOn`,
          stageSubject,
          'this stage opens before an earlier stage; stages open in order.',
        );
      }
      previousDate = stage.opensOn;
    }
  });
}

function checkReleasePlanItem(check: Check, item: ReleasePlanItem, at: string, subject: string): void {
  if (!isOneOf(CONTENT_LEVELS, item.contentLevel)) {
    planFail(check, `${at}.contentLevel`, subject, 'choose how much of it is released.');
  }
  if (!isOneOf(RELEASE_TIMINGS, item.timing)) planFail(check, `${at}.timing`, subject, 'choose a timing.');
  if (!isOneOf(RELEASE_DISTRIBUTIONS, item.distribution)) {
    planFail(check, `${at}.distribution`, subject, 'choose who may get it.');
  }
  const embargoMalformed = !isUnset(item.embargoUntil) && !isIsoDate(item.embargoUntil);
  if (embargoMalformed) {
    planFail(check, `${at}.embargoUntil`, subject, 'write the date as YYYY-MM-DD, for example 2030-01-31.');
  }
  const months = item.reviewEveryMonths;
  const monthsSet = months !== null && months !== undefined;
  if (
    monthsSet &&
    !(Number.isInteger(months) && months >= MIN_REVIEW_EVERY_MONTHS && months <= MAX_REVIEW_EVERY_MONTHS)
  ) {
    planFail(
      check,
      `${at}.reviewEveryMonths`,
      subject,
      `choose a whole number of months from ${MIN_REVIEW_EVERY_MONTHS} to ${MAX_REVIEW_EVERY_MONTHS}.`,
    );
  }
  planMaxLength(check, `${at}.releaseEvent`, subject, item.releaseEvent, MAX_TEXT);
  planMaxLength(check, `${at}.accessConditions`, subject, item.accessConditions, MAX_TEXT);
  checkStages(check, item, at, subject);
  if (check.mode !== 'submission') return;

  if (item.timing === 'timed') {
    if (isUnset(item.embargoUntil)) {
      planFail(check, `${at}.embargoUntil`, subject, 'choose the date the embargo lifts.');
    } else if (!embargoMalformed && textOf(item.embargoUntil) <= utcDayOf(check.now)) {
      // Dates are calendar days compared in UTC: an embargo lifting today or earlier is no embargo.
      planFail(
        check,
        `${at}.embargoUntil`,
        subject,
        'the embargo must lift after today; choose a later date.',
      );
    }
  }
  if (item.timing === 'periodic_evaluation' && !monthsSet) {
    planFail(
      check,
      `${at}.reviewEveryMonths`,
      subject,
      'choose how many months pass between re-evaluations.',
    );
  }
  if (item.timing === 'evented' && meaningfulLength(item.releaseEvent) === 0) {
    planFail(check, `${at}.releaseEvent`, subject, 'describe the external event that releases it.');
  }
  if (isOneOf(RELEASE_DISTRIBUTIONS, item.distribution) && item.distribution !== 'public') {
    if (meaningfulLength(item.accessConditions) < MIN_DETAIL_TEXT) {
      planFail(
        check,
        `${at}.accessConditions`,
        subject,
        `describe who may get access and on what conditions, in at least ${MIN_DETAIL_TEXT} characters.`,
      );
    }
  }
  if (item.contentLevel === 'withheld' && item.distribution === 'public' && item.timing === 'immediate') {
    planFail(
      check,
      `${at}.contentLevel`,
      subject,
      'it is marked withheld but also released publicly and immediately, which contradicts itself. ' +
        'Choose a content level other than withheld, or a different timing or distribution.',
    );
  }
}

/** “Voice model”, or “voice-model” (the key) while the artifact has no name yet. */
function artifactLabel(artifacts: readonly Artifact[], key: string): string {
  const name = textOf(artifacts.find((artifact) => artifact.key === key)?.name).trim();
  return `“${name === '' ? key : name}”`;
}

function checkReleasePlan(check: Check, content: ImpactStatementContent): void {
  const items = listOf(content.releasePlan);
  const artifactKeys = new Set(check.artifacts.map((artifact) => artifact.key));
  const planned = new Set<string>();
  items.forEach((item, i) => {
    const at = `releasePlan.${i}`;
    const key = textOf(item.artifactKey);
    if (!artifactKeys.has(key)) {
      fail(
        check,
        `${at}.artifactKey`,
        'This plan refers to an artifact the submission does not have; remove it.',
      );
    } else if (planned.has(key)) {
      fail(check, `${at}.artifactKey`, 'This artifact already has a release plan; keep one.');
    }
    planned.add(key);
    checkReleasePlanItem(check, item, at, `Release plan for ${artifactLabel(check.artifacts, key)}`);
  });
  if (check.mode !== 'submission') return;
  // Without artifacts there is nothing to plan, and an empty plan is not a finished one.
  if (check.artifacts.length === 0) {
    fail(check, 'releasePlan', 'Add the artifacts in the submission details, then plan their release.');
  }
  const named = new Set<string>();
  for (const artifact of check.artifacts) {
    if (planned.has(artifact.key) || named.has(artifact.key)) continue;
    named.add(artifact.key);
    const name = meaningfulLength(artifact.name) > 0 ? `“${artifact.name.trim()}”` : 'this artifact';
    fail(check, 'releasePlan', `Plan the release of ${name}.`);
  }
}

function runChecks(
  mode: Mode,
  content: ImpactStatementContent,
  artifacts: Artifact[],
  now: Date,
): FieldError[] {
  const check: Check = { mode, now, artifacts: listOf(artifacts), errors: [] };
  checkSummary(check, content);
  checkHazards(check, content);
  checkPathToHarm(check, content);
  checkAccessRatchet(check, content);
  checkAppliesRows(check, 'indirectHarms', INDIRECT_HARM_KINDS, listOf(content.indirectHarms));
  checkAppliesRows(
    check,
    'mitigationChallenges',
    MITIGATION_CHALLENGE_KINDS,
    listOf(content.mitigationChallenges),
  );
  checkBenefits(check, content);
  checkMitigations(check, content);
  checkReleasePlan(check, content);
  return check.errors;
}

/**
 * What every saved draft satisfies: known values, bounded sizes, existing artifacts, well-formed
 * dates. The artifacts themselves are checked by validateDraftArtifacts and validateArtifacts.
 */
/**
 * The checks a submitted release plan passes, on a plan alone: a committee's decided plan is
 * held to the same standard as the authors' (every artifact once, dates and periods complete).
 */
export function validateReleasePlan(items: readonly ReleasePlanItem[], artifacts: readonly Artifact[], now: Date): FieldError[] {
  const check: Check = { mode: 'submission', now, artifacts, errors: [] };
  checkReleasePlan(check, { releasePlan: [...items] } as ImpactStatementContent);
  return check.errors;
}

export function validateDraft(content: ImpactStatementContent, artifacts: Artifact[]): FieldError[] {
  // `now` is irrelevant to drafts; any date will do.
  return runChecks('draft', content, artifacts, new Date(0));
}

/** validateDraft plus completeness of every section; errors come in section order. */
export function validateForSubmission(
  content: ImpactStatementContent,
  artifacts: Artifact[],
  now: Date,
): FieldError[] {
  return runChecks('submission', content, artifacts, now);
}

const SECTION_OF_FIELD: Readonly<Record<string, StatementSection>> = {
  summary: 'summary',
  hazards: 'hazards',
  pathToHarm: 'pathToHarm',
  accessRatchetStage: 'accessRatchet',
  accessRatchetJustification: 'accessRatchet',
  indirectHarms: 'indirectHarms',
  mitigationChallenges: 'mitigationChallenges',
  benefits: 'benefits',
  affectedGroups: 'benefits',
  mitigations: 'mitigations',
  releasePlan: 'releasePlan',
};

/** The editor section a content path belongs to (`affectedGroups.2` → benefits), or null. */
export function sectionOfPath(path: string): StatementSection | null {
  const field = path.split('.')[0] ?? '';
  return Object.prototype.hasOwnProperty.call(SECTION_OF_FIELD, field)
    ? (SECTION_OF_FIELD[field] ?? null)
    : null;
}

export interface SectionStatus {
  section: StatementSection;
  complete: boolean;
  errors: FieldError[];
}

/** Submission errors grouped by section, in editor order, so the editor can mark what is missing. */
export function sectionStatus(
  content: ImpactStatementContent,
  artifacts: Artifact[],
  now: Date,
): SectionStatus[] {
  const errors = validateForSubmission(content, artifacts, now);
  return STATEMENT_SECTIONS.map((section) => {
    const own = errors.filter((error) => sectionOfPath(error.path) === section);
    return { section, complete: own.length === 0, errors: own };
  });
}
