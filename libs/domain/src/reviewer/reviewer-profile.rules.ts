// A reviewer's profile at one venue: expertise (areas from the venue's taxonomy, free text,
// publications), affiliations with years (for conflicts), communities represented, the most
// statements they take on, and when they completed training in release practices.
import { isCalendarDay, meaningfulLength, textOf } from '../shared/field-checks.util';
import type { FieldError } from '../statement/impact-statement.types';
import type { VenueTaxonomy } from '../tier/tier-policy.rules';

export interface ReviewerPublication {
  title: string;
  abstract: string;
  /** Null when unknown. */
  year: number | null;
}

export interface ReviewerAffiliation {
  institution: string;
  /** e.g. "uni-example.org"; '' when unknown. */
  emailDomain: string;
  startYear: number;
  /** Null while it lasts. */
  endYear: number | null;
}

export interface ReviewerProfile {
  areas: string[];
  expertise: string;
  publications: ReviewerPublication[];
  affiliations: ReviewerAffiliation[];
  communities: string[];
  maxLoad: number;
  /** 'YYYY-MM-DD', or null when not completed. */
  trainingCompletedOn: string | null;
}

export const MAX_EXPERTISE_TEXT = 2000;
export const MAX_PUBLICATIONS = 200;
export const MAX_PUBLICATION_TITLE = 300;
export const MAX_PUBLICATION_ABSTRACT = 5000;
export const MAX_AFFILIATIONS = 20;
export const MAX_REVIEWER_LOAD = 50;
export const DEFAULT_REVIEWER_LOAD = 3;

export const EMPTY_REVIEWER_PROFILE: ReviewerProfile = {
  areas: [],
  expertise: '',
  publications: [],
  affiliations: [],
  communities: [],
  maxLoad: DEFAULT_REVIEWER_LOAD,
  trainingCompletedOn: null,
};

const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** The labels a profile may pick as areas: each area and each "Area / Sub-area". */
export function areaChoices(taxonomy: VenueTaxonomy): string[] {
  return taxonomy.areas.flatMap((area) => [area.label, ...area.subAreas.map((sub) => `${area.label} / ${sub}`)]);
}

/** Every reason the profile cannot be saved, with paths like `affiliations.1.endYear`. */
export function validateReviewerProfile(profile: ReviewerProfile, taxonomy: VenueTaxonomy, today: Date): FieldError[] {
  const errors: FieldError[] = [];
  const thisYear = today.getUTCFullYear();
  const choices = new Set(areaChoices(taxonomy));
  profile.areas.forEach((area, i) => {
    if (!choices.has(area)) errors.push({ path: `areas.${i}`, message: `“${area}” is not one of the venue’s areas; choose from the list.` });
  });
  const communities = new Set(taxonomy.communities);
  profile.communities.forEach((community, i) => {
    if (!communities.has(community))
      errors.push({ path: `communities.${i}`, message: `“${community}” is not one of the venue’s communities; choose from the list.` });
  });
  if (meaningfulLength(profile.expertise) > MAX_EXPERTISE_TEXT)
    errors.push({ path: 'expertise', message: `Shorten the description to at most ${MAX_EXPERTISE_TEXT} characters.` });
  if (profile.publications.length > MAX_PUBLICATIONS)
    errors.push({ path: 'publications', message: `Keep at most ${MAX_PUBLICATIONS} publications: the most relevant ones.` });
  profile.publications.forEach((publication, i) => {
    const title = meaningfulLength(publication.title);
    if (title === 0) errors.push({ path: `publications.${i}.title`, message: 'Give the title, or remove the publication.' });
    else if (title > MAX_PUBLICATION_TITLE)
      errors.push({ path: `publications.${i}.title`, message: `Shorten the title to at most ${MAX_PUBLICATION_TITLE} characters.` });
    if (meaningfulLength(publication.abstract) > MAX_PUBLICATION_ABSTRACT)
      errors.push({ path: `publications.${i}.abstract`, message: `Shorten the abstract to at most ${MAX_PUBLICATION_ABSTRACT} characters.` });
    const year = publication.year;
    if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= thisYear + 1))
      errors.push({ path: `publications.${i}.year`, message: `Give a year from 1900 to ${thisYear + 1}, or leave it empty.` });
  });
  if (profile.affiliations.length > MAX_AFFILIATIONS)
    errors.push({ path: 'affiliations', message: `List at most ${MAX_AFFILIATIONS} affiliations.` });
  profile.affiliations.forEach((affiliation, i) => {
    if (meaningfulLength(affiliation.institution) === 0)
      errors.push({ path: `affiliations.${i}.institution`, message: 'Name the institution, or remove the row.' });
    const domain = textOf(affiliation.emailDomain).trim();
    if (domain !== '' && !DOMAIN_PATTERN.test(domain))
      errors.push({ path: `affiliations.${i}.emailDomain`, message: 'Give the e-mail domain like example.org, or leave it empty.' });
    const start = affiliation.startYear;
    if (!(Number.isInteger(start) && start >= 1950 && start <= thisYear))
      errors.push({ path: `affiliations.${i}.startYear`, message: `Give the year it started, from 1950 to ${thisYear}.` });
    const end = affiliation.endYear;
    if (end !== null && !(Number.isInteger(end) && end >= start && end <= thisYear))
      errors.push({ path: `affiliations.${i}.endYear`, message: 'Give the year it ended (not before it started, not in the future), or leave it empty while it lasts.' });
  });
  if (!(Number.isInteger(profile.maxLoad) && profile.maxLoad >= 0 && profile.maxLoad <= MAX_REVIEWER_LOAD))
    errors.push({ path: 'maxLoad', message: `Give the most statements you take on, from 0 to ${MAX_REVIEWER_LOAD}.` });
  const training = profile.trainingCompletedOn;
  if (training !== null) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(training);
    const real = match ? isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) : false;
    if (!real) errors.push({ path: 'trainingCompletedOn', message: 'Give the date as YYYY-MM-DD, or leave it empty.' });
    else if (training > today.toISOString().slice(0, 10))
      errors.push({ path: 'trainingCompletedOn', message: 'The training date cannot be in the future.' });
  }
  return errors;
}

// --- Publications pasted as BibTeX ------------------------------------------------------------

/** The value of `field` in one BibTeX entry body: braces or quotes, nested braces kept balanced. */
function bibtexField(body: string, field: string): string {
  const start = new RegExp(`(?:^|[,\\s])${field}\\s*=\\s*`, 'i').exec(body);
  if (!start) return '';
  let i = start.index + start[0].length;
  const open = body[i];
  if (open === '{') {
    let depth = 0;
    let out = '';
    for (; i < body.length; i += 1) {
      const c = body[i] as string;
      if (c === '{') {
        depth += 1;
        if (depth === 1) continue;
      } else if (c === '}') {
        depth -= 1;
        if (depth === 0) break;
      }
      out += c;
    }
    return out.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
  }
  if (open === '"') {
    const end = body.indexOf('"', i + 1);
    return body.slice(i + 1, end === -1 ? undefined : end).replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
  }
  return (/^[^,\n}]*/.exec(body.slice(i))?.[0] ?? '').trim();
}

/** Publications from pasted BibTeX: each entry's title, abstract and year (entries without a title are skipped). */
export function parseBibtex(text: string): ReviewerPublication[] {
  const publications: ReviewerPublication[] = [];
  const entry = /@\s*([a-z]+)\s*\{/gi;
  let match: RegExpExecArray | null;
  while ((match = entry.exec(text)) !== null) {
    if (['comment', 'string', 'preamble'].includes((match[1] ?? '').toLowerCase())) continue;
    // The entry runs to its matching closing brace.
    let depth = 1;
    let i = match.index + match[0].length;
    for (; i < text.length && depth > 0; i += 1) {
      if (text[i] === '{') depth += 1;
      else if (text[i] === '}') depth -= 1;
    }
    const body = text.slice(match.index + match[0].length, i - 1);
    const title = bibtexField(body, 'title');
    if (title === '') continue;
    const year = Number.parseInt(bibtexField(body, 'year'), 10);
    publications.push({ title, abstract: bibtexField(body, 'abstract'), year: Number.isInteger(year) ? year : null });
    entry.lastIndex = i;
  }
  return publications;
}
