import { porterStem } from './porter.stemmer';

/** Common English function words plus boilerplate that every abstract uses. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each et al etc few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most my myself ' +
    'no nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very was ' +
    'we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'may might must shall us upon via within without whether among amongst across thus therefore however ' +
    'paper propose proposed present presents show shows shown using use used based new novel approach'
  ).split(' '),
);

const stemCache = new Map<string, string>();

function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = porterStem(word);
    if (stemCache.size < 500_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Lower-cased, accent-folded words: runs of letters and digits (may include empty strings). */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
}

/**
 * Lower-cases, folds accents, splits on anything that is not a letter or digit, drops stop
 * words, bare numbers and one-letter tokens, and stems (Porter).
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of foldedWords(text)) {
    if (word.length < 2 || ENGLISH_STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    tokens.push(stem(word));
  }
  return tokens;
}
