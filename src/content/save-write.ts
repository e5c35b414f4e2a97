// Writing a save: the game's record (set-up, decisions, event answers) and how many steps of it were taken, which
// replay the game exactly; the fingerprint of the model content it is played with (so a save opened against other
// content is caught); a fingerprint of where the game stood (so a save that would now replay differently is caught);
// and a check over the whole (so a save edited by hand is caught). No zod here: this runs after every decision and
// year, on the start path.
import { recordOf, stepsOf, type Decision, type EventAnswers, type GameState, type Scenario } from '../engine/index.ts';
import { checksum } from './checksum.ts';
import { contentFingerprint } from './content-fingerprint.ts';

export const SAVE_FORMAT = 'sexenio-save';
export const SAVE_VERSION = 2;
/** Saves are a few kilobytes; anything much larger than this is not one of ours. */
export const MAX_SAVE_CHARS = 1_000_000;

/** The screens a save can reopen on; anything else reopens where the game's phase says. */
export const SAVED_SCREENS = ['briefing', 'choice', 'year', 'summary', 'debrief'] as const;
export type SavedScreen = (typeof SAVED_SCREENS)[number];

export type SaveBody = {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  /** When it was written (ISO 8601); shown to the player, not used in the replay. */
  readonly savedAt: string;
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  /** The model content's fingerprint; null only in a save from before saves carried one (version 1). */
  readonly content: string | null;
  readonly setup: GameState['setup'];
  readonly decisions: readonly Decision[];
  readonly answers: EventAnswers;
  /** How many actions of the record were taken: the game is replayed exactly this far. */
  readonly steps: number;
  readonly screen: SavedScreen;
  /** Year and phase the game had reached, for the "continue" button and as a plausibility check. */
  readonly year: number;
  readonly phase: GameState['phase'];
  readonly fingerprint: string;
};

export type SaveFile = SaveBody & { readonly check: string };

/** What identifies the point a game reached: the luck still to come and every score. */
export function fingerprint(state: GameState): string {
  return checksum(JSON.stringify([state.year, state.phase, state.termIndex, state.rng, state.scores]));
}

/** JSON with every object's keys sorted, so the check does not depend on key order or spacing. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

export function checkOf(body: SaveBody): string {
  return checksum(canonicalJson(body));
}

export function isSavedScreen(screen: string): screen is SavedScreen {
  return (SAVED_SCREENS as readonly string[]).includes(screen);
}

export function makeSave(scenario: Scenario, game: GameState, screen: SavedScreen, savedAt: string): SaveFile {
  const { setup, decisions, answers } = recordOf(game);
  const body: SaveBody = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    savedAt,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    content: contentFingerprint(scenario),
    setup,
    decisions,
    answers,
    steps: stepsOf(game),
    screen,
    year: game.year,
    phase: game.phase,
    fingerprint: fingerprint(game),
  };
  return { ...body, check: checkOf(body) };
}

/** Compact for storage; indented for a file the player downloads. */
export function serializeSave(save: SaveFile, pretty = false): string {
  return pretty ? `${JSON.stringify(save, null, 2)}\n` : JSON.stringify(save);
}

export function saveFileName(save: Pick<SaveBody, 'year' | 'savedAt'>): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(save.savedAt)?.[0] ?? 'save';
  return `sexenio-${save.year}-${day}.json`;
}
