// Saves: the game is written to storage after every decision and every year, reopened on reload, and can be
// downloaded and opened as a file. A save that cannot be opened is never thrown away silently: it stays until the
// player downloads it or starts anew, and starting anew keeps it under a second key.
// The reader (zod) loads only when there is a save to read.
import type { StateCreator } from 'zustand';
import type { SaveProblem } from '../content/save-problem.ts';
import { isSavedScreen, makeSave, MAX_SAVE_CHARS, serializeSave } from '../content/save-write.ts';
import { readStored, removeStored, writeStored } from './storage.ts';
import type { GameStore } from './store.ts';

export const SAVE_KEY = 'sexenio-save';
/** The save a new game or an imported file replaced, one step back. */
export const PREVIOUS_SAVE_KEY = 'sexenio-save-previous';
/** A save that could not be opened and that the player chose to set aside. */
export const SET_ASIDE_KEY = 'sexenio-save-unreadable';

export type StoredSaveProblem = { readonly problem: SaveProblem; readonly text: string };

export type SaveSlice = {
  /** The stored save could not be opened: shown instead of the game until the player decides. */
  readonly saveProblem: StoredSaveProblem | null;
  /** False when storage refused the last write (full or blocked); the game goes on, unsaved. */
  readonly saveWorks: boolean;
  setSaveWorks: (ok: boolean) => void;
  /** Reopens the stored save; false when there is none or it cannot be opened (then saveProblem says why). */
  resumeSaved: () => Promise<boolean>;
  /** Opens a save file's text as the current game; resolves to why it cannot, or null. */
  importSave: (text: string) => Promise<SaveProblem | null>;
  /** Sets the unreadable save aside and goes to the title. */
  startAnew: () => void;
  /** To the title without touching the save (the title then offers to continue it). */
  leaveToTitle: () => void;
  /** The current game as a save file's text (indented), or the stored text when there is no game in memory. */
  saveText: () => string | null;
};

function nowIso(): string {
  return new Date().toISOString();
}

/** Writes the current game, when there is one of the player's own (a shared run is never saved over it). */
export function autosave(s: GameStore): void {
  const { game, scenario, screen, readOnly } = s;
  if (!game || !scenario || readOnly || !isSavedScreen(screen)) return;
  const ok = writeStored(SAVE_KEY, serializeSave(makeSave(scenario, game, screen, nowIso())));
  if (ok !== s.saveWorks) s.setSaveWorks(ok);
}

/** Keeps the save a new game replaces, one step back. */
export function keepPreviousSave(): void {
  const current = readStored(SAVE_KEY);
  if (current !== null) writeStored(PREVIOUS_SAVE_KEY, current);
}

export type StoredSaveSummary = { readonly year: number; readonly finished: boolean; readonly text: string };

/** What the title needs to offer "continue": the stored save's year and whether it is finished (no full check). */
export function storedSaveSummary(): StoredSaveSummary | null {
  const text = readStored(SAVE_KEY);
  if (text === null) return null;
  try {
    const raw = JSON.parse(text) as { year?: unknown; phase?: unknown };
    return typeof raw.year === 'number' ? { year: raw.year, finished: raw.phase === 'finished', text } : null;
  } catch {
    return null;
  }
}

export const createSaveSlice: StateCreator<GameStore, [], [], SaveSlice> = (set, get) => ({
  saveProblem: null,
  saveWorks: true,
  setSaveWorks: (saveWorks) => set({ saveWorks }),
  resumeSaved: async () => {
    const text = readStored(SAVE_KEY);
    if (text === null) return false;
    const { readSave } = await import('../content/save-read.ts');
    const read = readSave(text, get().scenarios);
    // The player may have started or opened something while the reader loaded: that wins.
    if (get().game !== null) return false;
    if (!read.ok) {
      set({ saveProblem: { problem: read.error, text } });
      return false;
    }
    const { scenario, state, actions, screen } = read.value;
    set({ scenario, game: state, actions, screen, readOnly: false, readOnlyFrom: null, sharedNickname: null, lastError: null, whyOpen: false, autoPlay: false, saveProblem: null });
    return true;
  },
  importSave: async (text) => {
    if (text.length > MAX_SAVE_CHARS) return { reason: 'too-large', size: text.length };
    const { readSave } = await import('../content/save-read.ts');
    const read = readSave(text, get().scenarios);
    if (!read.ok) return read.error;
    keepPreviousSave();
    const { scenario, state, actions, screen } = read.value;
    set({ scenario, game: state, actions, screen, readOnly: false, readOnlyFrom: null, sharedNickname: null, lastError: null, whyOpen: false, autoPlay: false, saveProblem: null });
    return null;
  },
  startAnew: () => {
    const problem = get().saveProblem;
    if (problem) writeStored(SET_ASIDE_KEY, problem.text);
    removeStored(SAVE_KEY);
    set({ saveProblem: null, game: null, actions: [], screen: 'title', readOnly: false });
  },
  leaveToTitle: () => set({ game: null, actions: [], screen: 'title', readOnly: false, readOnlyFrom: null, sharedNickname: null, lastError: null, whyOpen: false, modelOpen: false, historyOpen: false }),
  saveText: () => {
    const { game, scenario, screen, readOnly, saveProblem } = get();
    if (saveProblem) return saveProblem.text;
    if (game && scenario && !readOnly) return serializeSave(makeSave(scenario, game, isSavedScreen(screen) ? screen : 'year', nowIso()), true);
    const stored = readStored(SAVE_KEY);
    if (stored === null) return null;
    try {
      return `${JSON.stringify(JSON.parse(stored), null, 2)}\n`;
    } catch {
      return stored;
    }
  },
});
