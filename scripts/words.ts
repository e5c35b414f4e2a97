// `npm run words`: the mean number of words a reading player meets in a whole game (briefing, cards, advisors,
// events shown, summaries, the debrief's first screen), over the five pure paths × 100 seeds. The last line is
// that mean alone. A class period allows about 6,000 (some 30 minutes at 200 words a minute).
import { loadAllScenarios } from '../src/content/load-scenarios-node.ts';
import { playPath, wordsOfGame, type ScreenKind } from './words/game-words.ts';

const PATHS = ['A', 'B', 'C', 'C+LE', 'D'] as const;
const SEEDS = 100;
const KINDS: readonly ScreenKind[] = ['briefing', 'choice', 'dialog', 'year', 'summary', 'debrief'];

const scenario = loadAllScenarios().find((s) => s.id === 'sexenio-2012');
if (!scenario) throw new Error('the sexenio-2012 scenario did not load');

// `--one <seed> <path>`: one game's count by screen, as JSON, every decision answered with its first choice (the
// browser check plays the same game).
const one = process.argv.indexOf('--one');
if (one >= 0) {
  const seed = Number(process.argv[one + 1]);
  const path = process.argv[one + 2] ?? '';
  if (!Number.isInteger(seed) || !PATHS.includes(path as (typeof PATHS)[number])) {
    console.error('usage: npm run words -- --one <seed> <A|B|C|C+LE|D>');
    process.exit(2);
  }
  console.log(JSON.stringify(wordsOfGame(scenario, playPath(scenario, seed, [path, path, path], true))));
  process.exit(0);
}

const rows: string[] = [];
let sum = 0;
for (const path of PATHS) {
  const totals: Record<string, number> = { total: 0 };
  for (let seed = 1; seed <= SEEDS; seed++) {
    const words = wordsOfGame(scenario, playPath(scenario, seed, [path, path, path]));
    for (const k of [...KINDS, 'total'] as const) totals[k] = (totals[k] ?? 0) + words[k];
  }
  sum += totals['total'] ?? 0;
  rows.push(`| ${path} | ${[...KINDS, 'total'].map((k) => Math.round((totals[k] ?? 0) / SEEDS).toLocaleString('en-US')).join(' | ')} |`);
}
const mean = Math.round(sum / (PATHS.length * SEEDS));
console.log(`Words a reading player meets in one game, mean over ${SEEDS} seeds per path (1–${SEEDS}):\n`);
console.log(`| path | ${[...KINDS, 'total'].join(' | ')} |`);
console.log(`|---|${[...KINDS, 'total'].map(() => '---:').join('|')}|`);
for (const r of rows) console.log(r);
console.log(`\nAbout ${Math.round(mean / 200)} minutes at 200 words a minute; the class-period budget is 6,000 words.`);
console.log(String(mean));
