// Run codes: a finished game as a short text that travels without accounts or servers. A code holds the game's
// record (set-up, the player's decisions and event answers) and the fingerprint of the model content it was played
// with; opening it replays the game exactly with the engine's driver, and only against the same content.
// Format: `SX<version>.<body>.<check>` (see code-format.ts): version 3 writes the record as positions in the
// scenario's lists (run-code-compact.ts), versions 1 and 2 as lz-string JSON; both are read. Decoding never throws.
import { z } from './zod.ts';
import { AIM_IDS, isAimRanking, play, recordOf, type Action, type Decision, type GameRecord, type GameSetup, type GameState, type Result, type Scenario } from '../engine/index.ts';
import { describeProblem, issueSummary, openEnvelope, packCode, unpackJson, wrapBody, type CodeProblem } from './code-format.ts';
import { contentFingerprint, contentMatch, type ContentMatch } from './content-fingerprint.ts';
import { answersBesideDefaults, fitsCompact, readCompactHead, readCompactRun, writeCompactRun } from './run-code-compact.ts';
import { checkSetupVariant, variantSchema } from './variant-schema.ts';

export const RUN_CODE_VERSION = 3;
/** The last version written as lz-string JSON: a run the compact form cannot hold (ids this content lacks) is written in it. */
const JSON_RUN_CODE_VERSION = 2;

const id = z.string().regex(/^[A-Za-z0-9+_.-]{1,64}$/, 'not an id');
/** Free text a player typed: bounded, no control characters. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const text = (max: number) => z.string().max(max).refine((s) => !CONTROL.test(s), 'control characters');

export const setupSchema = z.object({
  seed: z.number().int().min(0).max(2 ** 32 - 1),
  start: z.enum(['2012', '2006']),
  theory: id,
  usPosture: id,
  succession: z.enum(['player', 'model']),
  allowedOptions: z.array(id).max(12),
  randomEvents: z.boolean(),
  twoTeam: z.boolean(),
  /** The player's ranking of their aims; codes and saves made before it existed have none. */
  priorities: z.array(z.enum(AIM_IDS)).refine(isAimRanking, 'must rank each of the five aims once').optional(),
  /** Changed parameters (a class's or a model lab's variant); absent in the standard model. */
  variant: variantSchema.optional(),
});

const decisionSchema = z.object({
  strategy: id,
  party: id.optional(),
  levers: z.array(id).max(12).optional(),
  rationale: text(600).optional(),
  forecast: z.enum(['rise', 'fall']).optional(),
});

/** A content fingerprint (see content-fingerprint.ts); null only in a code made before codes carried one. */
export const contentSchema = z.string().regex(/^[0-9a-z]{1,7}$/, 'not a content fingerprint').nullable();

const runSchema = z.object({
  v: z.literal(RUN_CODE_VERSION),
  scenarioId: id,
  scenarioVersion: z.number().int().min(0).max(1_000_000),
  content: contentSchema,
  setup: setupSchema,
  decisions: z.array(decisionSchema).min(1).max(12),
  answers: z.record(z.string().regex(/^\d{4}:[A-Za-z0-9+_.-]{1,64}$/, 'not a year:event key'), id).refine((a) => Object.keys(a).length <= 200, 'too many answers'),
  nickname: text(40).optional(),
});

/** A run code: the game's record, where it belongs, and optionally who played it. */
export type RunCode = GameRecord & {
  readonly v: typeof RUN_CODE_VERSION;
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  /** The fingerprint of the model content the game was played with; null for a code older than fingerprints. */
  readonly content: string | null;
  readonly nickname?: string;
};

/**
 * Upgrades an older payload to the current version, one step at a time, so that every code ever handed out still
 * opens. Version 1 codes carry no content fingerprint. They are opened, not refused, and marked unverified: an
 * instructor collecting a class's codes made before fingerprints existed would otherwise lose the whole class's
 * work, and such a code replays exactly as long as the model has not changed since. What cannot be known is said
 * wherever the run is shown (the read-only banner, the class table, the simulator's stderr), never hidden.
 */
const isObject = (p: unknown): p is object => typeof p === 'object' && p !== null && !Array.isArray(p);
const MIGRATIONS: Readonly<Record<number, (payload: unknown) => unknown>> = {
  1: (p) => (isObject(p) ? { ...p, v: 2, content: null } : p),
  // Version 3 changed how a code is written, not what it holds: a version 2 payload is a version 3 record as it is.
  2: (p) => (isObject(p) ? { ...p, v: 3 } : p),
};
const OLDEST_READABLE = 1;

export function migrateRunPayload(version: number, payload: unknown): Result<unknown, CodeProblem> {
  if (version < OLDEST_READABLE) return { ok: false, error: { reason: 'old-version', kind: 'run', version } };
  let current = payload;
  for (let v = version; v < RUN_CODE_VERSION; v++) {
    const up = MIGRATIONS[v];
    if (!up) return { ok: false, error: { reason: 'old-version', kind: 'run', version } };
    current = up(current);
  }
  return { ok: true, value: current };
}

/** Drops undefined fields (exactOptionalPropertyTypes) and bounds the free text. */
function cleanDecision(d: Decision, includeReasoning: boolean): Decision {
  return {
    strategy: d.strategy,
    ...(d.party !== undefined ? { party: d.party } : {}),
    ...(d.levers !== undefined && d.levers.length > 0 ? { levers: [...d.levers] } : {}),
    ...(includeReasoning && d.rationale ? { rationale: cleanText(d.rationale, 600) } : {}),
    ...(includeReasoning && d.forecast ? { forecast: d.forecast } : {}),
  };
}

export function cleanText(value: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, max);
}

export type RunCodeOptions = { readonly nickname?: string | undefined; readonly includeReasoning?: boolean };

/**
 * The run code of a game: its record (read back from the state) and the fingerprint of the content it was played
 * with. Answers that are the event's default are left out: the game replays the same without them.
 */
export function runCodeOf(scenario: Scenario, game: GameState, options: RunCodeOptions = {}): RunCode {
  const { setup, decisions, answers } = recordOf(game);
  const nickname = options.nickname ? cleanText(options.nickname, 40) : '';
  return {
    v: RUN_CODE_VERSION,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    content: contentFingerprint(scenario),
    setup: { ...setup, allowedOptions: [...setup.allowedOptions] },
    decisions: decisions.map((d) => cleanDecision(d, options.includeReasoning ?? true)),
    answers: answersBesideDefaults(scenario, answers),
    ...(nickname ? { nickname } : {}),
  };
}

/** The run as a code, compact (version 3) whenever this scenario's lists hold every id it names. */
export function encodeRunCode(run: RunCode, scenario: Scenario): string {
  if (fitsCompact(run, scenario)) return wrapBody('run', RUN_CODE_VERSION, writeCompactRun(run, scenario));
  return packCode('run', JSON_RUN_CODE_VERSION, { ...run, v: JSON_RUN_CODE_VERSION });
}

/** A version 3 body read into the payload the schema checks: only against the scenario and content it names. */
function readCompactPayload(body: string, scenarios: readonly Scenario[]): Result<unknown, CodeProblem> {
  const head = readCompactHead(body);
  if (!head.ok) return { ok: false, error: { reason: 'invalid', kind: 'run', detail: head.error } };
  const found = findScenario(scenarios, head.value.scenarioId, head.value.scenarioVersion, 'run');
  if (!found.ok) return found;
  const content = contentFingerprint(found.value);
  if (head.value.content !== content) return { ok: false, error: { reason: 'other-content', kind: 'run', codeContent: head.value.content, content } };
  const read = readCompactRun(body, found.value);
  return read.ok ? read : { ok: false, error: { reason: 'invalid', kind: 'run', detail: read.error } };
}

/**
 * Reads a code (or an address with #run=…) into a validated RunCode, or says what is wrong with it. A version 3
 * code is read against the scenarios: its indices mean something only in the content it was made with.
 */
export function readRunCode(input: unknown, scenarios: readonly Scenario[]): Result<RunCode, CodeProblem> {
  try {
    const opened = openEnvelope(input, 'run', RUN_CODE_VERSION);
    if (!opened.ok) return opened;
    const { version, body } = opened.value;
    let payload: unknown;
    if (version === RUN_CODE_VERSION) {
      const read = readCompactPayload(body, scenarios);
      if (!read.ok) return read;
      payload = read.value;
    } else {
      if (version < OLDEST_READABLE) return { ok: false, error: { reason: 'old-version', kind: 'run', version } };
      const json = unpackJson(version, body, 'run');
      if (!json.ok) return json;
      const migrated = migrateRunPayload(version, json.value.payload);
      if (!migrated.ok) return migrated;
      payload = migrated.value;
    }
    const parsed = runSchema.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { reason: 'invalid', kind: 'run', detail: issueSummary(parsed.error.issues) } };
    const p = parsed.data;
    // Only a code from before fingerprints may lack one.
    if (p.content === null && version > 1) return { ok: false, error: { reason: 'invalid', kind: 'run', detail: 'content: missing' } };
    const run: RunCode = {
      v: RUN_CODE_VERSION,
      scenarioId: p.scenarioId,
      scenarioVersion: p.scenarioVersion,
      content: p.content,
      setup: p.setup,
      decisions: p.decisions.map((d) => cleanDecision(d as Decision, true)),
      answers: p.answers,
      ...(p.nickname ? { nickname: p.nickname } : {}),
    };
    return { ok: true, value: run };
  } catch (error) {
    return { ok: false, error: { reason: 'invalid', kind: 'run', detail: String(error).slice(0, 120) } };
  }
}

export function decodeRunCode(input: unknown, scenarios: readonly Scenario[]): Result<RunCode, string> {
  const result = readRunCode(input, scenarios);
  return result.ok ? result : { ok: false, error: describeProblem(result.error) };
}

/** Checks a set-up's ids, and its variant's names and values, against the scenario the code names. */
export function checkSetup(scenario: Scenario, setup: GameSetup, kind: 'run' | 'class'): CodeProblem | null {
  if (!scenario.theories.some((t) => t.id === setup.theory)) return { reason: 'unknown-id', kind, what: 'theory', id: setup.theory };
  if (!scenario.usPostures.some((t) => t.id === setup.usPosture)) return { reason: 'unknown-id', kind, what: 'usPosture', id: setup.usPosture };
  if (setup.start === '2006' && !scenario.prologue) return { reason: 'unknown-id', kind, what: 'start', id: setup.start };
  const unknown = setup.allowedOptions.find((o) => !scenario.options.some((x) => x.id === o));
  if (unknown !== undefined) return { reason: 'unknown-id', kind, what: 'option', id: unknown };
  return checkSetupVariant(scenario, setup, kind);
}

export function findScenario(scenarios: readonly Scenario[], scenarioId: string, version: number, kind: 'run' | 'class'): Result<Scenario, CodeProblem> {
  const scenario = scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return { ok: false, error: { reason: 'wrong-scenario', kind, scenarioId } };
  if (scenario.version !== version) return { ok: false, error: { reason: 'scenario-version', kind, codeVersion: version, version: scenario.version } };
  return { ok: true, value: scenario };
}

export type ReplayedRun = {
  readonly run: RunCode;
  readonly scenario: Scenario;
  readonly state: GameState;
  readonly actions: readonly Action[];
  /** 'same': played with this copy's model content; 'unverified': the code is older than fingerprints. */
  readonly content: Exclude<ContentMatch, 'other'>;
};

/** Finds the run's scenario, checks it has the content the run was played with, and replays it exactly. */
export function replayRun(run: RunCode, scenarios: readonly Scenario[]): Result<ReplayedRun, CodeProblem> {
  try {
    const found = findScenario(scenarios, run.scenarioId, run.scenarioVersion, 'run');
    if (!found.ok) return found;
    const scenario = found.value;
    const content = contentMatch(scenario, run.content);
    if (content === 'other') return { ok: false, error: { reason: 'other-content', kind: 'run', codeContent: run.content ?? '', content: contentFingerprint(scenario) } };
    const problem = checkSetup(scenario, run.setup, 'run');
    if (problem) return { ok: false, error: problem };
    const actions: Action[] = [];
    const played = play(scenario, run, { onAction: (a) => actions.push(a) });
    if (!played.ok) return { ok: false, error: { reason: 'replay-failed', kind: 'run', detail: played.error.message } };
    return { ok: true, value: { run, scenario, state: played.value, actions, content } };
  } catch (error) {
    return { ok: false, error: { reason: 'replay-failed', kind: 'run', detail: String(error).slice(0, 120) } };
  }
}

/** Decode + replay in one step. */
export function openRunCode(input: unknown, scenarios: readonly Scenario[]): Result<ReplayedRun, CodeProblem> {
  const decoded = readRunCode(input, scenarios);
  return decoded.ok ? replayRun(decoded.value, scenarios) : decoded;
}
