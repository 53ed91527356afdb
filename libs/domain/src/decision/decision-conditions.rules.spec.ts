import type { FieldError } from '../statement/impact-statement.types';
import {
  conditionFromLibrary,
  DEFAULT_CONDITION_LIBRARY,
  validateConditionLibrary,
  validateDecisionConditions,
  type ConditionLibraryEntry,
  type DecidedCondition,
} from './decision-conditions.rules';

const entry = (id: string, text = 'Watermark generated audio.', needs = false): ConditionLibraryEntry => ({
  id,
  text,
  needsArtifact: needs,
  needsDueDate: needs,
});
const paths = (errors: FieldError[]) => errors.map((e) => e.path);

describe('the default library', () => {
  it('passes its own validation', () => {
    expect(validateConditionLibrary(DEFAULT_CONDITION_LIBRARY)).toEqual([]);
  });

  it.each([
    'Withhold the trained model; grant access on request to accredited researchers.',
    'Watermark generated audio.',
    'Re-evaluate before releasing the next stage.',
  ])('offers “%s”', (text) => {
    expect(DEFAULT_CONDITION_LIBRARY.map((e) => e.text)).toContain(text);
  });

  it('has about six conditions, some tied to an artifact, one with a due date, one on the whole work', () => {
    expect(DEFAULT_CONDITION_LIBRARY.length).toBeGreaterThanOrEqual(5);
    expect(DEFAULT_CONDITION_LIBRARY.length).toBeLessThanOrEqual(8);
    expect(DEFAULT_CONDITION_LIBRARY.some((e) => e.needsDueDate)).toBe(true);
    expect(DEFAULT_CONDITION_LIBRARY.some((e) => !e.needsArtifact)).toBe(true);
  });
});

describe('validating a library', () => {
  it.each<[string, ConditionLibraryEntry[], string[], RegExp | null]>([
    ['a good library', [entry('watermark-audio'), entry('model-card-2', 'Publish a model card.')], [], null],
    ['an id with capitals', [entry('Watermark')], ['library.0.id'], /lower-case/],
    ['an id with spaces', [entry('watermark audio')], ['library.0.id'], /hyphens/],
    ['an id with a double hyphen', [entry('watermark--audio')], ['library.0.id'], /single hyphens/],
    ['an id ending in a hyphen', [entry('watermark-')], ['library.0.id'], /hyphens/],
    ['an empty id', [entry('')], ['library.0.id'], /lower-case/],
    ['an id too long', [entry('a'.repeat(61))], ['library.0.id'], /up to 60/],
    [
      'an id used twice',
      [entry('a'), entry('b', 'Other.'), entry('a', 'Third.')],
      ['library.2.id'],
      /“a” is already the id of condition 1/,
    ],
    ['blank text', [entry('a', '   ')], ['library.0.text'], /Write the condition/],
    ['text of 500 characters', [entry('a', 'x'.repeat(500))], [], null],
    ['text of 501 characters', [entry('a', 'x'.repeat(501))], ['library.0.text'], /under 500 characters/],
    ['padding does not count', [entry('a', ` ${'x'.repeat(500)}  `)], [], null],
    ['a control character', [entry('a', 'Watermark\u0007 audio.')], ['library.0.text'], /U\+0007/],
    ['two problems in one entry', [entry('A B', '')], ['library.0.id', 'library.0.text'], null],
  ])('%s', (_name, entries, expected, message) => {
    const errors = validateConditionLibrary(entries);
    expect(paths(errors)).toEqual(expected);
    if (message) expect(errors[0]?.message).toMatch(message);
  });

  it.each([
    [50, []],
    [51, ['library']],
  ])('%i entries: %j', (count, expected) => {
    const entries = Array.from({ length: count }, (_, i) => entry(`c-${i}`, `Condition ${i}.`));
    const errors = validateConditionLibrary(entries);
    expect(paths(errors)).toEqual(expected);
    if (expected.length) expect(errors[0]?.message).toBe('A library holds at most 50 conditions; remove 1.');
  });

  it('tolerates a half-built entry instead of throwing', () => {
    const broken = [{ id: null, text: 3 }] as unknown as ConditionLibraryEntry[];
    expect(paths(validateConditionLibrary(broken))).toEqual(['library.0.id', 'library.0.text']);
  });
});

const condition = (over: Partial<DecidedCondition> = {}): DecidedCondition => ({
  libraryId: null,
  text: 'Watermark generated audio.',
  artifactId: null,
  dueOn: null,
  ...over,
});
const context = { artifactIds: ['voice-model', 'dataset'], today: '2025-03-10' };

describe('validating the conditions of a decision', () => {
  it.each<[string, DecidedCondition[], string[], RegExp | null]>([
    ['no conditions', [], [], null],
    ['a condition on the whole work', [condition()], [], null],
    ['a condition on an artifact', [condition({ artifactId: 'voice-model' })], [], null],
    [
      'an artifact of another statement',
      [condition({ artifactId: 'someone-else' })],
      ['conditions.0.artifactId'],
      /Choose one of this statement’s artifacts/,
    ],
    [
      'an empty artifact id is not "none"',
      [condition({ artifactId: '' })],
      ['conditions.0.artifactId'],
      null,
    ],
    ['blank text', [condition({ text: ' \n ' })], ['conditions.0.text'], /Write the condition/],
    ['text of 2,000 characters', [condition({ text: 'x'.repeat(2000) })], [], null],
    [
      'text of 2,001 characters',
      [condition({ text: 'x'.repeat(2001) })],
      ['conditions.0.text'],
      /under 2,000 characters \(it has 2,001\)/,
    ],
    ['line breaks are text', [condition({ text: 'First line.\nSecond line.' })], [], null],
    ['due today', [condition({ dueOn: '2025-03-10' })], [], null],
    ['due later', [condition({ dueOn: '2026-01-31' })], [], null],
    [
      'due yesterday',
      [condition({ dueOn: '2025-03-09' })],
      ['conditions.0.dueOn'],
      /2025-03-09 has already passed; choose today \(2025-03-10\)/,
    ],
    ['a day that does not exist', [condition({ dueOn: '2025-02-29' })], ['conditions.0.dueOn'], /exists/],
    ['a month that does not exist', [condition({ dueOn: '2025-13-01' })], ['conditions.0.dueOn'], /exists/],
    ['not a date', [condition({ dueOn: 'next week' })], ['conditions.0.dueOn'], /YYYY-MM-DD/],
    ['a timestamp', [condition({ dueOn: '2025-04-01T00:00:00Z' })], ['conditions.0.dueOn'], /YYYY-MM-DD/],
    [
      'the same condition twice on the whole work',
      [condition(), condition({ text: 'Other.' }), condition()],
      ['conditions.2.text'],
      /This repeats condition 1; remove one/,
    ],
    [
      'the same words differing only in case and spacing',
      [
        condition({ artifactId: 'dataset' }),
        condition({ artifactId: 'dataset', text: ' watermark  generated AUDIO. ' }),
      ],
      ['conditions.1.text'],
      /repeats condition 1 for the same artifact/,
    ],
    [
      'the same words on two artifacts',
      [condition({ artifactId: 'dataset' }), condition({ artifactId: 'voice-model' })],
      [],
      null,
    ],
    [
      'the same words on an artifact and on the whole work',
      [condition({ artifactId: 'dataset' }), condition()],
      [],
      null,
    ],
    [
      'each problem at its own path',
      [condition(), condition({ text: '', artifactId: 'x', dueOn: '2020-01-01' })],
      ['conditions.1.text', 'conditions.1.artifactId', 'conditions.1.dueOn'],
      null,
    ],
  ])('%s', (_name, conditions, expected, message) => {
    const errors = validateDecisionConditions(conditions, context);
    expect(paths(errors)).toEqual(expected);
    if (message) expect(errors[0]?.message).toMatch(message);
  });

  it.each([
    [30, []],
    [31, ['conditions']],
  ])('%i conditions: %j', (count, expected) => {
    const conditions = Array.from({ length: count }, (_, i) => condition({ text: `Condition ${i}.` }));
    expect(paths(validateDecisionConditions(conditions, context))).toEqual(expected);
  });

  describe('with the library at hand', () => {
    const library = [
      entry('needs-both', 'Publish a model card.', true),
      entry('needs-nothing', 'Report misuse.'),
    ];
    it.each<[string, DecidedCondition, string[]]>([
      [
        'an entry that needs an artifact and a date, given neither',
        condition({ libraryId: 'needs-both' }),
        ['conditions.0.artifactId', 'conditions.0.dueOn'],
      ],
      [
        'the same entry, given both',
        condition({ libraryId: 'needs-both', artifactId: 'dataset', dueOn: '2025-04-01' }),
        [],
      ],
      ['an entry that needs nothing', condition({ libraryId: 'needs-nothing' }), []],
      // An entry retired from the library since: its words stand on their own.
      ['an entry no longer in the library', condition({ libraryId: 'retired' }), []],
    ])('%s', (_name, decided, expected) => {
      expect(paths(validateDecisionConditions([decided], { ...context, library }))).toEqual(expected);
    });
  });

  it('tolerates a missing list and half-built conditions', () => {
    expect(validateDecisionConditions(null as unknown as DecidedCondition[], context)).toEqual([]);
    const broken = [{ text: null }] as unknown as DecidedCondition[];
    expect(paths(validateDecisionConditions(broken, context))).toEqual(['conditions.0.text']);
  });
});

describe('starting a condition from the library', () => {
  it.each(DEFAULT_CONDITION_LIBRARY.map((e) => [e.id, e] as const))('%s', (_id, libraryEntry) => {
    const decided = conditionFromLibrary(libraryEntry);
    expect(decided).toEqual({
      libraryId: libraryEntry.id,
      text: libraryEntry.text,
      artifactId: null,
      dueOn: null,
    });
  });

  it('trims the text so it compares equal to a typed copy', () => {
    expect(conditionFromLibrary(entry('a', '  Watermark generated audio. ')).text).toBe(
      'Watermark generated audio.',
    );
  });

  it('a condition started from an entry needing an artifact is not valid until one is chosen', () => {
    const withArtifact = DEFAULT_CONDITION_LIBRARY.find((e) => e.needsArtifact && !e.needsDueDate);
    if (!withArtifact) throw new Error('the default library has an entry needing only an artifact');
    const started = conditionFromLibrary(withArtifact);
    const ctx = { ...context, library: DEFAULT_CONDITION_LIBRARY };
    expect(paths(validateDecisionConditions([started], ctx))).toEqual(['conditions.0.artifactId']);
    expect(validateDecisionConditions([{ ...started, artifactId: 'voice-model' }], ctx)).toEqual([]);
  });
});
