// npm run bench: engine throughput and memory, measured here rather than in timed unit tests.
import { loadAllScenarios } from '../src/content/load-scenarios-node.ts';
import { defaultSetup, monteCarlo, playDecisions, type GameState } from '../src/engine/index.ts';

const scenario = loadAllScenarios()[0];
if (!scenario) throw new Error('no scenario');
const paths = [['A', 'A', 'A'], ['B', 'C+LE', 'D'], ['C', 'D', 'A'], ['D', 'B', 'C']].map((p) => p.map((strategy) => ({ strategy })));

function gamesPerSecond(seconds: number): { games: number; perSecond: number } {
  const until = performance.now() + seconds * 1000;
  let games = 0;
  while (performance.now() < until) {
    for (const path of paths) {
      const r = playDecisions(scenario!, defaultSetup(scenario!, { seed: games }), path);
      if (!r.ok) throw new Error(r.error.message);
      games++;
    }
  }
  return { games, perSecond: games / seconds };
}

gamesPerSecond(1); // warm up the JIT
const throughput = gamesPerSecond(3);

const t0 = performance.now();
monteCarlo(scenario, defaultSetup(scenario, { seed: 1 }), paths[1] ?? [], 10_000);
const monteCarloMs = performance.now() - t0;

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage().heapUsed;
const keep: GameState[] = [];
for (let i = 0; i < 2000; i++) {
  const r = playDecisions(scenario, defaultSetup(scenario, { seed: i }), paths[i % paths.length] ?? []);
  if (r.ok) keep.push(r.value.state);
}
gc?.();
const perState = (process.memoryUsage().heapUsed - before) / keep.length;
const jsonBytes = keep.reduce((s, g) => s + JSON.stringify(g).length, 0) / keep.length;

const rows: [string, string][] = [
  ['full three-sexenio games per second (1 thread)', Math.round(throughput.perSecond).toLocaleString('en-US')],
  ['10,000 Monte Carlo runs (B, C+LE, D)', `${(monteCarloMs / 1000).toFixed(2)} s`],
  [`memory per finished game state (heap${gc ? '' : ', no --expose-gc'})`, `${(perState / 1024).toFixed(1)} KiB`],
  ['finished game state as JSON', `${(jsonBytes / 1024).toFixed(1)} KiB`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`Sexenio engine benchmark (node ${process.version}, scenario ${scenario.id})`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
