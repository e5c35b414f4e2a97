// Checks citations against the source texts: the lines exist, and a quoted phrase really stands in them.
import type { Citation, DocCitation, DocId, WebCitation } from '../engine/index.ts';

export type SourceTexts = Readonly<Record<DocId, readonly string[]>>;

/** Letters and digits only, lower case: PDF line breaks, hyphenation and curly quotes do not matter. */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9áéíóúñü]+/g, '');
}

/** Lines before and after the cited range that a quote may spill into (PDF extraction moves text by a line or two). */
const SLACK = 2;

export const isDocCitation = (c: Citation): c is DocCitation => 'doc' in c;
export const isWebCitation = (c: Citation): c is WebCitation => 'url' in c;

export function citationProblem(c: DocCitation, sources: SourceTexts): string | null {
  const lines = sources[c.doc];
  const [first, last] = c.lines;
  if (last > lines.length) return `${c.doc} has ${lines.length} lines; cited lines ${first}–${last}`;
  if (c.quote === undefined) return null;
  const window = lines.slice(Math.max(0, first - 1 - SLACK), last + SLACK).join(' ');
  const needle = normalizeForMatch(c.quote.replace(/\[…\]|\[\.\.\.\]|…/g, ' '));
  const parts = c.quote.includes('…') || c.quote.includes('[...]') ? c.quote.split(/\[…\]|\[\.\.\.\]|…/).map(normalizeForMatch).filter(Boolean) : [needle];
  const hay = normalizeForMatch(window);
  return parts.every((p) => hay.includes(p)) ? null : `quote "${c.quote}" is not in ${c.doc} lines ${first}–${last}`;
}

/** Every document citation anywhere in a JSON value, with its path (web sources have no lines to check). */
export function findCitations(value: unknown, path = ''): { path: string; citation: DocCitation }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => findCitations(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const obj = value as Record<string, unknown>;
  if (typeof obj['doc'] === 'string' && Array.isArray(obj['lines'])) return [{ path, citation: obj as unknown as DocCitation }];
  return Object.entries(obj).flatMap(([k, v]) => findCitations(v, path === '' ? k : `${path}.${k}`));
}
