import { tokenize } from './english.tokenizer';
import { porterStem } from './porter.stemmer';

describe('porterStem', () => {
  // Expected stems from Porter's published vocabulary/output lists.
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['generalization', 'gener'],
    ['electricity', 'electr'],
    ['adjustable', 'adjust'],
    ['controlling', 'control'],
    ['cloning', 'clone'],
    ['yields', 'yield'],
  ])('%s -> %s', (word, expected) => {
    expect(porterStem(word)).toBe(expected);
  });
});

describe('tokenize', () => {
  it.each([
    ['Voice Cloning, voice-cloned voices!', ['voic', 'clone', 'voic', 'clone', 'voic']],
    ['The detection of deep-fakes in 2024', ['detect', 'deep', 'fake']],
    ['Café naïve résumé', ['cafe', 'naiv', 'resum']],
    ['We propose a novel approach using GANs', ['gan']],
  ])('%p', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});
