// The game kept in cmi.suspend_data, so a reopened attempt resumes where it was: the same save the browser keeps
// (set-up, record, steps, checks; see save-write.ts), compressed with lz-string's URI-safe alphabet (no quotes,
// spaces or markup for an LMS to mangle) behind a short tag. SCORM 1.2 allows 4,096 characters: a save that would not
// fit drops the players' written reasoning (the replay never reads it), and if it still would not fit nothing is
// written, so the LMS keeps the last one that did.
import LZString from 'lz-string';
import type { GameState, Scenario } from '../engine/index.ts';
import { checkOf, makeSave, serializeSave, type SaveFile, type SavedScreen } from '../content/save-write.ts';
import { MAX_CMI_STRING } from './scorm-values.ts';

export const SUSPEND_TAG = 'SXS1.';

export function packSuspendData(save: SaveFile): string {
  return SUSPEND_TAG + LZString.compressToEncodedURIComponent(serializeSave(save));
}

function withoutReasoning(save: SaveFile): SaveFile {
  const { check: _check, ...body } = save;
  const bare = { ...body, decisions: body.decisions.map(({ rationale: _r, ...d }) => d) };
  return { ...bare, check: checkOf(bare) };
}

/** The suspend data for a game at a screen, or null when even the save without reasoning exceeds the limit. */
export function suspendDataOf(scenario: Scenario, game: GameState, screen: SavedScreen, savedAt: string): string | null {
  const save = makeSave(scenario, game, screen, savedAt);
  for (const candidate of [save, withoutReasoning(save)]) {
    const data = packSuspendData(candidate);
    if (data.length <= MAX_CMI_STRING) return data;
  }
  return null;
}

function decompress(body: string): string | null {
  try {
    return LZString.decompressFromEncodedURIComponent(body);
  } catch {
    return null;
  }
}

export type UnpackedSuspendData = { readonly kind: 'empty' } | { readonly kind: 'save'; readonly text: string } | { readonly kind: 'unreadable'; readonly text: string };

/** The save text in what the LMS gave back. Anything else is kept as it came, to be shown and downloaded, never lost. */
export function unpackSuspendData(data: string | null): UnpackedSuspendData {
  if (data === null || data.trim() === '') return { kind: 'empty' };
  if (!data.startsWith(SUSPEND_TAG)) return { kind: 'unreadable', text: data };
  const text = decompress(data.slice(SUSPEND_TAG.length));
  return text ? { kind: 'save', text } : { kind: 'unreadable', text: data };
}
