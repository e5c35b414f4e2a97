// Loads a source document's text on demand (it is large), for showing a cited passage.
import type { DocCitation, DocId } from '../engine/index.ts';

const loaders = import.meta.glob<string>('/scenarios/sources/*.txt', { query: '?raw', import: 'default' });

export async function loadPassage(c: DocCitation): Promise<string[]> {
  const load = loaders[`/scenarios/sources/${c.doc satisfies DocId}.txt`];
  if (!load) return [];
  const text = await load();
  return text.split('\n').slice(c.lines[0] - 1, c.lines[1]);
}
