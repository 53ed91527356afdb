import { mulberry32 } from '../assignment/assignment.solver';
import { tokenize } from './english.tokenizer';
import { TermDictionary, TermIdBuffer } from './term.dictionary';

function termsOf(dictionary: TermDictionary, text: string): string[] {
  const buffer = new TermIdBuffer(4);
  dictionary.appendTermIds(text, buffer);
  return Array.from(buffer.data.subarray(0, buffer.length), (id) => dictionary.terms[id]);
}

describe('TermDictionary', () => {
  // tokenize is the definition; the dictionary must agree on every path (ASCII fast path,
  // Unicode fallback, inline and pooled words).
  it.each([
    ['empty', ''],
    ['separators only', ' ,.;-- \n\t!'],
    ['plain sentence', 'Voice Cloning, voice-cloned voices!'],
    ['stop words and boilerplate', 'We propose a novel approach using GANs'],
    ['numbers', 'The detection of deep-fakes in 2024, 3D models and gpt4'],
    ['one-letter words', 'a b c x y z ab'],
    ['upper case', 'GRAPH NEURAL NETWORKS FOR MOLECULES'],
    ['word at the very end', 'speech synthesis'],
    [
      'word longer than a slot holds',
      'Electroencephalographically counterrevolutionaries internationalization',
    ],
    ['accents (Unicode path)', 'Café naïve résumé'],
    ['accent in a long word', 'Überspezialisierungsverhinderung and café'],
    ['other scripts', 'Нейронные сети для 语音合成 and speech'],
    ['Greek and ligatures', 'ﬁne-tuning of αβγ models'],
    ['Unicode punctuation', 'speech—synthesis “quoted” text…'],
    ['non-breaking space', 'speech\u00a0synthesis'],
    ['digits inside words', 'covid19 x86 2nd'],
  ])('%s: same tokens as tokenize', (_label, text) => {
    const dictionary = new TermDictionary();
    expect(termsOf(dictionary, text)).toEqual(tokenize(text));
    // A second pass hits the cache and must give the same result.
    expect(termsOf(dictionary, text)).toEqual(tokenize(text));
  });

  it('agrees with tokenize on random text through table growth', () => {
    const random = mulberry32(3);
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüç';
    const separators = [' ', ' ', ' ', ', ', '. ', '-', '\n', '—'];
    const dictionary = new TermDictionary();
    for (let t = 0; t < 300; t++) {
      let text = '';
      for (let w = 0; w < 200; w++) {
        const length = 1 + Math.floor(random() * 22);
        for (let k = 0; k < length; k++) {
          // Mostly ASCII texts, some with an accented letter (Unicode path).
          const pool = t % 5 === 0 ? letters.length : letters.length - 3;
          text += letters[Math.floor(random() * pool)];
        }
        text += separators[Math.floor(random() * separators.length)];
      }
      expect(termsOf(dictionary, text)).toEqual(tokenize(text));
    }
    expect(dictionary.wordCount).toBeGreaterThan(50_000);
  });

  it('numbers terms densely in order of first appearance, one id per stem', () => {
    const dictionary = new TermDictionary();
    const buffer = new TermIdBuffer();
    dictionary.appendTermIds('Cloning voices; cloned voice, clones.', buffer);
    expect(Array.from(buffer.data.subarray(0, buffer.length))).toEqual([0, 1, 0, 1, 0]);
    expect(dictionary.terms).toEqual(['clone', 'voic']);
    expect(dictionary.termId('voic')).toBe(1);
    expect(dictionary.termId('speech')).toBeUndefined();
  });

  it('once frozen, drops words whose stem it does not know and creates no terms', () => {
    const dictionary = new TermDictionary();
    const buffer = new TermIdBuffer();
    dictionary.appendTermIds('speech synthesis', buffer);
    dictionary.freeze();
    buffer.clear();
    dictionary.appendTermIds('Synthesis of speech for unseen speakers, naïve speakers', buffer);
    expect(Array.from(buffer.data.subarray(0, buffer.length), (id) => dictionary.terms[id])).toEqual([
      'synthesi',
      'speech',
    ]);
    dictionary.appendTermIds('unseen speakers', buffer);
    expect(buffer.length).toBe(2);
    expect(dictionary.termCount).toBe(2);
  });
});

describe('TermDictionary word cache once frozen', () => {
  it('stops caching unseen words past its limit and still tokenises them right', () => {
    const dictionary = new TermDictionary();
    expect(termsOf(dictionary, 'speech synthesis')).toEqual(['speech', 'synthesi']);
    dictionary.freeze();
    // More unseen words than a frozen cache keeps (2 x 2 words + 65,536).
    const junk = Array.from({ length: 70_000 }, (_, i) => `qz${i.toString(36)}`).join(' ');
    expect(termsOf(dictionary, junk)).toEqual([]);
    expect(dictionary.wordCount).toBe(2 * 2 + 65_536);
    expect(termsOf(dictionary, 'Speeches, syntheses and qzunseen speech')).toEqual(
      tokenize('Speeches, syntheses speech').filter((t) => dictionary.termId(t) !== undefined),
    );
    expect(dictionary.termCount).toBe(2);
  });
});

describe('TermIdBuffer', () => {
  it('grows and repeats a range (a field counted twice)', () => {
    const buffer = new TermIdBuffer(1);
    for (let i = 0; i < 40; i++) buffer.push(i);
    buffer.repeatFrom(30);
    expect(buffer.length).toBe(50);
    expect(Array.from(buffer.data.subarray(40, 50))).toEqual([30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
    buffer.clear();
    expect(buffer.length).toBe(0);
  });
});
