// Decision letters: each venue keeps an editable template per outcome, written in plain text with
// variables such as {{statement.title}}; the letter sent is the template with the decision's values
// put in. A template is checked when a chair saves it, so a misspelt variable is caught in the editor
// rather than reaching the authors. Values are inserted as they are and never read as template text:
// a title that contains "{{outcome}}" stays literal.
import type { FieldError } from '../statement/impact-statement.types';
import { controlCharacterMessage, findControlCharacter } from '../shared/text.rules';
import { meaningfulLength, textOf } from '../shared/field-checks.util';
import type { DecisionOutcome } from './decision.rules';
import { RELEASE_PLAN_PART_LABELS } from './release-plan-comparison.rules';

/** The variables a template may name, in the order the editor's help lists them. */
export const LETTER_VARIABLES = [
  { name: 'statement.title', description: 'The title of the work the impact statement is about.' },
  { name: 'outcome', description: 'The decision, in words, such as “Approved with conditions”.' },
  {
    name: 'conditions',
    description:
      'The conditions of approval as a numbered list, each with its artifact and due date where it has one; “None.” when there are none.',
  },
  {
    name: 'releasePlan',
    description:
      'The decided release plan: for each artifact, what is released, when and to whom; “None.” when there is none.',
  },
  {
    name: 'reviews',
    description:
      'The reviews released to the authors, each under its label (reviewers’ names are not shown); “None.” when none are released.',
  },
  {
    name: 'venue.name',
    description: 'The name of the venue, such as “ACL 2025 Workshop on Voice Synthesis”.',
  },
  { name: 'authors', description: 'The authors’ names, as “A, B and C”.' },
  { name: 'decidedOn', description: 'The date of the decision.' },
  { name: 'chair', description: 'The name of the chair who signs the decision.' },
] as const satisfies readonly { name: string; description: string }[];
export type LetterVariable = (typeof LETTER_VARIABLES)[number]['name'];

const VARIABLE_NAMES: readonly string[] = LETTER_VARIABLES.map((v) => v.name);

export interface LetterTemplate {
  readonly subject: string;
  readonly body: string;
}

export interface LetterCondition {
  readonly text: string;
  /** null when the condition applies to the whole work. */
  readonly artifactName: string | null;
  /** As the letter should show it (already formatted), or null when it has no due date. */
  readonly dueOn: string | null;
}

/** One artifact's decided plan, each part already in words (e.g. "Withheld", "Staged", "Ask for access"). */
export interface LetterReleasePlanRow {
  readonly artifactName: string;
  readonly contentLevel: string;
  readonly timing: string;
  readonly distribution: string;
}

export interface LetterReview {
  /** What the authors see instead of a name, such as "Expert review 1" or "Community feedback 2". */
  readonly label: string;
  readonly text: string;
}

/** Everything a letter may say, already in the words the authors should read. */
export interface LetterValues {
  readonly statementTitle: string;
  /** The outcome's label, such as DECISION_OUTCOME_LABELS gives. */
  readonly outcome: string;
  readonly venueName: string;
  readonly authors: readonly string[];
  readonly decidedOn: string;
  readonly chair: string;
  readonly conditions: readonly LetterCondition[];
  readonly releasePlan: readonly LetterReleasePlanRow[];
  readonly reviews: readonly LetterReview[];
}

const SIGNATURE = `Yours sincerely,

{{chair}}
Chair, impact review committee
{{venue.name}}`;

const QUESTIONS =
  'If anything in this letter is unclear, or you believe the committee has misunderstood the work, reply to this message and the committee will answer.';

/** The letters a new venue starts with; chairs edit them per venue. */
export const DEFAULT_LETTER_TEMPLATES: Readonly<Record<DecisionOutcome, LetterTemplate>> = {
  exempt: {
    subject: '{{venue.name}}: “{{statement.title}}” is exempt from further impact review',
    body: `Dear {{authors}},

On {{decidedOn}} the impact review committee of {{venue.name}} reviewed the impact statement for “{{statement.title}}” and found that the work carries minimal risk.

Decision: {{outcome}}

No further review is needed, and no continuing review will be scheduled. You may release the work as your statement describes:

{{releasePlan}}

The exemption covers the work as described. Before you release something more powerful or more detailed than this, or to a wider audience, file an amendment so the committee can check that the exemption still holds. If you learn that the work is being misused, report it through the venue’s incident form.

${QUESTIONS}

${SIGNATURE}`,
  },
  approved: {
    subject: '{{venue.name}}: impact statement for “{{statement.title}}” approved',
    body: `Dear {{authors}},

On {{decidedOn}} the impact review committee of {{venue.name}} approved the impact statement for “{{statement.title}}”, with the release plan below.

Decision: {{outcome}}

Approved release plan:
{{releasePlan}}

What happens next:
- Release each artifact only as the plan says: what is released, when and to whom.
- The approval is subject to continuing review. You will be reminded before the next review is due; if it does not take place in time, the approval lapses and releases under it must pause.
- To change the plan, file an amendment and wait for it to be approved before acting on the change.
- Report any misuse of the work, or any new risk you learn of, to the committee promptly.

Reviews released to you:
{{reviews}}

${QUESTIONS}

${SIGNATURE}`,
  },
  approved_with_conditions: {
    subject: '{{venue.name}}: impact statement for “{{statement.title}}” approved with conditions',
    body: `Dear {{authors}},

On {{decidedOn}} the impact review committee of {{venue.name}} approved the impact statement for “{{statement.title}}”, on the conditions below.

Decision: {{outcome}}

Conditions of approval:
{{conditions}}

The approval holds only while these conditions are met. Please confirm to the committee when you have met each condition that has a due date, by that date. If a condition cannot be met as written, file an amendment before it is due rather than departing from it.

Approved release plan:
{{releasePlan}}

What happens next:
- Release each artifact only as the plan and the conditions say.
- The approval is subject to continuing review. You will be reminded before the next review is due; if it does not take place in time, the approval lapses and releases under it must pause.
- Report any misuse of the work, or any new risk you learn of, to the committee promptly.

Reviews released to you:
{{reviews}}

${QUESTIONS}

${SIGNATURE}`,
  },
  revise_and_resubmit: {
    subject: '{{venue.name}}: please revise the impact statement for “{{statement.title}}”',
    body: `Dear {{authors}},

On {{decidedOn}} the impact review committee of {{venue.name}} reviewed the impact statement for “{{statement.title}}”. The committee cannot approve it as it stands, and asks you to revise it and submit it again.

Decision: {{outcome}}

The reviews below explain what the committee needs to see. In your revision, please answer each point, either by changing the statement or the release plan, or by explaining in your response why no change is needed. Your revised statement keeps its history, so reviewers will see what changed.

Until a revised statement is approved, please do not release the artifacts it describes beyond what is already public.

Reviews released to you:
{{reviews}}

${QUESTIONS}

${SIGNATURE}`,
  },
  not_approved: {
    subject: '{{venue.name}}: impact statement for “{{statement.title}}” not approved',
    body: `Dear {{authors}},

On {{decidedOn}} the impact review committee of {{venue.name}} considered the impact statement for “{{statement.title}}” and did not approve it.

Decision: {{outcome}}

The committee’s reasons are set out in the reviews below. The artifacts the statement describes may not be released with the approval of {{venue.name}}.

You may ask the committee to reconsider: reply to this letter saying what you believe it misunderstood, or submit a new statement for a substantially changed work or release plan.

Reviews released to you:
{{reviews}}

${SIGNATURE}`,
  },
};

export const MAX_LETTER_SUBJECT = 200;
export const MAX_LETTER_BODY = 20_000;

type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'variable'; readonly name: string; readonly raw: string }
  | { readonly kind: 'unclosed'; readonly at: number }
  | { readonly kind: 'unopened'; readonly at: number };

/**
 * The template cut into text and `{{name}}` variables (spaces inside the braces allowed). A `{{` with
 * no `}}` before the next `{{` or the end of its line is unclosed; a `}}` with no `{{` is unopened.
 * Both stay as literal text; single braces are always text. Linear in the length, since the API runs
 * it on whatever a client sends.
 */
function scan(template: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  let stray = template.indexOf('}}');
  while (i < template.length) {
    if (stray !== -1 && stray < i) stray = template.indexOf('}}', i);
    const open = template.indexOf('{{', i);
    if (stray !== -1 && (open === -1 || stray < open)) {
      pieces.push(
        { kind: 'text', text: template.slice(i, stray) },
        { kind: 'unopened', at: stray },
        { kind: 'text', text: '}}' },
      );
      i = stray + 2;
      continue;
    }
    if (open === -1) {
      pieces.push({ kind: 'text', text: template.slice(i) });
      break;
    }
    pieces.push({ kind: 'text', text: template.slice(i, open) });
    const close = closingBraces(template, open + 2);
    if (close === -1) {
      pieces.push({ kind: 'unclosed', at: open }, { kind: 'text', text: '{{' });
      i = open + 2;
      continue;
    }
    pieces.push({
      kind: 'variable',
      name: template.slice(open + 2, close).trim(),
      raw: template.slice(open, close + 2),
    });
    i = close + 2;
  }
  return pieces;
}

/** Where the `}}` closing a variable opened before `from` is, or -1 if `{{`, a line break or the end comes first. */
function closingBraces(template: string, from: number): number {
  for (let j = from; j < template.length; j++) {
    const c = template[j];
    if (c === '\n' || c === '\r') return -1;
    if (c === '{' && template[j + 1] === '{') return -1;
    if (c === '}' && template[j + 1] === '}') return j;
  }
  return -1;
}

const MAX_BRACE_ERRORS = 10;

const ALL_VARIABLES = VARIABLE_NAMES.map((name) => `{{${name}}}`).join(', ');

/** The problems with a template a chair saves; every message names the variable or the line at fault. */
export function validateLetterTemplate(template: LetterTemplate): FieldError[] {
  const errors: FieldError[] = [];
  const subject = textOf(template?.subject);
  const body = textOf(template?.body);

  const subjectLength = meaningfulLength(subject);
  if (subjectLength === 0) errors.push({ path: 'subject', message: 'Write a subject.' });
  else if (subjectLength > MAX_LETTER_SUBJECT)
    errors.push({
      path: 'subject',
      message: `Keep the subject under ${MAX_LETTER_SUBJECT} characters (it has ${subjectLength}).`,
    });
  const subjectControl = findControlCharacter(subject, { multiLine: false });
  if (subjectControl) errors.push({ path: 'subject', message: controlCharacterMessage(subjectControl) });

  const bodyLength = meaningfulLength(body);
  if (bodyLength === 0) errors.push({ path: 'body', message: 'Write the letter.' });
  else if (bodyLength > MAX_LETTER_BODY)
    errors.push({
      path: 'body',
      message: `Keep the letter under ${MAX_LETTER_BODY.toLocaleString('en-GB')} characters (it has ${bodyLength.toLocaleString('en-GB')}).`,
    });
  const bodyControl = findControlCharacter(body, { multiLine: true });
  if (bodyControl) errors.push({ path: 'body', message: controlCharacterMessage(bodyControl) });

  errors.push(...variableErrors('subject', subject), ...variableErrors('body', body));
  return errors;
}

function variableErrors(path: 'subject' | 'body', template: string): FieldError[] {
  const errors: FieldError[] = [];
  const reported = new Set<string>();
  for (const piece of scan(template)) {
    // Enough to fix the template by; a pasted mess of braces should not yield thousands of messages.
    if (errors.length === MAX_BRACE_ERRORS) break;
    if (piece.kind === 'variable' && !VARIABLE_NAMES.includes(piece.name) && !reported.has(piece.raw)) {
      reported.add(piece.raw);
      const near = closestVariable(piece.name);
      errors.push({
        path,
        message: `${piece.raw} is not a variable${near ? ` (did you mean {{${near}}}?)` : ''}; the variables are ${ALL_VARIABLES}.`,
      });
    } else if (piece.kind === 'unclosed')
      errors.push({
        path,
        message: `The {{ ${where(template, piece.at)} is not closed: end the variable with }} on the same line.`,
      });
    else if (piece.kind === 'unopened')
      errors.push({
        path,
        message: `The }} ${where(template, piece.at)} closes nothing: start the variable with {{, or remove it.`,
      });
  }
  return errors;
}

/** Where a brace is, for the message: "after “Dear” on line 3", "at the start of line 2", "at the start". */
function where(template: string, at: number): string {
  const lineStart = template.lastIndexOf('\n', at - 1) + 1;
  const before = template.slice(lineStart, at).trim();
  // The last few words before the brace, cut at a word boundary.
  const tail = before.slice(-24);
  const context = before.length > 24 ? `…${tail.slice(tail.indexOf(' ') + 1)}` : before;
  const multiLine = template.includes('\n');
  const line = template.slice(0, at).split('\n').length;
  if (context) return `after “${context}”${multiLine ? ` on line ${line}` : ''}`;
  return multiLine ? `at the start of line ${line}` : 'at the start';
}

/** The variable a misspelling most likely meant: same letters ignoring case, or at most two edits away. */
function closestVariable(name: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of VARIABLE_NAMES) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The letter with every known variable replaced by its value. Unknown variables and stray braces are
 * left as written (validation reports them); values are inserted as they are, never expanded again.
 */
export function renderLetter(template: LetterTemplate, values: LetterValues): LetterTemplate {
  const text = variableText(values);
  const render = (source: string) =>
    scan(textOf(source))
      .map((piece) => {
        if (piece.kind === 'text') return piece.text;
        if (piece.kind === 'variable') return text[piece.name as LetterVariable] ?? piece.raw;
        return '';
      })
      .join('');
  return { subject: render(template.subject), body: render(template.body) };
}

function variableText(values: LetterValues): Readonly<Record<LetterVariable, string>> {
  return {
    'statement.title': values.statementTitle,
    outcome: values.outcome,
    conditions: conditionsText(values.conditions),
    releasePlan: releasePlanText(values.releasePlan),
    reviews: reviewsText(values.reviews),
    'venue.name': values.venueName,
    authors: namesText(values.authors),
    decidedOn: values.decidedOn,
    chair: values.chair,
  };
}

const NONE = 'None.';

/** "A", "A and B", "A, B and C"; "authors" when the list is empty, so "Dear {{authors}}," still reads. */
function namesText(names: readonly string[]): string {
  const list = names.map((n) => n.trim()).filter((n) => n.length > 0);
  if (list.length === 0) return 'authors';
  if (list.length === 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** "1. Watermark generated audio (for Voice model, due 1 June 2025)." Continuation lines are indented. */
function conditionsText(conditions: readonly LetterCondition[]): string {
  if (conditions.length === 0) return NONE;
  return conditions
    .map((condition, i) => {
      const number = `${i + 1}. `;
      const details = [
        condition.artifactName ? `for ${condition.artifactName}` : '',
        condition.dueOn ? `due ${condition.dueOn}` : '',
      ].filter((part) => part.length > 0);
      const words = condition.text.trim();
      const sentence =
        details.length === 0
          ? /[.!?]$/.test(words)
            ? words
            : `${words}.`
          : `${words.replace(/\.$/, '')} (${details.join(', ')}).`;
      return number + indentAfterFirst(sentence, ' '.repeat(number.length));
    })
    .join('\n');
}

function releasePlanText(rows: readonly LetterReleasePlanRow[]): string {
  if (rows.length === 0) return NONE;
  return rows
    .map((row) =>
      [
        `- ${row.artifactName}`,
        `  ${RELEASE_PLAN_PART_LABELS.contentLevel}: ${row.contentLevel}`,
        `  ${RELEASE_PLAN_PART_LABELS.timing}: ${row.timing}`,
        `  ${RELEASE_PLAN_PART_LABELS.distribution}: ${row.distribution}`,
      ].join('\n'),
    )
    .join('\n');
}

function reviewsText(reviews: readonly LetterReview[]): string {
  if (reviews.length === 0) return NONE;
  return reviews.map((review) => `${review.label}\n${review.text.trim()}`).join('\n\n');
}

function indentAfterFirst(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line.length === 0 ? line : indent + line))
    .join('\n');
}
