import { DECISION_OUTCOMES, DECISION_OUTCOME_LABELS, type DecisionOutcome } from './decision.rules';
import {
  DEFAULT_LETTER_TEMPLATES,
  LETTER_VARIABLES,
  renderLetter,
  validateLetterTemplate,
  type LetterTemplate,
  type LetterValues,
} from './decision-letter.rules';

const ALL = LETTER_VARIABLES.map((v) => `{{${v.name}}}`).join(', ');

describe('the variables', () => {
  it('are the nine the editor offers, each described', () => {
    expect(LETTER_VARIABLES.map((v) => v.name)).toEqual([
      'statement.title',
      'outcome',
      'conditions',
      'releasePlan',
      'reviews',
      'venue.name',
      'authors',
      'decidedOn',
      'chair',
    ]);
    for (const variable of LETTER_VARIABLES) expect(variable.description.length).toBeGreaterThan(15);
  });
});

describe('the default letters', () => {
  it.each(DECISION_OUTCOMES)('%s is a valid template', (outcome) => {
    expect(validateLetterTemplate(DEFAULT_LETTER_TEMPLATES[outcome])).toEqual([]);
  });

  // What each letter must tell the authors: the decision, and the conditions and plan where they apply.
  it.each<[DecisionOutcome, string[], string[]]>([
    ['exempt', ['{{outcome}}', '{{statement.title}}', '{{releasePlan}}', 'amendment'], ['{{conditions}}']],
    [
      'approved',
      ['{{outcome}}', '{{releasePlan}}', '{{reviews}}', 'continuing review', 'amendment'],
      ['{{conditions}}'],
    ],
    [
      'approved_with_conditions',
      ['{{outcome}}', '{{conditions}}', '{{releasePlan}}', '{{reviews}}', 'continuing review', 'due date'],
      [],
    ],
    ['revise_and_resubmit', ['{{outcome}}', '{{reviews}}', 'revise'], ['{{conditions}}', '{{releasePlan}}']],
    ['not_approved', ['{{outcome}}', '{{reviews}}', 'reconsider'], ['{{conditions}}', '{{releasePlan}}']],
  ])('%s says %j and not %j', (outcome, present, absent) => {
    const { subject, body } = DEFAULT_LETTER_TEMPLATES[outcome];
    for (const text of present) expect(body).toContain(text);
    for (const text of absent) expect(body).not.toContain(text);
    expect(subject).toContain('{{statement.title}}');
    expect(body).toMatch(/^Dear \{\{authors\}\},/);
    expect(body).toContain('{{chair}}');
  });
});

const template = (over: Partial<LetterTemplate> = {}): LetterTemplate => ({
  subject: 'Decision on {{statement.title}}',
  body: 'Dear {{authors}},\n\n{{outcome}}\n\n{{chair}}',
  ...over,
});

describe('validating a template', () => {
  it.each<[string, Partial<LetterTemplate>, [string, string][]]>([
    ['a good template', {}, []],
    ['spaces inside the braces', { body: 'Decision: {{ outcome }}.' }, []],
    ['single braces are text', { body: 'A set {a, b} and a } and a {.' }, []],
    [
      'a misspelt variable',
      { body: 'About {{statment.title}}.' },
      [
        [
          'body',
          `{{statment.title}} is not a variable (did you mean {{statement.title}}?); the variables are ${ALL}.`,
        ],
      ],
    ],
    [
      'a variable in the wrong case',
      { subject: '{{Outcome}}' },
      [['subject', `{{Outcome}} is not a variable (did you mean {{outcome}}?); the variables are ${ALL}.`]],
    ],
    [
      'a name nothing like a variable',
      { body: 'Dear {{recipient}}' },
      [['body', `{{recipient}} is not a variable; the variables are ${ALL}.`]],
    ],
    ['empty braces', { body: 'Dear {{}}' }, [['body', `{{}} is not a variable; the variables are ${ALL}.`]]],
    [
      'the same unknown variable twice is reported once',
      { body: '{{titel}} and {{titel}}' },
      [['body', `{{titel}} is not a variable; the variables are ${ALL}.`]],
    ],
    [
      'an unclosed variable on a later line',
      { body: 'Dear {{authors}},\n\nThe decision is {{outcome.\n\nYours' },
      [
        [
          'body',
          'The {{ after “The decision is” on line 3 is not closed: end the variable with }} on the same line.',
        ],
      ],
    ],
    [
      'an unclosed variable at the end of a one-line subject',
      { subject: 'Decision on {{statement.title' },
      [['subject', 'The {{ after “Decision on” is not closed: end the variable with }} on the same line.']],
    ],
    [
      'an unclosed variable before another',
      { body: '{{outcome {{chair}}' },
      [['body', 'The {{ at the start is not closed: end the variable with }} on the same line.']],
    ],
    [
      'a closing pair with no opening',
      { body: 'Dear authors}},' },
      [['body', 'The }} after “Dear authors” closes nothing: start the variable with {{, or remove it.']],
    ],
    [
      'a long line is quoted from its end',
      { body: 'x\nA very long sentence indeed before the brace }}' },
      [
        [
          'body',
          'The }} after “…indeed before the brace” on line 2 closes nothing: start the variable with {{, or remove it.',
        ],
      ],
    ],
    ['an empty subject', { subject: '  ' }, [['subject', 'Write a subject.']]],
    [
      'a subject on two lines',
      { subject: 'Decision\non your work' },
      [['subject', 'This field takes a single line: remove a line break (U+000A).']],
    ],
    ['a subject of 200 characters', { subject: 'x'.repeat(200) }, []],
    [
      'a subject of 201 characters',
      { subject: 'x'.repeat(201) },
      [['subject', 'Keep the subject under 200 characters (it has 201).']],
    ],
    ['an empty body', { body: '\n\n' }, [['body', 'Write the letter.']]],
    ['a body of 20,000 characters', { body: 'x'.repeat(20_000) }, []],
    [
      'a body of 20,001 characters',
      { body: 'x'.repeat(20_001) },
      [['body', 'Keep the letter under 20,000 characters (it has 20,001).']],
    ],
    [
      'a control character in the body',
      { body: 'Dear \u001b[31mauthors' },
      [['body', 'Remove an escape character (U+001B) from this text; it may have come with pasted text.']],
    ],
  ])('%s', (_name, over, expected) => {
    expect(validateLetterTemplate(template(over)).map((e) => [e.path, e.message])).toEqual(expected);
  });

  it('reports problems in the subject and the body together', () => {
    const errors = validateLetterTemplate({ subject: '{{titel}}', body: '' });
    expect(errors.map((e) => e.path)).toEqual(['body', 'subject']);
  });

  it('tolerates a template with missing fields', () => {
    const errors = validateLetterTemplate({} as LetterTemplate);
    expect(errors.map((e) => e.message)).toEqual(['Write a subject.', 'Write the letter.']);
  });
});

const values = (over: Partial<LetterValues> = {}): LetterValues => ({
  statementTitle: 'Few-shot voice cloning',
  outcome: DECISION_OUTCOME_LABELS.approved_with_conditions,
  venueName: 'SynthMedia 2025',
  authors: ['Ada Lovelace', 'Alan Turing'],
  decidedOn: '14 March 2025',
  chair: 'Grace Hopper',
  conditions: [],
  releasePlan: [],
  reviews: [],
  ...over,
});
const body = (text: string, over: Partial<LetterValues> = {}) =>
  renderLetter(template({ body: text }), values(over)).body;

describe('rendering a letter', () => {
  it('fills in subject and body', () => {
    expect(renderLetter(template(), values())).toEqual({
      subject: 'Decision on Few-shot voice cloning',
      body: 'Dear Ada Lovelace and Alan Turing,\n\nApproved with conditions\n\nGrace Hopper',
    });
  });

  it.each<[string[], string]>([
    [[], 'authors'],
    [['Ada Lovelace'], 'Ada Lovelace'],
    [['Ada Lovelace', 'Alan Turing'], 'Ada Lovelace and Alan Turing'],
    [['Ada Lovelace', 'Alan Turing', ' ', 'Grace Hopper'], 'Ada Lovelace, Alan Turing and Grace Hopper'],
  ])('authors %j read “%s”', (authors, expected) => {
    expect(body('{{authors}}', { authors })).toBe(expected);
  });

  it.each<[string, LetterValues['conditions'], string]>([
    ['no conditions', [], 'None.'],
    [
      'on the whole work, with no date',
      [{ text: 'Forward misuse reports within 14 days', artifactName: null, dueOn: null }],
      '1. Forward misuse reports within 14 days.',
    ],
    [
      'ending with its own full stop',
      [{ text: 'Watermark generated audio.', artifactName: null, dueOn: null }],
      '1. Watermark generated audio.',
    ],
    [
      'for an artifact and due by a date',
      [
        { text: 'Watermark generated audio.', artifactName: 'the voice model', dueOn: null },
        { text: 'Publish a model card', artifactName: 'the voice model', dueOn: '1 June 2025' },
        { text: 'Re-evaluate before the next stage.', artifactName: null, dueOn: '1 September 2025' },
      ],
      [
        '1. Watermark generated audio (for the voice model).',
        '2. Publish a model card (for the voice model, due 1 June 2025).',
        '3. Re-evaluate before the next stage (due 1 September 2025).',
      ].join('\n'),
    ],
    [
      'over several lines, indented under its number',
      [{ text: 'Withhold the model.\nGrant access on request.', artifactName: null, dueOn: null }],
      '1. Withhold the model.\n   Grant access on request.',
    ],
  ])('conditions: %s', (_name, conditions, expected) => {
    expect(body('{{conditions}}', { conditions })).toBe(expected);
  });

  it.each<[string, LetterValues['releasePlan'], string]>([
    ['no plan', [], 'None.'],
    [
      'two artifacts',
      [
        {
          artifactName: 'Voice model',
          contentLevel: 'Withheld',
          timing: 'Staged',
          distribution: 'Ask for access',
        },
        { artifactName: 'Paper', contentLevel: 'Full', timing: 'Immediate', distribution: 'Public' },
      ],
      [
        '- Voice model',
        '  What is released: Withheld',
        '  When: Staged',
        '  To whom: Ask for access',
        '- Paper',
        '  What is released: Full',
        '  When: Immediate',
        '  To whom: Public',
      ].join('\n'),
    ],
  ])('release plan: %s', (_name, releasePlan, expected) => {
    expect(body('{{releasePlan}}', { releasePlan })).toBe(expected);
  });

  it.each<[string, LetterValues['reviews'], string]>([
    ['none released', [], 'None.'],
    [
      'two reviews under their labels',
      [
        { label: 'Expert review 1', text: 'The watermark is easy to strip.\n' },
        { label: 'Community feedback 1', text: 'Worried about scam calls.' },
      ],
      'Expert review 1\nThe watermark is easy to strip.\n\nCommunity feedback 1\nWorried about scam calls.',
    ],
  ])('reviews: %s', (_name, reviews, expected) => {
    expect(body('{{reviews}}', { reviews })).toBe(expected);
  });

  it.each<[string, string, Partial<LetterValues>, string]>([
    [
      'a title naming a variable stays literal',
      '{{statement.title}}',
      { statementTitle: 'On {{outcome}}' },
      'On {{outcome}}',
    ],
    ['replacement patterns stay literal', '{{venue.name}}', { venueName: 'A $& B $1' }, 'A $& B $1'],
    [
      'a condition naming a variable stays literal',
      '{{conditions}}',
      { conditions: [{ text: 'Tell {{chair}}', artifactName: null, dueOn: null }] },
      '1. Tell {{chair}}.',
    ],
    ['spaces inside the braces', '{{ decidedOn }}', {}, '14 March 2025'],
    ['a variable used twice', '{{chair}} / {{chair}}', {}, 'Grace Hopper / Grace Hopper'],
    ['an unknown variable is left as written', 'Dear {{recipient}}', {}, 'Dear {{recipient}}'],
    ['an unclosed brace is left as written', 'Dear {{authors', {}, 'Dear {{authors'],
    ['a stray closing pair is left as written', 'x}} {{outcome}}', {}, 'x}} Approved with conditions'],
  ])('%s', (_name, text, over, expected) => {
    expect(body(text, over)).toBe(expected);
  });

  it.each(DECISION_OUTCOMES)('the default %s letter leaves no variable unfilled', (outcome) => {
    const letter = renderLetter(
      DEFAULT_LETTER_TEMPLATES[outcome],
      values({
        outcome: DECISION_OUTCOME_LABELS[outcome],
        conditions: [{ text: 'Watermark generated audio.', artifactName: 'Voice model', dueOn: null }],
        releasePlan: [
          {
            artifactName: 'Voice model',
            contentLevel: 'Withheld',
            timing: 'Staged',
            distribution: 'Ask for access',
          },
        ],
        reviews: [{ label: 'Expert review 1', text: 'Sound work.' }],
      }),
    );
    expect(`${letter.subject}\n${letter.body}`).not.toMatch(/\{\{|\}\}/);
    expect(letter.subject).toContain('Few-shot voice cloning');
    expect(letter.body).toContain(`Decision: ${DECISION_OUTCOME_LABELS[outcome]}`);
    expect(letter.body).toMatch(/^Dear Ada Lovelace and Alan Turing,/);
    expect(letter.body).toMatch(/Grace Hopper\nChair, impact review committee\nSynthMedia 2025$/);
  });
});

describe('templates pasted from anywhere', () => {
  it.each([
    ['opening braces', '{'.repeat(200_000)],
    ['closing braces', '}'.repeat(200_000)],
    ['openings each on its own line', '{{ x\n'.repeat(50_000)],
    ['openings before one far closing', `${'{{ a '.repeat(50_000)}}}`],
  ])('%s: at most ten brace messages, found quickly', (_name, body) => {
    const started = Date.now();
    const errors = validateLetterTemplate(template({ body }));
    const rendered = renderLetter(template({ body }), values());
    expect(Date.now() - started).toBeLessThan(2000);
    expect(errors.filter((e) => /\{\{|\}\}/.test(e.message))).toHaveLength(10);
    expect(rendered.body).toBe(body);
  });
});
