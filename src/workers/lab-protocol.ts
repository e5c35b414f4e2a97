// Messages between the model lab and its workers. Plain data; the scenario is sent once per worker, then each run
// names only its paths, variant and seeds. Both sides check the version and the shape of what they receive: a page
// and a worker from different builds (a cached worker after an update) must fail with a message, not draw nonsense.
import type { GameSample, Scenario } from '../engine/index.ts';
import type { SampleJob } from '../lab/play-samples.ts';

/** Bumped whenever a message changes shape. */
export const LAB_PROTOCOL = 1;

export type LabRequest =
  | { readonly type: 'scenario'; readonly version: typeof LAB_PROTOCOL; readonly scenario: Scenario }
  | { readonly type: 'run'; readonly version: typeof LAB_PROTOCOL; readonly id: number; readonly job: SampleJob };

export type LabMessage =
  | { readonly type: 'result'; readonly version: typeof LAB_PROTOCOL; readonly id: number; readonly samples: Readonly<Record<string, GameSample>>; readonly ms: number }
  | { readonly type: 'error'; readonly version: typeof LAB_PROTOCOL; readonly id: number | null; readonly message: string };

type Loose = Record<string, unknown>;

const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

function isJob(x: unknown): x is SampleJob {
  if (!isObject(x)) return false;
  const { paths, variant, firstSeed, runs, scores, lastYear, successor } = x;
  return (
    Array.isArray(paths) &&
    paths.every((p) => isObject(p) && typeof p['id'] === 'string' && isStrings(p['strategies'])) &&
    isObject(variant) &&
    Object.values(variant).every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    isCount(firstSeed) &&
    isCount(runs) &&
    isStrings(scores) &&
    (lastYear === undefined || isCount(lastYear)) &&
    (successor === undefined || typeof successor === 'boolean')
  );
}

export function isLabRequest(x: unknown): x is LabRequest {
  if (!isObject(x) || x['version'] !== LAB_PROTOCOL) return false;
  if (x['type'] === 'scenario') return isObject(x['scenario']);
  return x['type'] === 'run' && isCount(x['id']) && isJob(x['job']);
}

function isSample(x: unknown): x is GameSample {
  if (!isObject(x)) return false;
  const { years, scores, values, incumbentKept } = x;
  if (!Array.isArray(years) || !years.every(isCount) || !isStrings(scores) || !(values instanceof Float64Array) || !(incumbentKept instanceof Uint8Array)) return false;
  return values.length === incumbentKept.length * years.length * scores.length;
}

export function isLabMessage(x: unknown): x is LabMessage {
  if (!isObject(x) || x['version'] !== LAB_PROTOCOL) return false;
  if (x['type'] === 'error') return typeof x['message'] === 'string' && (x['id'] === null || isCount(x['id']));
  return x['type'] === 'result' && isCount(x['id']) && typeof x['ms'] === 'number' && isObject(x['samples']) && Object.values(x['samples']).every(isSample);
}

/** What the worker answers to a request it cannot read. */
export function protocolError(x: unknown): LabMessage {
  const version = isObject(x) ? x['version'] : undefined;
  const id = isObject(x) && isCount(x['id']) ? x['id'] : null;
  const message = version !== LAB_PROTOCOL ? `lab request version ${String(version)}, expected ${LAB_PROTOCOL}` : 'malformed lab request';
  return { type: 'error', version: LAB_PROTOCOL, id, message };
}
