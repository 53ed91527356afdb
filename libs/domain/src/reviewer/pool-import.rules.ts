// Building the reviewer pool in bulk: a CSV of name, e-mail, kind and areas becomes one invitation
// per good row; every other row is refused with its line number and the reason.
import { normalizeEmail, validateEmail } from '../account/account.rules';
import type { VenueTaxonomy } from '../tier/tier-policy.rules';
import { areaChoices } from './reviewer-profile.rules';

export const MAX_POOL_ROWS = 2000;

export interface PoolRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  name: string;
  email: string;
  role: 'expert_reviewer' | 'community_reviewer';
  areas: string[];
}

export interface PoolRefusal {
  line: number;
  reason: string;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF. */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      if (cells.some((x) => x.trim() !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line += 1;
      rowLine = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((x) => x.trim() !== '')) rows.push({ line: rowLine, cells });
  return rows;
}

const KINDS: Readonly<Record<string, PoolRow['role']>> = {
  expert: 'expert_reviewer',
  expert_reviewer: 'expert_reviewer',
  'expert reviewer': 'expert_reviewer',
  community: 'community_reviewer',
  community_reviewer: 'community_reviewer',
  'community reviewer': 'community_reviewer',
};

/**
 * The rows to invite and the lines refused. A file without the four columns (in any order, any
 * case) is refused as a whole, on line 1.
 */
export function parseReviewerPoolCsv(text: string, taxonomy: VenueTaxonomy): { rows: PoolRow[]; refused: PoolRefusal[] } {
  const [header, ...data] = parseCsv(text);
  if (!header) return { rows: [], refused: [{ line: 1, reason: 'The file is empty: start with the line name,email,kind,areas.' }] };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  const missing = ['name', 'email', 'kind', 'areas'].filter((name) => at(name) === -1);
  if (missing.length > 0)
    return { rows: [], refused: [{ line: header.line, reason: `The first line must name the columns; missing: ${missing.join(', ')}.` }] };
  if (data.length > MAX_POOL_ROWS)
    return { rows: [], refused: [{ line: header.line, reason: `Import at most ${MAX_POOL_ROWS} people at once (this file has ${data.length}).` }] };
  const choices = new Map(areaChoices(taxonomy).map((area) => [area.toLowerCase(), area]));
  const seen = new Map<string, number>();
  const rows: PoolRow[] = [];
  const refused: PoolRefusal[] = [];
  for (const { line, cells } of data) {
    const value = (name: string) => (cells[at(name)] ?? '').trim();
    const name = value('name');
    const email = normalizeEmail(value('email'));
    const role = KINDS[value('kind').toLowerCase()];
    const areaLabels = value('areas')
      .split(';')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    const unknown = areaLabels.filter((a) => !choices.has(a.toLowerCase()));
    let reason: string | null = null;
    if (name === '') reason = 'The name is empty.';
    else if (validateEmail(email).length > 0) reason = `“${value('email')}” is not an e-mail address.`;
    else if (!role) reason = `The kind must be expert or community, not “${value('kind')}”.`;
    else if (unknown.length > 0) reason = `Not among the venue’s areas: ${unknown.join('; ')}.`;
    else if (seen.has(email)) reason = `${email} is already on line ${seen.get(email)}.`;
    if (reason !== null || !role) {
      refused.push({ line, reason: reason ?? 'This line cannot be read.' });
      continue;
    }
    seen.set(email, line);
    rows.push({ line, name, email, role, areas: areaLabels.map((a) => choices.get(a.toLowerCase()) as string) });
  }
  return { rows, refused };
}
