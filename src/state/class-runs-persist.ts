// Persistence policy for the class dashboard: the list of run codes (and the class it was opened for) is kept in
// localStorage under its own key, written whenever the list changes, so a reload loses nothing. A stored list that
// cannot be read is set aside under a second key before anything new is written, and the dashboard says so.
import type { StoredClass } from '../content/class-run-store.ts';
import { readStored, removeStored, writeStored } from './storage.ts';

export const CLASS_RUNS_KEY = 'sexenio-class-runs';
/** A stored list that could not be read, kept for the instructor to download. */
export const CLASS_RUNS_SET_ASIDE_KEY = 'sexenio-class-runs-unreadable';

export type ClassStoreProblem = { readonly detail: string; readonly text: string };

export type ReadClassStore = { readonly stored: StoredClass | null; readonly problem: ClassStoreProblem | null };

export async function readClassStore(): Promise<ReadClassStore> {
  const text = readStored(CLASS_RUNS_KEY);
  if (text === null) return { stored: null, problem: null };
  const { parseClass } = await import('../content/class-run-store.ts');
  const parsed = parseClass(text);
  if (parsed.ok) return { stored: parsed.value, problem: null };
  writeStored(CLASS_RUNS_SET_ASIDE_KEY, text);
  removeStored(CLASS_RUNS_KEY);
  return { stored: null, problem: { detail: parsed.error, text } };
}

/** False when storage refused (full or blocked): the list stays on screen, but not across a reload. */
export async function writeClassStore(stored: StoredClass): Promise<boolean> {
  const { serializeClass } = await import('../content/class-run-store.ts');
  if (stored.runs.length === 0 && stored.classLink === null) {
    removeStored(CLASS_RUNS_KEY);
    return true;
  }
  return writeStored(CLASS_RUNS_KEY, serializeClass(stored));
}
