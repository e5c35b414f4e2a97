// npm run bench: engine throughput and memory, measured here rather than in timed unit tests.
// Throughput is timed over several one-second windows of fresh seeds: the median is the figure, the best window (other
// work on a shared machine only ever slows a window down) and the rate per second of CPU time are shown beside it.
import { loadAllScenarios } from '../src/content/load-scenarios-node.ts';
import { defaultSetup, monteCarlo, play, type GameState } from '../src/engine/index.ts';

const scenario = loadAllScenarios()[0];
if (!scenario) throw new Error('no scenario');
const paths = [['A', 'A', 'A'], ['B', 'C+LE', 'D'], ['C', 'D', 'A'], ['D', 'B', 'C']].map((p) => p.map((strategy) => ({ strategy })));
const NO_ANSWERS = {};
const WINDOWS = 5;
const MONTE_CARLO_REPEATS = 3;

let seed = 0;
/**
 * Full games (with the whole ledger) for `seconds`; returns games per second of wall time and of CPU time. With a
 * variant, its parameter set is new to the engine, so the window includes compiling the model for it once.
 */
function gamesPerSecond(seconds: number, variant?: Readonly<Record<string, number>>): { wall: number; cpu: number } {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const until = start + seconds * 1000;
  let games = 0;
  while (performance.now() < until) {
    for (const path of paths) {
      const r = play(scenario!, { setup: defaultSetup(scenario!, { seed: seed++, ...(variant ? { variant } : {}) }), decisions: path, answers: NO_ANSWERS });
      if (!r.ok) throw new Error(r.error.message);
      games++;
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: games / ((performance.now() - start) / 1000), cpu: games / ((cpu.user + cpu.system) / 1e6) };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

gamesPerSecond(1); // warm up the JIT (and compile the year programs the paths need)
const windows = Array.from({ length: WINDOWS }, () => gamesPerSecond(1));
const wallRates = windows.map((w) => w.wall);
// Each window plays a variant the engine has not seen (a model lab's sweep moves one value at a time).
const variantWindows = Array.from({ length: WINDOWS }, (_, i) => gamesPerSecond(1, { missionGainSedena: 3.5 + i / 100, aidDelay: 0.9 }));

const monteCarloSeconds: number[] = [];
for (let i = 0; i < MONTE_CARLO_REPEATS; i++) {
  const t0 = performance.now();
  monteCarlo(scenario, defaultSetup(scenario, { seed: 1 }), paths[1] ?? [], 10_000);
  monteCarloSeconds.push((performance.now() - t0) / 1000);
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage().heapUsed;
const keep: GameState[] = [];
for (let i = 0; i < 2000; i++) {
  const r = play(scenario, { setup: defaultSetup(scenario, { seed: i }), decisions: paths[i % paths.length] ?? [], answers: NO_ANSWERS });
  if (r.ok) keep.push(r.value);
}
gc?.();
const perState = (process.memoryUsage().heapUsed - before) / keep.length;
const jsonBytes = keep.reduce((s, g) => s + JSON.stringify(g).length, 0) / keep.length;

const n = (v: number) => Math.round(v).toLocaleString('en-US');
const rows: [string, string][] = [
  [`full three-sexenio games per second (1 thread, median of ${WINDOWS} 1-s windows)`, n(median(wallRates))],
  ['  best window', n(Math.max(...wallRates))],
  // A window far below the median means the engine itself slowed (a deoptimisation), not only the machine.
  ['  slowest window (share of the median)', `${n(Math.min(...wallRates))} (${(Math.min(...wallRates) / median(wallRates)).toFixed(2)})`],
  ['  per second of CPU time (median)', n(median(windows.map((w) => w.cpu)))],
  ['  with a new variant set in each window (its compile included once)', n(median(variantWindows.map((w) => w.wall)))],
  [`10,000 Monte Carlo runs (B, C+LE, D; best of ${MONTE_CARLO_REPEATS})`, `${Math.min(...monteCarloSeconds).toFixed(2)} s`],
  [`memory per finished game state (heap${gc ? '' : ', no --expose-gc'})`, `${(perState / 1024).toFixed(1)} KiB`],
  ['finished game state as JSON', `${(jsonBytes / 1024).toFixed(1)} KiB`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`Sexenio engine benchmark (node ${process.version}, scenario ${scenario.id})`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
