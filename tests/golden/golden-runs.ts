// Golden runs: fixed set-ups and decisions whose yearly headline scores are pinned in tests/golden/*.json.
// After an intended model change, re-pin them with `npm run golden:update` and review the diff.
import { playRealCourse } from '../../src/content/real-course.ts';
import { defaultSetup, play, type GameSetup, type Scenario } from '../../src/engine/index.ts';

/** A case plays `choices` from `setup`; a real-course case plays history.json's governments and events instead. */
export type GoldenCase = { readonly name: string; readonly setup: Partial<GameSetup>; readonly choices: readonly string[]; readonly realCourse?: true };
export type GoldenFile = GoldenCase & { readonly scenario: string; readonly scenarioVersion: number; readonly years: readonly { year: number; cooperation: number; sedena: number; semar: number; violence: number; events: string[] }[] };

export const GOLDEN_CASES: readonly GoldenCase[] = [
  { name: 'stay-the-course', setup: { seed: 1 }, choices: ['A', 'A', 'A'] },
  { name: 'police-then-social-then-accommodation', setup: { seed: 42 }, choices: ['B', 'C+LE', 'D'] },
  { name: 'social-without-police', setup: { seed: 7, theory: 'reversion' }, choices: ['C', 'C', 'C'] },
  { name: 'prologue-then-mixed', setup: { seed: 2006, start: '2006', usPosture: 'slow-aid' }, choices: ['A', 'D', 'B'] },
  { name: 'one-term-mode', setup: { seed: 99, succession: 'model' }, choices: ['B'] },
  { name: 'real-course', setup: { seed: 1 }, choices: ['A', 'C+LE', 'C+LE'], realCourse: true },
];

const r2 = (v: number) => Math.round(v * 100) / 100;

export function computeGolden(scenario: Scenario, c: GoldenCase): GoldenFile {
  const played = c.realCourse ? playRealCourse(scenario, c.setup.seed) : play(scenario, { setup: defaultSetup(scenario, c.setup), decisions: c.choices.map((strategy) => ({ strategy })), answers: {} });
  if (!played) throw new Error(`${c.name}: the scenario has no real course`);
  if (!played.ok) throw new Error(`${c.name}: ${played.error.message}`);
  return {
    ...c,
    scenario: scenario.id,
    scenarioVersion: scenario.version,
    years: played.value.history.map((r) => ({
      year: r.year,
      cooperation: r2(r.scores['cooperation'] ?? 0),
      sedena: r2(r.scores['sedena'] ?? 0),
      semar: r2(r.scores['semar'] ?? 0),
      violence: Math.round(r.scores['violence'] ?? 0),
      events: r.events.map((e) => (e.choice ? `${e.id}:${e.choice}` : e.id)),
    })),
  };
}
