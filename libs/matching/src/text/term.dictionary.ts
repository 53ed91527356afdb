import { ENGLISH_STOP_WORDS, foldedWords } from './english.tokenizer';
import { porterStem } from './porter.stemmer';
import { withCapacity } from '../shared/typed-array.util';

/** A growable Int32Array, reused across texts so tokenising allocates nothing per text. */
export class TermIdBuffer {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.data = withCapacity(this.data, this.length + 1);
    this.data[this.length++] = value;
  }

  /** Appends a copy of data[from..length): a repeated field without tokenising it again. */
  repeatFrom(from: number): void {
    const end = this.length;
    for (let i = from; i < end; i++) this.push(this.data[i]);
  }

  clear(): void {
    this.length = 0;
  }
}

// ASCII code -> lower-cased letter or digit, 0 for a separator (the fast path's character class).
const ASCII_WORD_CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD_CHAR[c] = c;
for (let c = 97; c <= 122; c++) ASCII_WORD_CHAR[c] = c;
for (let c = 65; c <= 90; c++) ASCII_WORD_CHAR[c] = c + 32;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
// A module binding: a global lookup per character is slow inside vm contexts (Jest's sandbox).
const imul = Math.imul;
const DROPPED = -1;
/** Ints per hash-table slot (32 bytes) and the longest word stored inside its slot. */
const SLOT = 8;
const INLINE_CHARS = 16;

/** A copy sharing no memory with the text it was cut from (a V8 slice keeps its whole parent alive). */
function detached(text: string): string {
  return text.split('').join('');
}

function isAllDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Raw word -> stemmed term id, with exactly `tokenize`'s rules (lower-casing, accent folding,
 * stop words, bare numbers, one-letter words, Porter stems). ASCII text is scanned character
 * by character and each word is hashed in place, so a word seen before costs one probe of an
 * open-addressing table and no string allocation; the stemmer runs once per distinct word.
 * Text with other characters takes tokenize's Unicode path.
 *
 * Term ids are dense and follow first appearance. Once frozen (after an index is built), words
 * with an unknown stem yield no id, so query terms absent from the index drop out for free.
 */
export class TermDictionary {
  // Open addressing, SLOT ints per slot: hash, term id (or DROPPED), word length (0 = empty),
  // start in wordChars (-1 when the word sits inline), then up to INLINE_CHARS Latin-1 characters
  // packed four per int. A lookup of a word seen before reads one slot: one cache miss at most.
  private table = new Int32Array(SLOT << 16);
  private capacity = 1 << 16;
  private wordChars = new Uint16Array(1 << 16);
  private charCount = 0;
  private entryCount = 0;
  private readonly stemIds = new Map<string, number>();
  private readonly termList: string[] = [];
  private frozen = false;
  /** Once frozen, new words are cached up to this count only (queries may bring endless typos). */
  private entryLimit = Infinity;

  /** Stemmed terms by id. */
  get terms(): readonly string[] {
    return this.termList;
  }

  get termCount(): number {
    return this.termList.length;
  }

  /** Distinct raw words cached. */
  get wordCount(): number {
    return this.entryCount;
  }

  termId(stem: string): number | undefined {
    return this.stemIds.get(stem);
  }

  /** No new term ids from now on; the word cache may at most double. */
  freeze(): void {
    this.frozen = true;
    this.entryLimit = 2 * this.entryCount + 65_536;
  }

  /** Appends the ids of text's tokens, in order: tokenize(text) as ids. */
  appendTermIds(text: string, out: TermIdBuffer): void {
    const mark = out.length;
    const n = text.length;
    let start = -1;
    let hash = FNV_OFFSET;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) {
        // Accents, other scripts, Unicode punctuation: NFKD folding and Unicode classes decide.
        out.length = mark;
        this.appendUnicode(text, out);
        return;
      }
      const c = ASCII_WORD_CHAR[code];
      if (c !== 0) {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = imul(hash ^ c, FNV_PRIME);
      } else if (start >= 0) {
        this.emitAscii(text, start, i, hash, out);
        start = -1;
      }
    }
    if (start >= 0) this.emitAscii(text, start, n, hash, out);
  }

  private appendUnicode(text: string, out: TermIdBuffer): void {
    for (const word of foldedWords(text)) {
      const length = word.length;
      if (length === 0) continue;
      let hash = FNV_OFFSET;
      for (let i = 0; i < length; i++) hash = imul(hash ^ word.charCodeAt(i), FNV_PRIME);
      const slot = this.probe(word, 0, length, hash, false);
      const at = slot * SLOT;
      const term = this.table[at + 2] !== 0 ? this.table[at + 1] : this.insert(word, hash, slot);
      if (term !== DROPPED) out.push(term);
    }
  }

  private emitAscii(text: string, start: number, end: number, hash: number, out: TermIdBuffer): void {
    const slot = this.probe(text, start, end - start, hash, true);
    const at = slot * SLOT;
    const term =
      this.table[at + 2] !== 0
        ? this.table[at + 1]
        : this.insert(text.slice(start, end).toLowerCase(), hash, slot);
    if (term !== DROPPED) out.push(term);
  }

  /** The slot holding source[start .. start + length), or the empty slot where it belongs. */
  private probe(source: string, start: number, length: number, hash: number, ascii: boolean): number {
    const { table } = this;
    const mask = this.capacity - 1;
    let slot = hash & mask;
    for (;;) {
      const at = slot * SLOT;
      const slotLength = table[at + 2];
      if (slotLength === 0) return slot;
      if (table[at] === hash && slotLength === length && this.sameWord(at, source, start, length, ascii))
        return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Whether the word in the slot at `at` is source[start .. start + length) (lower-cased if ascii). */
  private sameWord(at: number, source: string, start: number, length: number, ascii: boolean): boolean {
    const { table } = this;
    const first = table[at + 3];
    if (first < 0) {
      for (let k = 0, w = at + 4; k < length; w++) {
        let packed = 0;
        for (let shift = 0; shift < 32 && k < length; shift += 8, k++) {
          const code = source.charCodeAt(start + k);
          packed |= (ascii ? ASCII_WORD_CHAR[code] : code) << shift;
        }
        if (packed !== table[w]) return false;
      }
      return true;
    }
    const { wordChars } = this;
    for (let k = 0; k < length; k++) {
      const code = source.charCodeAt(start + k);
      if (wordChars[first + k] !== (ascii ? ASCII_WORD_CHAR[code] : code)) return false;
    }
    return true;
  }

  /** Classifies a new word and caches it at slot (the probe's first empty slot). */
  private insert(word: string, hash: number, slot: number): number {
    let term = DROPPED;
    if (word.length >= 2 && !ENGLISH_STOP_WORDS.has(word) && !isAllDigits(word)) {
      const stem = porterStem(word);
      const known = this.stemIds.get(stem);
      if (known !== undefined) term = known;
      else if (!this.frozen) {
        term = this.termList.length;
        const flat = detached(stem);
        this.stemIds.set(flat, term);
        this.termList.push(flat);
      }
    }
    if (this.entryCount >= this.entryLimit) return term;
    const at = slot * SLOT;
    const { table } = this;
    table[at] = hash;
    table[at + 1] = term;
    table[at + 2] = word.length;
    let latin1 = word.length <= INLINE_CHARS;
    for (let k = 0; latin1 && k < word.length; k++) latin1 = word.charCodeAt(k) < 256;
    if (latin1) {
      table[at + 3] = -1;
      for (let k = 0; k < word.length; k++) table[at + 4 + (k >> 2)] |= word.charCodeAt(k) << ((k & 3) << 3);
    } else {
      this.wordChars = withCapacity(this.wordChars, this.charCount + word.length);
      for (let k = 0; k < word.length; k++) this.wordChars[this.charCount + k] = word.charCodeAt(k);
      table[at + 3] = this.charCount;
      this.charCount += word.length;
    }
    this.entryCount++;
    // Linear probing stays short below 60% load.
    if (10 * this.entryCount > 6 * this.capacity) this.rehash(this.capacity * 2);
    return term;
  }

  private rehash(capacity: number): void {
    const old = this.table;
    const table = new Int32Array(SLOT * capacity);
    const mask = capacity - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 2] === 0) continue;
      let slot = old[at] & mask;
      while (table[slot * SLOT + 2] !== 0) slot = (slot + 1) & mask;
      table.set(old.subarray(at, at + SLOT), slot * SLOT);
    }
    this.table = table;
    this.capacity = capacity;
  }
}
