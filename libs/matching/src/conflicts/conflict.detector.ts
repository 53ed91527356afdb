import { withCapacity } from '../shared/typed-array.util';

/**
 * Conflicts of interest between statements (through their authors) and reviewers, found
 * through hash indexes keyed by institution, publication and person, never by comparing every
 * statement with every reviewer: the work is proportional to the matches, not to P x R.
 */

export interface Affiliation {
  /** Organisation id (e.g. a ROR id); preferred over the email domain when both exist. */
  readonly institutionId?: string;
  /** e.g. "cs.example.edu" or "someone@cs.example.edu"; reduced to its registrable domain. */
  readonly emailDomain?: string;
  readonly startYear?: number;
  /** Absent: current. */
  readonly endYear?: number;
}

export interface PersonProfile {
  /** Person id shared by the author and reviewer sides (one account per person). */
  readonly id: string;
  /** Email addresses count as current affiliations through their domain. */
  readonly emails?: readonly string[];
  readonly affiliations?: readonly Affiliation[];
  readonly publicationIds?: readonly string[];
  readonly coauthorIds?: readonly string[];
  /** People this person declares a conflict with. */
  readonly declaredConflictIds?: readonly string[];
}

export interface StatementParties {
  readonly id: string;
  readonly authors: readonly PersonProfile[];
  /** Reviewer person ids the submitting side declares conflicted. */
  readonly declaredConflictIds?: readonly string[];
}

export const CONFLICT_REASON = {
  samePerson: 1,
  institution: 2,
  coauthorship: 4,
  declared: 8,
} as const;
export type ConflictReason = keyof typeof CONFLICT_REASON;

export interface ConflictOptions {
  readonly currentYear: number;
  /** An affiliation counts while it ended no more than this many years ago (default 3). */
  readonly recentYears?: number;
  /** Webmail and similar domains that say nothing about an institution. */
  readonly genericEmailDomains?: ReadonlySet<string>;
}

/** Conflicted pairs (statement index, reviewer index) with a bit set of CONFLICT_REASON. */
export interface ConflictPairs {
  readonly statement: Int32Array;
  readonly reviewer: Int32Array;
  readonly reasons: Uint8Array;
}

export const GENERIC_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'qq.com',
  '163.com',
  '126.com',
  'gmx.de',
  'mail.ru',
  'yandex.ru',
  'fastmail.com',
  'zoho.com',
]);

// Second-level labels under which institutions register (cam.ac.uk, unsw.edu.au, ...).
const SECOND_LEVEL_LABELS = new Set(['ac', 'co', 'edu', 'gov', 'org', 'com', 'net', 'res', 'or', 'ne', 'go']);

/** "alice@cs.ox.ac.uk" or "cs.ox.ac.uk" -> "ox.ac.uk"; generic webmail -> null. */
export function institutionDomain(
  emailOrDomain: string,
  generic: ReadonlySet<string> = GENERIC_EMAIL_DOMAINS,
): string | null {
  const domain = emailOrDomain
    .slice(emailOrDomain.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
  const labels = domain.split('.').filter((l) => l.length > 0);
  if (labels.length < 2) return null;
  const keep =
    labels.length >= 3 &&
    SECOND_LEVEL_LABELS.has(labels[labels.length - 2]) &&
    labels[labels.length - 1].length === 2
      ? 3
      : 2;
  const registrable = labels.slice(-keep).join('.');
  return generic.has(registrable) || generic.has(domain) ? null : registrable;
}

/** Held at some time from `since` to this year: not ended before, not starting after. */
function heldSince(affiliation: Affiliation, since: number, currentYear: number): boolean {
  // Each property read once: on objects of many shapes every read is a slow generic lookup.
  const endYear = affiliation.endYear;
  if (endYear !== undefined && endYear < since) return false;
  const startYear = affiliation.startYear;
  return startYear === undefined || startYear <= currentYear;
}

/** Institution keys of a person's recent affiliations (organisation ids and email domains). */
export function recentInstitutionKeys(person: PersonProfile, options: ConflictOptions): string[] {
  const since = options.currentYear - (options.recentYears ?? 3);
  const generic = options.genericEmailDomains ?? GENERIC_EMAIL_DOMAINS;
  const keys = new Set<string>();
  for (const affiliation of person.affiliations ?? []) {
    if (!heldSince(affiliation, since, options.currentYear)) continue;
    if (affiliation.institutionId) keys.add(`org:${affiliation.institutionId}`);
    const domain = affiliation.emailDomain ? institutionDomain(affiliation.emailDomain, generic) : null;
    if (domain) keys.add(`dom:${domain}`);
  }
  for (const email of person.emails ?? []) {
    const domain = institutionDomain(email, generic);
    if (domain) keys.add(`dom:${domain}`);
  }
  return [...keys];
}

const NO_IDS: readonly string[] = [];
const NO_AFFILIATIONS: readonly Affiliation[] = [];
/** Pairs per output chunk. */
const PAIR_CHUNK = 1 << 16;
/** Ids per joined string: joins stay short-lived young-generation strings on any list. */
const JOIN_BLOCK = 1 << 12;
/** log2 of the largest table (2^30 slots, 2^29 keys). */
const MAX_TABLE_BITS = 30;

/**
 * Dense integer ids for strings (in first-seen order; -1: never interned), kept compact because
 * a large input leaves little cache: an open-addressing table of (hash, id) slots in one
 * Int32Array, at most half full; a bit filter (8 bits per slot, from the hash's high bits) that
 * answers most misses without touching the table; the keys' code units in one pool (bytes while
 * every key is Latin-1). Keys are ranges of a text and are hashed in JavaScript, so a list of ids
 * is read by joining it into one flat string: strings built by concatenation (V8 cons strings)
 * are then copied once by the join, where reading them one by one would flatten each into a new
 * heap string (millions on a large venue, enough to force a full garbage collection).
 */
class StringIds {
  /** Ids found by the last findAll / internAll, one per list entry. */
  found = new Int32Array(64);
  private slots: Int32Array;
  private mask: number;
  private filter: Int32Array;
  private filterShift: number;
  private chars: Uint8Array | Uint16Array;
  /** Key k is chars[keyStart[k] .. keyStart[k + 1]). */
  private keyStart: Int32Array;
  private count = 0;

  constructor(expected = 8) {
    let bits = 4;
    while (bits < MAX_TABLE_BITS && 1 << bits < 1.5 * expected) bits++;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(2 << bits).fill(-1);
    this.filter = new Int32Array(1 << Math.max(0, bits - 2));
    this.filterShift = 32 - (bits + 3);
    this.chars = new Uint8Array(Math.max(256, 12 * expected));
    this.keyStart = new Int32Array(Math.max(16, expected + 1));
  }

  get size(): number {
    return this.count;
  }

  find(key: string): number {
    return this.findRange(key, 0, key.length);
  }

  intern(key: string): number {
    return this.internRange(key, 0, key.length);
  }

  /** Looks up every id of a list into `found`; returns the list's length. */
  findAll(ids: readonly string[]): number {
    return this.resolveAll(ids, false);
  }

  /** Interns every id of a list into `found`; returns the list's length. */
  internAll(ids: readonly string[]): number {
    return this.resolveAll(ids, true);
  }

  /** Ids are hashed in joined blocks: one string scan per block instead of one per id. */
  private resolveAll(ids: readonly string[], intern: boolean): number {
    const n = this.prepare(ids);
    for (let from = 0; from < n; from += JOIN_BLOCK) {
      const to = n - from > JOIN_BLOCK ? from + JOIN_BLOCK : n;
      const text = joined(ids, from, to);
      for (let i = from, start = 0; i < to; i++) {
        const end = start + ids[i].length;
        this.found[i] = intern ? this.internRange(text, start, end) : this.findRange(text, start, end);
        start = end;
      }
    }
    return n;
  }

  findRange(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end);
    const bit = hash >>> this.filterShift;
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const id = slots[2 * i + 1];
      if (id < 0) return -1;
      if (slots[2 * i] === hash && this.equals(id, text, start, end)) return id;
    }
  }

  internRange(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end);
    const slots = this.slots;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const id = slots[2 * i + 1];
      if (id < 0) {
        slots[2 * i] = hash;
        slots[2 * i + 1] = this.count;
        const bit = hash >>> this.filterShift;
        this.filter[bit >>> 5] |= 1 << (bit & 31);
        this.store(text, start, end);
        if (2 * this.count > this.mask) this.grow();
        return this.count - 1;
      }
      if (slots[2 * i] === hash && this.equals(id, text, start, end)) return id;
    }
  }

  private prepare(ids: readonly string[]): number {
    const n = ids.length;
    if (this.found.length < n) this.found = new Int32Array(Math.max(n, 2 * this.found.length));
    return n;
  }

  private equals(id: number, text: string, start: number, end: number): boolean {
    const from = this.keyStart[id];
    const to = this.keyStart[id + 1];
    if (to - from !== end - start) return false;
    const chars = this.chars;
    for (let i = from, j = start; i < to; i++, j++) if (chars[i] !== text.charCodeAt(j)) return false;
    return true;
  }

  private store(text: string, start: number, end: number): void {
    const from = this.keyStart[this.count];
    const to = from + end - start;
    let wide = false;
    for (let j = start; j < end; j++) if (text.charCodeAt(j) > 0xff) wide = true;
    if (to > this.chars.length || (wide && this.chars instanceof Uint8Array)) {
      const chars =
        wide || this.chars instanceof Uint16Array
          ? new Uint16Array(Math.max(to, 2 * this.chars.length))
          : new Uint8Array(Math.max(to, 2 * this.chars.length));
      chars.set(this.chars.subarray(0, from));
      this.chars = chars;
    }
    for (let i = from, j = start; j < end; i++, j++) this.chars[i] = text.charCodeAt(j);
    this.keyStart = withCapacity(this.keyStart, this.count + 2);
    this.keyStart[++this.count] = to;
  }

  /** Doubles the table, placing slots by their stored hashes (no key is hashed again). */
  private grow(): void {
    if (this.mask >= 2 ** MAX_TABLE_BITS - 1)
      throw new RangeError('conflict detection: more than 2^29 distinct ids');
    const old = this.slots;
    this.mask = 2 * this.mask + 1;
    this.filterShift--;
    const slots = (this.slots = new Int32Array(2 * (this.mask + 1)).fill(-1));
    const filter = (this.filter = new Int32Array(2 * this.filter.length));
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] < 0) continue;
      const hash = old[j];
      let i = hash & this.mask;
      while (slots[2 * i + 1] >= 0) i = (i + 1) & this.mask;
      slots[2 * i] = hash;
      slots[2 * i + 1] = old[j + 1];
      const bit = hash >>> this.filterShift;
      filter[bit >>> 5] |= 1 << (bit & 31);
    }
  }
}

/** ids[from, to) as one flat string. */
function joined(ids: readonly string[], from: number, to: number): string {
  if (to - from === 1) return ids[from];
  return from === 0 && to === ids.length ? ids.join('') : ids.slice(from, to).join('');
}

/**
 * FNV-1a over the UTF-16 code units text[start, end) (the multiplication by the FNV prime
 * 2^24 + 2^8 + 0x93 spelled as shifts), then Jenkins' final avalanche so low bits mix well.
 * No Math.imul: inside a vm context (Jest) every global lookup such as `Math` is an interceptor
 * call, which made this loop ten times slower there.
 */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) | 0;
  }
  h = (h + (h << 3)) | 0;
  h ^= h >>> 11;
  return (h + (h << 15)) | 0;
}

/** Postings in CSR form: the members of key k are members[start[k] .. start[k + 1]). */
interface Postings {
  readonly start: Int32Array;
  readonly members: Int32Array;
}

/** Collects (key, member) pairs in typed arrays, then buckets them by key with a counting sort. */
class PostingsBuilder {
  private keys: Int32Array;
  private values: Int32Array;
  private count = 0;
  constructor(capacity: number) {
    this.keys = new Int32Array(Math.max(16, capacity));
    this.values = new Int32Array(Math.max(16, capacity));
  }

  add(key: number, member: number): void {
    if (key < 0) return;
    if (this.count === this.keys.length) {
      this.keys = withCapacity(this.keys, this.count + 1);
      this.values = withCapacity(this.values, this.count + 1);
    }
    this.keys[this.count] = key;
    this.values[this.count] = member;
    this.count++;
  }

  /** Members keep their insertion order within a key (the counting sort is stable). */
  build(keyCount: number): Postings {
    const start = new Int32Array(keyCount + 1);
    const { keys, values, count } = this;
    for (let i = 0; i < count; i++) start[keys[i] + 1]++;
    for (let k = 0; k < keyCount; k++) start[k + 1] += start[k];
    const cursor = start.slice(0, keyCount);
    const members = new Int32Array(count);
    for (let i = 0; i < count; i++) members[cursor[keys[i]]++] = values[i];
    return { start, members };
  }
}

/**
 * Finds every conflicted (statement, reviewer) pair. Strings become dense integer ids in a few
 * hash tables: reviewer person ids (looked up by authors' ids, co-author and declared lists),
 * author person ids (looked up by reviewers' co-author and declared lists), reviewers'
 * publications and institutions (looked up by authors'). The rest works on typed-array postings
 * (key -> reviewers, bucketed by counting sort): one statement at a time, the reviewers of every
 * posting its authors reach are OR-ed into a per-reviewer reason array and listed the first time
 * they are touched, so each pair is emitted once without a set of pair keys. The work is
 * proportional to the input lists plus the postings walked, never to statements x reviewers.
 *
 * Pairs come grouped by statement, in increasing statement order; within a statement, in the
 * order the reviewers are first reached (own id, institutions, publications, co-authors,
 * declarations, author by author).
 */
export function detectConflicts(
  statements: readonly StatementParties[],
  reviewers: readonly PersonProfile[],
  options: ConflictOptions,
): ConflictPairs {
  const currentYear = options.currentYear;
  const since = currentYear - (options.recentYears ?? 3);
  const generic = options.genericEmailDomains ?? GENERIC_EMAIL_DOMAINS;
  const reviewerCount = reviewers.length;

  // Person ids on both sides.
  const authorIdList: string[] = [];
  for (let s = 0; s < statements.length; s++) {
    const authors = statements[s].authors;
    for (let i = 0; i < authors.length; i++) authorIdList.push(authors[i].id);
  }
  const reviewerIdList: string[] = new Array<string>(reviewerCount);
  let reviewerPublications = 0;
  let reviewerInstitutions = 0;
  for (let r = 0; r < reviewerCount; r++) {
    const reviewer = reviewers[r];
    reviewerIdList[r] = reviewer.id;
    reviewerPublications += reviewer.publicationIds?.length ?? 0;
    reviewerInstitutions += (reviewer.affiliations?.length ?? 0) + (reviewer.emails?.length ?? 0);
  }
  const authorIds = new StringIds(authorIdList.length);
  authorIds.internAll(authorIdList);
  const authorPerson = authorIds.found.slice(0, authorIdList.length);
  const reviewerIds = new StringIds(reviewerCount);
  reviewerIds.internAll(reviewerIdList);
  const byPerson = new PostingsBuilder(reviewerCount);
  for (let r = 0; r < reviewerCount; r++) byPerson.add(reviewerIds.found[r], r);
  reviewerIds.findAll(authorIdList);
  const authorAsReviewer = reviewerIds.found.slice(0, authorIdList.length);

  // Institution keys: organisation ids and registrable email domains, in separate id spaces.
  // Raw domains (after '@') are cached with their domain id; -1: generic, invalid or, on the
  // author side, no reviewer's.
  const organisations = new StringIds();
  const domains = new StringIds();
  const rawDomains = new StringIds();
  const domainOfRaw: number[] = [];
  const domainId = (emailOrDomain: string, intern: boolean): number => {
    const start = emailOrDomain.lastIndexOf('@') + 1;
    let raw = rawDomains.findRange(emailOrDomain, start, emailOrDomain.length);
    if (raw < 0) {
      const domain = institutionDomain(emailOrDomain.slice(start), generic);
      raw = rawDomains.internRange(emailOrDomain, start, emailOrDomain.length);
      domainOfRaw[raw] = domain === null ? -1 : intern ? domains.intern(domain) : domains.find(domain);
    }
    return domainOfRaw[raw];
  };

  // Reviewer side: every key a reviewer carries, as (key id, reviewer) postings.
  // Sized for the reviewers' lists: no regrown typed arrays, which V8 counts as external memory
  // (allocating much of it starts a full garbage collection of the caller's whole heap).
  const byOrganisation = new PostingsBuilder(reviewerInstitutions);
  const byDomain = new PostingsBuilder(reviewerInstitutions);
  const byPublication = new PostingsBuilder(reviewerPublications);
  const byCoauthoredAuthor = new PostingsBuilder(reviewerCount);
  const byDeclaredAuthor = new PostingsBuilder(reviewerCount);
  const publications = new StringIds(reviewerPublications);
  for (let r = 0; r < reviewerCount; r++) {
    const reviewer = reviewers[r];
    const affiliations = reviewer.affiliations ?? NO_AFFILIATIONS;
    for (let i = 0; i < affiliations.length; i++) {
      // Properties are read one at a time and only when needed: on objects of many shapes, each
      // read is a slow generic lookup.
      const affiliation = affiliations[i];
      if (!heldSince(affiliation, since, currentYear)) continue;
      const institutionId = affiliation.institutionId;
      if (institutionId) byOrganisation.add(organisations.intern(institutionId), r);
      const emailDomain = affiliation.emailDomain;
      if (emailDomain) byDomain.add(domainId(emailDomain, true), r);
    }
    const emails = reviewer.emails ?? NO_IDS;
    for (let i = 0; i < emails.length; i++) byDomain.add(domainId(emails[i], true), r);
    let n = publications.internAll(reviewer.publicationIds ?? NO_IDS);
    for (let i = 0; i < n; i++) byPublication.add(publications.found[i], r);
    n = authorIds.findAll(reviewer.coauthorIds ?? NO_IDS);
    for (let i = 0; i < n; i++) byCoauthoredAuthor.add(authorIds.found[i], r);
    n = authorIds.findAll(reviewer.declaredConflictIds ?? NO_IDS);
    for (let i = 0; i < n; i++) byDeclaredAuthor.add(authorIds.found[i], r);
  }
  const personPostings = byPerson.build(reviewerIds.size);
  const organisationPostings = byOrganisation.build(organisations.size);
  const domainPostings = byDomain.build(domains.size);
  const publicationPostings = byPublication.build(publications.size);
  const coauthoredPostings = byCoauthoredAuthor.build(authorIds.size);
  const declaredPostings = byDeclaredAuthor.build(authorIds.size);

  // Statement side: walk the postings of every key of every author. reasonOf[r] holds the
  // reasons found so far for the current statement; touched lists the reviewers with any.
  const reasonOf = new Uint8Array(reviewerCount);
  const touched = new Int32Array(reviewerCount);
  let touchedCount = 0;
  const mark = (postings: Postings, key: number, reason: number): void => {
    if (key < 0) return;
    const { start, members } = postings;
    for (let i = start[key], end = start[key + 1]; i < end; i++) {
      const r = members[i];
      if (reasonOf[r] === 0) touched[touchedCount++] = r;
      reasonOf[r] |= reason;
    }
  };
  const markFound = (ids: StringIds, n: number, postings: Postings, reason: number): void => {
    const found = ids.found;
    for (let i = 0; i < n; i++) mark(postings, found[i], reason);
  };
  const { samePerson, institution, coauthorship, declared } = CONFLICT_REASON;
  // Pairs go to fixed-size chunks (no regrown arrays), counted per statement, and are copied
  // once into exactly sized columns: typed arrays are external memory to V8, and allocating
  // much more than the result would start a full garbage collection of the caller's heap.
  const pairsOf = new Int32Array(statements.length);
  const reviewerChunks: Int32Array[] = [];
  const reasonChunks: Uint8Array[] = [];
  let chunkReviewer = new Int32Array(0);
  let chunkReasons = new Uint8Array(0);
  let used = 0;
  let count = 0;
  for (let s = 0, a = 0; s < statements.length; s++) {
    const statement = statements[s];
    const authors = statement.authors;
    for (let i = 0; i < authors.length; i++, a++) {
      const author = authors[i];
      mark(personPostings, authorAsReviewer[a], samePerson);
      const affiliations = author.affiliations ?? NO_AFFILIATIONS;
      for (let j = 0; j < affiliations.length; j++) {
        const affiliation = affiliations[j];
        if (!heldSince(affiliation, since, currentYear)) continue;
        const institutionId = affiliation.institutionId;
        if (institutionId) mark(organisationPostings, organisations.find(institutionId), institution);
        const emailDomain = affiliation.emailDomain;
        if (emailDomain) mark(domainPostings, domainId(emailDomain, false), institution);
      }
      const emails = author.emails ?? NO_IDS;
      for (let j = 0; j < emails.length; j++) mark(domainPostings, domainId(emails[j], false), institution);
      let n = publications.findAll(author.publicationIds ?? NO_IDS);
      markFound(publications, n, publicationPostings, coauthorship);
      mark(coauthoredPostings, authorPerson[a], coauthorship);
      n = reviewerIds.findAll(author.coauthorIds ?? NO_IDS);
      markFound(reviewerIds, n, personPostings, coauthorship);
      n = reviewerIds.findAll(author.declaredConflictIds ?? NO_IDS);
      markFound(reviewerIds, n, personPostings, declared);
      mark(declaredPostings, authorPerson[a], declared);
    }
    const n = reviewerIds.findAll(statement.declaredConflictIds ?? NO_IDS);
    markFound(reviewerIds, n, personPostings, declared);

    pairsOf[s] = touchedCount;
    count += touchedCount;
    for (let t = 0; t < touchedCount; t++) {
      if (used === chunkReviewer.length) {
        reviewerChunks.push((chunkReviewer = new Int32Array(PAIR_CHUNK)));
        reasonChunks.push((chunkReasons = new Uint8Array(PAIR_CHUNK)));
        used = 0;
      }
      const r = touched[t];
      chunkReviewer[used] = r;
      chunkReasons[used++] = reasonOf[r];
      reasonOf[r] = 0;
    }
    touchedCount = 0;
  }

  const pairs = {
    statement: new Int32Array(count),
    reviewer: new Int32Array(count),
    reasons: new Uint8Array(count),
  };
  for (let s = 0, at = 0; s < statements.length; s++) {
    pairs.statement.fill(s, at, at + pairsOf[s]);
    at += pairsOf[s];
  }
  for (let c = 0; c < reviewerChunks.length; c++) {
    const length = Math.min(PAIR_CHUNK, count - c * PAIR_CHUNK);
    pairs.reviewer.set(reviewerChunks[c].subarray(0, length), c * PAIR_CHUNK);
    pairs.reasons.set(reasonChunks[c].subarray(0, length), c * PAIR_CHUNK);
  }
  return pairs;
}

/** Names of the reasons in a CONFLICT_REASON bit set. */
export function conflictReasons(bits: number): ConflictReason[] {
  return (Object.keys(CONFLICT_REASON) as ConflictReason[]).filter((name) => bits & CONFLICT_REASON[name]);
}
