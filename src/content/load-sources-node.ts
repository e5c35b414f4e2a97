import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocId } from '../engine/index.ts';
import type { SourceTexts } from './citations.ts';
import { SCENARIO_ROOT } from './load-scenarios-node.ts';

export const DOC_IDS: readonly DocId[] = ['downie-2011', 'deare-2009', 'rodriguez-2007', 'northcom-2011', 'garza-2010'];

export function loadSourceTexts(root = SCENARIO_ROOT): SourceTexts {
  const out = {} as Record<DocId, string[]>;
  for (const id of DOC_IDS) out[id] = readFileSync(join(root, 'sources', `${id}.txt`), 'utf8').split('\n');
  return out;
}
