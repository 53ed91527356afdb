// Conditions of approval. A venue keeps a library of standard conditions its chairs pick from (and
// may edit), so the same requirement is worded the same way across decisions; a decided condition is
// a copy of a library entry, or written from scratch, tied to one artifact or to the whole work and
// optionally due by a date. The decision page and the API check both with these rules.
import type { FieldError } from '../statement/impact-statement.types';
import { findControlCharacter, controlCharacterMessage } from '../shared/text.rules';
import { isIsoDate, listOf, meaningfulLength, textOf } from '../shared/field-checks.util';

export interface ConditionLibraryEntry {
  /** A stable slug: decided conditions keep it to say which standard condition they started from. */
  readonly id: string;
  readonly text: string;
  /** The condition is about one artifact: the decision must say which. */
  readonly needsArtifact: boolean;
  /** The condition is met once, by a date the decision sets. */
  readonly needsDueDate: boolean;
}

/** The standard conditions a new venue starts with (seed 3.4 release options and mitigations). */
export const DEFAULT_CONDITION_LIBRARY: readonly ConditionLibraryEntry[] = [
  {
    id: 'withhold-model-grant-access-on-request',
    text: 'Withhold the trained model; grant access on request to accredited researchers.',
    needsArtifact: true,
    needsDueDate: false,
  },
  {
    id: 'watermark-generated-audio',
    text: 'Watermark generated audio.',
    needsArtifact: true,
    needsDueDate: false,
  },
  {
    id: 're-evaluate-before-next-stage',
    text: 'Re-evaluate before releasing the next stage.',
    needsArtifact: true,
    needsDueDate: false,
  },
  {
    id: 'publish-model-card',
    text: 'Publish a model card or datasheet stating intended uses, known limitations and the risks the committee identified.',
    needsArtifact: true,
    needsDueDate: true,
  },
  {
    id: 'report-misuse-within-14-days',
    text: 'Forward every report of misuse you receive to the committee within 14 days.',
    needsArtifact: false,
    needsDueDate: false,
  },
  {
    id: 'research-use-licence',
    text: 'Release only under a licence that restricts use to non-commercial research.',
    needsArtifact: true,
    needsDueDate: false,
  },
];

export const MAX_CONDITION_LIBRARY_ENTRIES = 50;
export const MAX_CONDITION_LIBRARY_TEXT = 500;
export const MAX_CONDITION_LIBRARY_ID = 60;
export const MAX_DECISION_CONDITIONS = 30;
export const MAX_CONDITION_TEXT = 2000;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A library a chair saved: at most 50 entries, slug ids used once, each with a condition of some words. */
export function validateConditionLibrary(entries: readonly ConditionLibraryEntry[]): FieldError[] {
  const list = listOf(entries);
  const errors: FieldError[] = [];
  if (list.length > MAX_CONDITION_LIBRARY_ENTRIES)
    errors.push({
      path: 'library',
      message: `A library holds at most ${MAX_CONDITION_LIBRARY_ENTRIES} conditions; remove ${list.length - MAX_CONDITION_LIBRARY_ENTRIES}.`,
    });
  const firstUse = new Map<string, number>();
  list.forEach((entry, i) => {
    const id = textOf(entry?.id);
    if (id.length === 0 || id.length > MAX_CONDITION_LIBRARY_ID || !SLUG.test(id))
      errors.push({
        path: `library.${i}.id`,
        message: `Use lower-case letters and digits in words joined by single hyphens (up to ${MAX_CONDITION_LIBRARY_ID}), such as “watermark-generated-audio”.`,
      });
    else if (firstUse.has(id))
      errors.push({
        path: `library.${i}.id`,
        message: `“${id}” is already the id of condition ${(firstUse.get(id) ?? 0) + 1}; give each condition its own.`,
      });
    else firstUse.set(id, i);
    errors.push(...checkText(entry?.text, `library.${i}.text`, MAX_CONDITION_LIBRARY_TEXT));
  });
  return errors;
}

/** A condition as decided: the text the authors read, the artifact it binds (or null for the whole work). */
export interface DecidedCondition {
  /** The library entry it started from, or null for a condition written for this decision. */
  readonly libraryId: string | null;
  readonly text: string;
  /** The artifact's key in the statement, or null when the condition applies to the whole work. */
  readonly artifactId: string | null;
  /** YYYY-MM-DD, or null when the condition holds for as long as the approval does. */
  readonly dueOn: string | null;
}

export interface ConditionContext {
  /** The keys of the statement's artifacts. */
  readonly artifactIds: readonly string[];
  /** YYYY-MM-DD in the venue's time zone. */
  readonly today: string;
  /** When given, a condition started from an entry must name the artifact or date the entry needs. */
  readonly library?: readonly ConditionLibraryEntry[];
}

/**
 * The conditions of a decision: at most 30, each with text, an artifact of this statement when it
 * names one, a real due date not already past, and none listed twice for the same artifact.
 */
export function validateDecisionConditions(
  conditions: readonly DecidedCondition[],
  context: ConditionContext,
): FieldError[] {
  const list = listOf(conditions);
  const errors: FieldError[] = [];
  if (list.length > MAX_DECISION_CONDITIONS)
    errors.push({
      path: 'conditions',
      message: `A decision has at most ${MAX_DECISION_CONDITIONS} conditions; combine or remove ${list.length - MAX_DECISION_CONDITIONS}.`,
    });
  const artifacts = new Set(listOf(context.artifactIds));
  const library = new Map(listOf(context.library).map((entry) => [entry.id, entry]));
  const firstUse = new Map<string, number>();
  list.forEach((condition, i) => {
    const path = `conditions.${i}`;
    const textErrors = checkText(condition?.text, `${path}.text`, MAX_CONDITION_TEXT);
    errors.push(...textErrors);

    const artifactId = condition?.artifactId ?? null;
    if (artifactId !== null && !artifacts.has(artifactId))
      errors.push({
        path: `${path}.artifactId`,
        message: 'Choose one of this statement’s artifacts, or none for a condition on the whole work.',
      });

    const dueOn = condition?.dueOn ?? null;
    if (dueOn !== null) {
      if (!isIsoDate(dueOn))
        errors.push({ path: `${path}.dueOn`, message: 'Give a date that exists, as YYYY-MM-DD.' });
      else if (dueOn < context.today)
        errors.push({
          path: `${path}.dueOn`,
          message: `${dueOn} has already passed; choose today (${context.today}) or a later day.`,
        });
    }

    const entry = condition?.libraryId != null ? library.get(condition.libraryId) : undefined;
    if (entry?.needsArtifact && artifactId === null)
      errors.push({ path: `${path}.artifactId`, message: 'Choose the artifact this condition applies to.' });
    if (entry?.needsDueDate && dueOn === null)
      errors.push({ path: `${path}.dueOn`, message: 'Give the date by which this must be done.' });

    if (textErrors.length === 0) {
      // Identical means the same words (ignoring case and spacing) on the same artifact.
      const key = `${artifactId ?? ''}\u0000${normalise(textOf(condition.text))}`;
      const first = firstUse.get(key);
      if (first !== undefined)
        errors.push({
          path: `${path}.text`,
          message: `This repeats condition ${first + 1}${artifactId === null ? '' : ' for the same artifact'}; remove one of them.`,
        });
      else firstUse.set(key, i);
    }
  });
  return errors;
}

/** A new decided condition from a library entry; the chair then picks the artifact and date it needs. */
export function conditionFromLibrary(entry: ConditionLibraryEntry): DecidedCondition {
  return { libraryId: entry.id, text: entry.text.trim(), artifactId: null, dueOn: null };
}

function checkText(value: unknown, path: string, max: number): FieldError[] {
  const length = meaningfulLength(value);
  if (length === 0) return [{ path, message: 'Write the condition.' }];
  if (length > max)
    return [
      {
        path,
        message: `Keep the condition under ${max.toLocaleString('en-GB')} characters (it has ${length.toLocaleString('en-GB')}).`,
      },
    ];
  const control = findControlCharacter(textOf(value), { multiLine: true });
  return control ? [{ path, message: controlCharacterMessage(control) }] : [];
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
