/** Matches search text literally in a `$regex` filter, so `a.b` or `(` never act as regex syntax. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
