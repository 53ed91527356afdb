import type { Publication, ReviewerExpertise, StatementText } from '../affinity/expertise.affinity';

/**
 * OpenReview's expertise format: an archives folder with one `<reviewer>.jsonl` per reviewer
 * (each line a publication `{"id", "content": {"title", "abstract"}}`) and a submissions JSON
 * object `{"<id>": {"id", "content": {"title", "abstract"}}}`. Content fields may be plain
 * strings (API v1) or `{"value": ...}` (API v2).
 */

interface OpenReviewNote {
  readonly id?: string;
  readonly content?: Record<string, unknown>;
}

function contentText(note: OpenReviewNote, field: string): string {
  const value = note.content?.[field];
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'string') {
    return (value as { value: string }).value;
  }
  return '';
}

/** One reviewer from the text of its .jsonl file. */
export function parseReviewerArchive(reviewerId: string, jsonl: string): ReviewerExpertise {
  const publications: Publication[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let note: OpenReviewNote;
    try {
      note = JSON.parse(line) as OpenReviewNote;
    } catch {
      throw new Error(`${reviewerId}.jsonl, line ${i + 1}: not JSON`);
    }
    const title = contentText(note, 'title');
    const abstract = contentText(note, 'abstract');
    if (title === '' && abstract === '') return;
    publications.push({ ...(note.id ? { id: note.id } : {}), title, abstract });
  });
  return { id: reviewerId, publications };
}

/** Submissions from the text of the submissions JSON file, in file order. */
export function parseSubmissions(json: string): StatementText[] {
  const parsed = JSON.parse(json) as Record<string, OpenReviewNote>;
  return Object.entries(parsed).map(([key, note]) => ({
    id: note.id ?? key,
    title: contentText(note, 'title'),
    abstract: contentText(note, 'abstract'),
  }));
}
