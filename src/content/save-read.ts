// Reading a save: size, JSON, format, version (with migrations), the check, the schema, the scenario, then a replay
// of every action that must land on the recorded fingerprint. Never throws: every failure is a SaveProblem.
import { z } from './zod.ts';
import { createGame, step, type Action, type GameState, type Result, type Scenario } from '../engine/index.ts';
import { issueSummary } from './code-format.ts';
import { checkSetup, findScenario, setupSchema } from './run-code.ts';
import type { SaveProblem } from './save-problem.ts';
import { checkOf, fingerprint, MAX_SAVE_CHARS, SAVE_FORMAT, SAVE_VERSION, SAVED_SCREENS, type SaveBody, type SaveFile, type SavedScreen } from './save-write.ts';

const id = z.string().regex(/^[A-Za-z0-9+_.-]{1,64}$/, 'not an id');
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('strategy/chosen'),
    strategy: id,
    party: id.optional(),
    levers: z.array(id).max(12).optional(),
    rationale: z.string().max(2000).refine((s) => !CONTROL.test(s), 'control characters').optional(),
    forecast: z.enum(['rise', 'fall']).optional(),
  }),
  z.strictObject({ type: z.literal('year/advanced') }),
  z.strictObject({ type: z.literal('event/answered'), choice: id }),
  z.strictObject({ type: z.literal('term/closed') }),
]);

const saveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  savedAt: z.string().max(40),
  scenarioId: id,
  scenarioVersion: z.number().int().min(0).max(1_000_000),
  setup: setupSchema,
  actions: z.array(actionSchema).max(1000),
  screen: z.enum(SAVED_SCREENS),
  year: z.number().int().min(1900).max(2200),
  phase: z.enum(['choosing', 'playing', 'event', 'term-end', 'finished']),
  fingerprint: z.string().max(16),
  check: z.string().max(16),
});

/**
 * Upgrades an older save to the current version, one step at a time. Version 1 is the first format; a version 2
 * adds `1: (save) => …` here (and recomputes the check) so that every save ever written still opens.
 */
export type SaveMigrations = Readonly<Record<number, (save: Record<string, unknown>) => Record<string, unknown>>>;
export const SAVE_MIGRATIONS: SaveMigrations = {};
const OLDEST_READABLE = 1;

export function migrateSave(version: number, save: Record<string, unknown>, migrations: SaveMigrations = SAVE_MIGRATIONS, current: number = SAVE_VERSION): Result<Record<string, unknown>, SaveProblem> {
  if (version > current) return { ok: false, error: { reason: 'newer-version', version, current } };
  if (version < OLDEST_READABLE) return { ok: false, error: { reason: 'old-version', version } };
  let upgraded = save;
  for (let v = version; v < current; v++) {
    const up = migrations[v];
    if (!up) return { ok: false, error: { reason: 'old-version', version } };
    upgraded = up(upgraded);
  }
  return { ok: true, value: upgraded };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Steps 1–4: the text into a checked, current-version SaveFile (no scenario needed). */
export function parseSave(text: unknown): Result<SaveFile, SaveProblem> {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: { reason: 'empty' } };
  if (text.length > MAX_SAVE_CHARS) return { ok: false, error: { reason: 'too-large', size: text.length } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { reason: 'not-json' } };
  }
  if (!isRecord(raw) || raw['format'] !== SAVE_FORMAT) return { ok: false, error: { reason: 'not-a-save' } };
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, error: { reason: 'invalid', detail: 'version: not a whole number' } };
  const migrated = migrateSave(version, raw);
  if (!migrated.ok) return migrated;
  const parsed = saveSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, error: { reason: 'invalid', detail: issueSummary(parsed.error.issues) } };
  const { check, ...rest } = parsed.data;
  const body = rest as SaveBody;
  if (checkOf(body) !== check) return { ok: false, error: { reason: 'edited' } };
  return { ok: true, value: { ...body, check } };
}

export type RestoredGame = { readonly save: SaveFile; readonly scenario: Scenario; readonly state: GameState; readonly actions: readonly Action[]; readonly screen: SavedScreen };

/** Where to reopen: the saved screen when the game's phase allows it, otherwise the screen for the phase. */
export function screenToReopen(saved: SavedScreen, state: GameState): SavedScreen {
  const fits: Record<SavedScreen, boolean> = {
    briefing: state.history.length === 0 && (state.phase === 'choosing' || state.phase === 'playing'),
    choice: state.phase === 'choosing',
    year: state.phase === 'playing' || state.phase === 'event' || state.phase === 'term-end',
    summary: state.phase === 'term-end',
    debrief: state.phase === 'finished',
  };
  if (fits[saved]) return saved;
  return state.phase === 'choosing' ? 'choice' : state.phase === 'finished' ? 'debrief' : 'year';
}

/** Reads a save and replays it; the game continues exactly where it was saved. */
export function readSave(text: unknown, scenarios: readonly Scenario[]): Result<RestoredGame, SaveProblem> {
  try {
    const parsed = parseSave(text);
    if (!parsed.ok) return parsed;
    const save = parsed.value;
    const found = findScenario(scenarios, save.scenarioId, save.scenarioVersion, 'run');
    if (!found.ok) {
      const e = found.error;
      return { ok: false, error: e.reason === 'scenario-version' ? { reason: 'scenario-version', saveVersion: e.codeVersion, version: e.version } : { reason: 'wrong-scenario', scenarioId: save.scenarioId } };
    }
    const scenario = found.value;
    const unknown = checkSetup(scenario, save.setup, 'run');
    if (unknown?.reason === 'unknown-id') return { ok: false, error: { reason: 'unknown-id', what: unknown.what, id: unknown.id } };
    let state = createGame(scenario, save.setup);
    for (const action of save.actions) {
      const next = step(state, action, scenario);
      if (!next.ok) return { ok: false, error: { reason: 'replay-failed', detail: next.error.message } };
      state = next.value;
    }
    if (fingerprint(state) !== save.fingerprint || state.year !== save.year || state.phase !== save.phase) return { ok: false, error: { reason: 'replay-differs' } };
    return { ok: true, value: { save, scenario, state, actions: save.actions, screen: screenToReopen(save.screen, state) } };
  } catch (error) {
    return { ok: false, error: { reason: 'invalid', detail: String(error).slice(0, 120) } };
  }
}
