// Reading a save: size, JSON, format, the check, version (with migrations), the schema, the scenario and its model
// content, then a replay of the record that must land on the recorded fingerprint. Never throws: every failure is a
// SaveProblem.
import { z } from './zod.ts';
import { createGame, play, recordOf, step, stepsOf, type Action, type GameSetup, type GameState, type Result, type Scenario } from '../engine/index.ts';
import { issueSummary } from './code-format.ts';
import { contentFingerprint, contentMatch } from './content-fingerprint.ts';
import { checkSetup, contentSchema, findScenario, setupSchema } from './run-code.ts';
import type { SaveProblem } from './save-problem.ts';
import { checkOf, fingerprint, MAX_SAVE_CHARS, SAVE_FORMAT, SAVE_VERSION, SAVED_SCREENS, type SaveBody, type SaveFile, type SavedScreen } from './save-write.ts';

const id = z.string().regex(/^[A-Za-z0-9+_.-]{1,64}$/, 'not an id');
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const rationale = z.string().max(2000).refine((s) => !CONTROL.test(s), 'control characters');

const decisionSchema = z.strictObject({
  strategy: id,
  party: id.optional(),
  levers: z.array(id).max(12).optional(),
  rationale: rationale.optional(),
  forecast: z.enum(['rise', 'fall']).optional(),
});

const header = {
  format: z.literal(SAVE_FORMAT),
  savedAt: z.string().max(40),
  scenarioId: id,
  scenarioVersion: z.number().int().min(0).max(1_000_000),
  setup: setupSchema,
  screen: z.enum(SAVED_SCREENS),
  year: z.number().int().min(1900).max(2200),
  phase: z.enum(['choosing', 'playing', 'event', 'term-end', 'finished']),
  fingerprint: z.string().max(16),
  check: z.string().max(16),
};

const saveSchema = z.strictObject({
  ...header,
  version: z.literal(SAVE_VERSION),
  content: contentSchema,
  decisions: z.array(decisionSchema).max(12),
  answers: z.record(z.string().regex(/^\d{4}:[A-Za-z0-9+_.-]{1,64}$/, 'not a year:event key'), id).refine((a) => Object.keys(a).length <= 200, 'too many answers'),
  steps: z.number().int().min(0).max(1000),
});

/** Version 1 saves kept every action rather than the record. */
const saveSchemaV1 = z.strictObject({
  ...header,
  version: z.literal(1),
  actions: z
    .array(
      z.discriminatedUnion('type', [
        decisionSchema.extend({ type: z.literal('strategy/chosen') }),
        z.strictObject({ type: z.literal('year/advanced') }),
        z.strictObject({ type: z.literal('event/answered'), choice: id }),
        z.strictObject({ type: z.literal('term/closed') }),
      ]),
    )
    .max(1000),
});

/** The game a version 1 save's actions make, stepped one by one as they were taken. */
function stepActions(scenario: Scenario, setup: GameSetup, actions: readonly Action[]): Result<GameState, SaveProblem> {
  let state = createGame(scenario, setup);
  for (const action of actions) {
    const next = step(state, action, scenario);
    if (!next.ok) return { ok: false, error: { reason: 'replay-failed', detail: next.error.message } };
    state = next.value;
  }
  return { ok: true, value: state };
}

/**
 * Version 1 → 2: the actions become the record they make (read back from the game they replay to) and a step count.
 * A version 1 save has no content fingerprint: it is opened anyway, marked `content: null`, because its own state
 * fingerprint is still checked after the replay. So the game up to the save is proved to be the one the player
 * left; only its future follows this copy's model, as it always did for these saves, and the next autosave
 * records this copy's fingerprint.
 */
function saveFromV1(save: Record<string, unknown>, scenarios: readonly Scenario[]): Result<Record<string, unknown>, SaveProblem> {
  const parsed = saveSchemaV1.safeParse(save);
  if (!parsed.success) return { ok: false, error: { reason: 'invalid', detail: issueSummary(parsed.error.issues) } };
  const { actions, check: _check, version: _version, ...rest } = parsed.data;
  const found = findScenario(scenarios, rest.scenarioId, rest.scenarioVersion, 'run');
  if (!found.ok) {
    const e = found.error;
    return { ok: false, error: e.reason === 'scenario-version' ? { reason: 'scenario-version', saveVersion: e.codeVersion, version: e.version } : { reason: 'wrong-scenario', scenarioId: rest.scenarioId } };
  }
  const unknown = checkSetup(found.value, rest.setup, 'run');
  if (unknown?.reason === 'unknown-id') return { ok: false, error: { reason: 'unknown-id', what: unknown.what, id: unknown.id } };
  const stepped = stepActions(found.value, rest.setup, actions as readonly Action[]);
  if (!stepped.ok) return stepped;
  const { decisions, answers } = recordOf(stepped.value);
  const body = { ...rest, version: SAVE_VERSION, content: null, decisions, answers, steps: stepsOf(stepped.value) };
  return { ok: true, value: { ...body, check: checkOf(body as SaveBody) } };
}

/**
 * Upgrades an older save to the current version, one step at a time, so that every save ever written still opens.
 * A step may need the scenarios (to replay an older format) and may find the save cannot be upgraded.
 */
export type SaveMigration = (save: Record<string, unknown>, scenarios: readonly Scenario[]) => Result<Record<string, unknown>, SaveProblem>;
export type SaveMigrations = Readonly<Record<number, SaveMigration>>;
export const SAVE_MIGRATIONS: SaveMigrations = { 1: saveFromV1 };
const OLDEST_READABLE = 1;

export function migrateSave(
  version: number,
  save: Record<string, unknown>,
  scenarios: readonly Scenario[],
  migrations: SaveMigrations = SAVE_MIGRATIONS,
  current: number = SAVE_VERSION,
): Result<Record<string, unknown>, SaveProblem> {
  if (version > current) return { ok: false, error: { reason: 'newer-version', version, current } };
  if (version < OLDEST_READABLE) return { ok: false, error: { reason: 'old-version', version } };
  let upgraded = save;
  for (let v = version; v < current; v++) {
    const up = migrations[v];
    if (!up) return { ok: false, error: { reason: 'old-version', version } };
    const next = up(upgraded, scenarios);
    if (!next.ok) return next;
    upgraded = next.value;
  }
  return { ok: true, value: upgraded };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Steps 1–5: the text into a checked, current-version SaveFile. The check is verified on the save as it was
 * written, before any upgrade, so an upgrade never blesses a hand edit. Upgrading a version 1 save needs the
 * scenarios (it replays the old format).
 */
export function parseSave(text: unknown, scenarios: readonly Scenario[] = []): Result<SaveFile, SaveProblem> {
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
  if (version > SAVE_VERSION) return { ok: false, error: { reason: 'newer-version', version, current: SAVE_VERSION } };
  const { check: written, ...writtenBody } = raw;
  if (typeof written !== 'string') return { ok: false, error: { reason: 'invalid', detail: 'check: missing' } };
  if (version >= OLDEST_READABLE && checkOf(writtenBody as SaveBody) !== written) return { ok: false, error: { reason: 'edited' } };
  const migrated = migrateSave(version, raw, scenarios);
  if (!migrated.ok) return migrated;
  const parsed = saveSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, error: { reason: 'invalid', detail: issueSummary(parsed.error.issues) } };
  const { check, ...rest } = parsed.data;
  const body = rest as SaveBody;
  // Only an upgraded older save may lack the content fingerprint.
  if (body.content === null && version === SAVE_VERSION) return { ok: false, error: { reason: 'invalid', detail: 'content: missing' } };
  return { ok: true, value: { ...body, check } };
}

export type RestoredGame = {
  readonly save: SaveFile;
  readonly scenario: Scenario;
  readonly state: GameState;
  readonly actions: readonly Action[];
  readonly screen: SavedScreen;
};

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
    const parsed = parseSave(text, scenarios);
    if (!parsed.ok) return parsed;
    const save = parsed.value;
    const found = findScenario(scenarios, save.scenarioId, save.scenarioVersion, 'run');
    if (!found.ok) {
      const e = found.error;
      return { ok: false, error: e.reason === 'scenario-version' ? { reason: 'scenario-version', saveVersion: e.codeVersion, version: e.version } : { reason: 'wrong-scenario', scenarioId: save.scenarioId } };
    }
    const scenario = found.value;
    // Other content would continue another game from here: refused, and said so (see saveFromV1 for content: null).
    if (contentMatch(scenario, save.content) === 'other') return { ok: false, error: { reason: 'other-content', saveContent: save.content ?? '', content: contentFingerprint(scenario) } };
    const unknown = checkSetup(scenario, save.setup, 'run');
    if (unknown?.reason === 'unknown-id') return { ok: false, error: { reason: 'unknown-id', what: unknown.what, id: unknown.id } };
    if (unknown?.reason === 'variant') return { ok: false, error: { reason: 'variant', problem: unknown.problem } };
    const actions: Action[] = [];
    const replayed = play(scenario, save, { steps: save.steps, onAction: (a) => actions.push(a) });
    if (!replayed.ok) return { ok: false, error: { reason: 'replay-failed', detail: replayed.error.message } };
    const state = replayed.value;
    if (actions.length !== save.steps || fingerprint(state) !== save.fingerprint || state.year !== save.year || state.phase !== save.phase) return { ok: false, error: { reason: 'replay-differs' } };
    return { ok: true, value: { save, scenario, state, actions, screen: screenToReopen(save.screen, state) } };
  } catch (error) {
    return { ok: false, error: { reason: 'invalid', detail: String(error).slice(0, 120) } };
  }
}
