// Messages between the debrief and the luck-versus-choice worker. Plain data: the scenario travels in the message.
// Both sides check the version and the shape of what they receive: a page and a worker from different builds
// (a cached worker after an update) must fail with a message, not draw nonsense.
import type { Decision, GameSetup, Scenario } from '../engine/index.ts';

/** Bumped whenever a message changes shape. */
export const LUCK_PROTOCOL = 2;

export type LuckPath = { readonly id: string; readonly decisions: readonly Decision[] };

export type LuckRequest = {
  readonly type: 'run';
  readonly version: typeof LUCK_PROTOCOL;
  readonly scenario: Scenario;
  readonly setup: GameSetup;
  readonly paths: readonly LuckPath[];
  readonly runs: number;
  /** Scores whose final value each run reports. */
  readonly finals: readonly string[];
  /** Scores whose sum over the game's years each run reports (deaths per year summed to the game's deaths). */
  readonly totals: readonly string[];
};

export type LuckPathResult = {
  readonly id: string;
  /** For each requested score, its final value in each run, in seed order. */
  readonly finals: Readonly<Record<string, readonly number[]>>;
  /** For each requested score, its sum over the game's years in each run, in seed order. */
  readonly totals: Readonly<Record<string, readonly number[]>>;
  /** Milliseconds this path's runs took inside the worker. */
  readonly ms: number;
};

export type LuckMessage =
  | { readonly type: 'progress'; readonly version: typeof LUCK_PROTOCOL; readonly done: number; readonly total: number }
  | { readonly type: 'path'; readonly version: typeof LUCK_PROTOCOL; readonly result: LuckPathResult }
  | { readonly type: 'done'; readonly version: typeof LUCK_PROTOCOL; readonly ms: number }
  | { readonly type: 'error'; readonly version: typeof LUCK_PROTOCOL; readonly message: string };

type Loose = Record<string, unknown>;

const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isIds = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

function isSeries(x: unknown, runs: number | null): boolean {
  if (!isObject(x)) return false;
  return Object.values(x).every(
    (list) => Array.isArray(list) && (runs === null || list.length === runs) && list.every((v) => typeof v === 'number' && Number.isFinite(v)),
  );
}

/** A request this worker can run: this version, at least one path, a whole number of runs, score ids to report. */
export function isLuckRequest(x: unknown): x is LuckRequest {
  if (!isObject(x) || x['type'] !== 'run' || x['version'] !== LUCK_PROTOCOL) return false;
  const paths = x['paths'];
  return (
    isObject(x['scenario']) &&
    isObject(x['setup']) &&
    isCount(x['runs']) &&
    isIds(x['finals']) &&
    isIds(x['totals']) &&
    Array.isArray(paths) &&
    paths.every((p) => isObject(p) && typeof p['id'] === 'string' && Array.isArray(p['decisions']))
  );
}

/** A message of this version whose numbers can be drawn; a path's series must all be as long as each other. */
export function isLuckMessage(x: unknown): x is LuckMessage {
  if (!isObject(x) || x['version'] !== LUCK_PROTOCOL) return false;
  switch (x['type']) {
    case 'progress':
      return isCount(x['done']) && isCount(x['total']);
    case 'done':
      return typeof x['ms'] === 'number';
    case 'error':
      return typeof x['message'] === 'string';
    case 'path': {
      const r = x['result'];
      if (!isObject(r) || typeof r['id'] !== 'string' || typeof r['ms'] !== 'number') return false;
      const first = [...Object.values(isObject(r['finals']) ? r['finals'] : {}), ...Object.values(isObject(r['totals']) ? r['totals'] : {})][0];
      const runs = Array.isArray(first) ? first.length : null;
      return isSeries(r['finals'], runs) && isSeries(r['totals'], runs);
    }
    default:
      return false;
  }
}

/** What the worker answers to a request it cannot read. */
export function protocolError(x: unknown): LuckMessage {
  const version = isObject(x) ? x['version'] : undefined;
  const message = version !== LUCK_PROTOCOL ? `luck request version ${String(version)}, expected ${LUCK_PROTOCOL}` : 'malformed luck request';
  return { type: 'error', version: LUCK_PROTOCOL, message };
}
