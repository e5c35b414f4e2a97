// npm run --silent outcomes -- --seeds 300 --first 1000
// The table to read before and after any change to the model: the five pure paths and a few mixed ones, played
// over the same seeds, with cooperation, deaths and public support at the years a class talks about.
import { parseArgs } from 'node:util';
import { loadAllScenarios } from '../src/content/load-scenarios-node.ts';
import { defaultSetup, play, type GameState } from '../src/engine/index.ts';

const PATHS = [['A', 'A', 'A'], ['B', 'B', 'B'], ['C', 'C', 'C'], ['C+LE', 'C+LE', 'C+LE'], ['D', 'D', 'D'], ['A', 'B', 'B'], ['B', 'C+LE', 'C+LE'], ['D', 'A', 'A'], ['A', 'D', 'A']];
const COLUMNS: readonly (readonly [string, string, number])[] = [
  ['coop 2018', 'cooperation', 2018], ['coop 2030', 'cooperation', 2030],
  ['deaths 2014', 'violence', 2014], ['deaths 2018', 'violence', 2018], ['deaths 2024', 'violence', 2024], ['deaths 2030', 'violence', 2030],
  ['support 2018', 'publicSupport', 2018], ['support 2030', 'publicSupport', 2030],
  ['police 2030', 'policeCapacity', 2030],
];

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '300' }, first: { type: 'string', default: '1000' } }, strict: true });
const seeds = Number(values.seeds);
const first = Number(values.first);
if (!Number.isInteger(seeds) || seeds < 1 || !Number.isInteger(first)) {
  process.stderr.write('outcomes: --seeds and --first take whole numbers\n');
  process.exit(2);
}
const scenario = loadAllScenarios().find((s) => s.id === 'sexenio-2012');
if (!scenario) throw new Error('scenario sexenio-2012 not found');

const valueAt = (g: GameState, score: string, year: number) => g.history.find((r) => r.year === year)?.scores[score] ?? Number.NaN;
const fmt = (x: number) => (Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1));

const lines = [`Means over seeds ${first}..${first + seeds - 1} (paired), default theory and US posture, drawn events on.`, '', `| path | ${COLUMNS.map((c) => c[0]).join(' | ')} | deaths max | deaths min |`, `|---|${COLUMNS.map(() => '---:').join('|')}|---:|---:|`];
for (const path of PATHS) {
  const games: GameState[] = [];
  for (let i = 0; i < seeds; i++) {
    const played = play(scenario, { setup: defaultSetup(scenario, { seed: first + i }), decisions: path.map((strategy) => ({ strategy })), answers: {} });
    if (!played.ok) throw new Error(played.error.message);
    games.push(played.value);
  }
  const mean = (f: (g: GameState) => number) => games.reduce((s, g) => s + f(g), 0) / games.length;
  const cells = COLUMNS.map(([, score, year]) => fmt(mean((g) => valueAt(g, score, year))));
  const deaths = games.flatMap((g) => g.history.map((r) => r.scores['violence'] ?? 0));
  lines.push(`| ${path.join(',')} | ${cells.join(' | ')} | ${fmt(Math.max(...deaths))} | ${fmt(Math.min(...deaths))} |`);
}
process.stdout.write(lines.join('\n') + '\n');
