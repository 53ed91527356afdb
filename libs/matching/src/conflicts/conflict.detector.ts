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

/** Institution keys of a person's recent affiliations (organisation ids and email domains). */
export function recentInstitutionKeys(person: PersonProfile, options: ConflictOptions): string[] {
  const since = options.currentYear - (options.recentYears ?? 3);
  const generic = options.genericEmailDomains ?? GENERIC_EMAIL_DOMAINS;
  const keys = new Set<string>();
  for (const affiliation of person.affiliations ?? []) {
    if (affiliation.endYear !== undefined && affiliation.endYear < since) continue;
    if (affiliation.startYear !== undefined && affiliation.startYear > options.currentYear) continue;
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

/** Interns strings to dense integer ids so indexes are typed arrays, not maps of arrays. */
class StringInterner {
  private readonly ids = new Map<string, number>();
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
  find(key: string): number | undefined {
    return this.ids.get(key);
  }
  get size(): number {
    return this.ids.size;
  }
}

/** key id -> reviewers, in CSR form, filled from (key, reviewer) pairs. */
class ReviewerIndex {
  private keys: Int32Array = new Int32Array(1024);
  private reviewers: Int32Array = new Int32Array(1024);
  private count = 0;
  start: Int32Array = new Int32Array(1);
  members: Int32Array = new Int32Array(0);

  add(key: number, reviewer: number): void {
    if (this.count === this.keys.length) {
      this.keys = growInt(this.keys);
      this.reviewers = growInt(this.reviewers);
    }
    this.keys[this.count] = key;
    this.reviewers[this.count] = reviewer;
    this.count++;
  }

  freeze(keyCount: number): void {
    this.start = new Int32Array(keyCount + 1);
    for (let i = 0; i < this.count; i++) this.start[this.keys[i] + 1]++;
    for (let k = 0; k < keyCount; k++) this.start[k + 1] += this.start[k];
    const cursor = this.start.slice(0, keyCount);
    this.members = new Int32Array(this.count);
    for (let i = 0; i < this.count; i++) this.members[cursor[this.keys[i]]++] = this.reviewers[i];
    this.keys = this.reviewers = new Int32Array(0);
  }
}

export function detectConflicts(
  statements: readonly StatementParties[],
  reviewers: readonly PersonProfile[],
  options: ConflictOptions,
): ConflictPairs {
  const since = options.currentYear - (options.recentYears ?? 3);
  const generic = options.genericEmailDomains ?? GENERIC_EMAIL_DOMAINS;
  const domainCache = new Map<string, string | null>();
  const domainOf = (emailOrDomain: string): string | null => {
    const domain = emailOrDomain.slice(emailOrDomain.lastIndexOf('@') + 1);
    let cached = domainCache.get(domain);
    if (cached === undefined) domainCache.set(domain, (cached = institutionDomain(domain, generic)));
    return cached;
  };
  /** Calls visit(interned key) for each recent institution of a person (duplicates possible). */
  const organisations = new StringInterner();
  const domains = new StringInterner();
  const forEachInstitution = (person: PersonProfile, lookup: boolean, visit: (key: number) => void): void => {
    const use = (interner: StringInterner, key: string, offset: number): void => {
      const id = lookup ? interner.find(key) : interner.intern(key);
      if (id !== undefined) visit(id * 2 + offset);
    };
    for (const affiliation of person.affiliations ?? []) {
      if (affiliation.endYear !== undefined && affiliation.endYear < since) continue;
      if (affiliation.startYear !== undefined && affiliation.startYear > options.currentYear) continue;
      if (affiliation.institutionId) use(organisations, affiliation.institutionId, 0);
      const domain = affiliation.emailDomain ? domainOf(affiliation.emailDomain) : null;
      if (domain) use(domains, domain, 1);
    }
    for (const email of person.emails ?? []) {
      const domain = domainOf(email);
      if (domain) use(domains, domain, 1);
    }
  };

  // Reviewer ids get their own small interner: authors' 50 co-author ids each are looked up
  // there, and a small table stays in cache. Reviewers' own co-author lists can be large and
  // are looked up only once per author.
  const reviewerPeople = new StringInterner();
  const linkedPeople = new StringInterner();
  const publications = new StringInterner();
  const byPerson = new ReviewerIndex();
  const byInstitution = new ReviewerIndex();
  const byPublication = new ReviewerIndex();
  const byCoauthor = new ReviewerIndex();
  const byDeclaredPerson = new ReviewerIndex();
  reviewers.forEach((reviewer, r) => {
    byPerson.add(reviewerPeople.intern(reviewer.id), r);
    forEachInstitution(reviewer, false, (key) => byInstitution.add(key, r));
    for (const publication of reviewer.publicationIds ?? [])
      byPublication.add(publications.intern(publication), r);
    for (const coauthor of reviewer.coauthorIds ?? []) byCoauthor.add(linkedPeople.intern(coauthor), r);
    for (const person of reviewer.declaredConflictIds ?? [])
      byDeclaredPerson.add(linkedPeople.intern(person), r);
  });
  byPerson.freeze(reviewerPeople.size);
  byCoauthor.freeze(linkedPeople.size);
  byDeclaredPerson.freeze(linkedPeople.size);
  byInstitution.freeze(2 * Math.max(organisations.size, domains.size));
  byPublication.freeze(publications.size);

  const reasonOf = new Uint8Array(reviewers.length);
  const touched: number[] = [];
  let outStatement: Int32Array = new Int32Array(1024);
  let outReviewer: Int32Array = new Int32Array(1024);
  let outReasons: Uint8Array = new Uint8Array(1024);
  let count = 0;
  const mark = (index: ReviewerIndex, key: number | undefined, reason: number): void => {
    if (key === undefined) return;
    const { start, members } = index;
    for (let i = start[key]; i < start[key + 1]; i++) {
      const r = members[i];
      if (reasonOf[r] === 0) touched.push(r);
      reasonOf[r] |= reason;
    }
  };
  const markInstitution = (key: number): void => mark(byInstitution, key, CONFLICT_REASON.institution);
  statements.forEach((statement, s) => {
    for (const author of statement.authors) {
      const linkedId = linkedPeople.find(author.id);
      mark(byPerson, reviewerPeople.find(author.id), CONFLICT_REASON.samePerson);
      forEachInstitution(author, true, markInstitution);
      for (const publication of author.publicationIds ?? [])
        mark(byPublication, publications.find(publication), CONFLICT_REASON.coauthorship);
      mark(byCoauthor, linkedId, CONFLICT_REASON.coauthorship);
      for (const coauthor of author.coauthorIds ?? [])
        mark(byPerson, reviewerPeople.find(coauthor), CONFLICT_REASON.coauthorship);
      for (const person of author.declaredConflictIds ?? [])
        mark(byPerson, reviewerPeople.find(person), CONFLICT_REASON.declared);
      mark(byDeclaredPerson, linkedId, CONFLICT_REASON.declared);
    }
    for (const person of statement.declaredConflictIds ?? [])
      mark(byPerson, reviewerPeople.find(person), CONFLICT_REASON.declared);
    for (const r of touched) {
      if (count === outStatement.length) {
        outStatement = growInt(outStatement);
        outReviewer = growInt(outReviewer);
        const reasons = new Uint8Array(outReasons.length * 2);
        reasons.set(outReasons);
        outReasons = reasons;
      }
      outStatement[count] = s;
      outReviewer[count] = r;
      outReasons[count] = reasonOf[r];
      count++;
      reasonOf[r] = 0;
    }
    touched.length = 0;
  });
  return {
    statement: outStatement.slice(0, count),
    reviewer: outReviewer.slice(0, count),
    reasons: outReasons.slice(0, count),
  };
}

/** Names of the reasons in a CONFLICT_REASON bit set. */
export function conflictReasons(bits: number): ConflictReason[] {
  return (Object.keys(CONFLICT_REASON) as ConflictReason[]).filter((name) => bits & CONFLICT_REASON[name]);
}

function growInt(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
