/**
 * Porter's (1980) suffix-stripping stemmer, after Martin Porter's public-domain reference
 * implementation: "cloning", "clones" and "cloned" all become "clone".
 */
const consonant = '[^aeiou]';
const vowel = '[aeiouy]';
const consonants = consonant + '[^aeiouy]*';
const vowels = vowel + '[aeiou]*';
const measureAtLeast1 = new RegExp('^(' + consonants + ')?' + vowels + consonants);
const measureExactly1 = new RegExp('^(' + consonants + ')?' + vowels + consonants + '(' + vowels + ')?$');
const measureAtLeast2 = new RegExp('^(' + consonants + ')?' + vowels + consonants + vowels + consonants);
const hasVowel = new RegExp('^(' + consonants + ')?' + vowel);
const endsConsonantVowelConsonant = new RegExp('^' + consonants + vowel + '[^aeiouwxy]$');

const step2Suffixes: Record<string, string> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};
const step3Suffixes: Record<string, string> = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
};

const step2 =
  /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const step3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
const step4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
const step4Ion = /^(.+?)(s|t)(ion)$/;

export function porterStem(word: string): string {
  if (word.length < 3) return word;
  let w = word;
  const startsWithY = w[0] === 'y';
  if (startsWithY) w = 'Y' + w.slice(1);

  // Step 1a: plurals.
  let match: RegExpExecArray | null;
  if ((match = /^(.+?)(ss|i)es$/.exec(w))) w = match[1] + match[2];
  else if ((match = /^(.+?)([^s])s$/.exec(w))) w = match[1] + match[2];

  // Step 1b: -eed, -ed, -ing.
  if ((match = /^(.+?)eed$/.exec(w))) {
    if (measureAtLeast1.test(match[1])) w = w.slice(0, -1);
  } else if ((match = /^(.+?)(ed|ing)$/.exec(w))) {
    const stem = match[1];
    if (hasVowel.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (endsConsonantVowelConsonant.test(w)) w += 'e';
    }
  }

  // Step 1c: y -> i.
  if ((match = /^(.+?)y$/.exec(w)) && hasVowel.test(match[1])) w = match[1] + 'i';

  if ((match = step2.exec(w)) && measureAtLeast1.test(match[1])) w = match[1] + step2Suffixes[match[2]];
  if ((match = step3.exec(w)) && measureAtLeast1.test(match[1])) w = match[1] + step3Suffixes[match[2]];

  if ((match = step4.exec(w))) {
    if (measureAtLeast2.test(match[1])) w = match[1];
  } else if ((match = step4Ion.exec(w))) {
    const stem = match[1] + match[2];
    if (measureAtLeast2.test(stem)) w = stem;
  }

  // Step 5: final -e and -ll.
  if ((match = /^(.+?)e$/.exec(w))) {
    const stem = match[1];
    if (measureAtLeast2.test(stem) || (measureExactly1.test(stem) && !endsConsonantVowelConsonant.test(stem)))
      w = stem;
  }
  if (/ll$/.test(w) && measureAtLeast2.test(w)) w = w.slice(0, -1);

  if (startsWithY) w = 'y' + w.slice(1);
  return w;
}
