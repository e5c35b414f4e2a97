// The model's run of the real course over a seed block, year by year, beside the observed series: the numbers behind
// the "model against reality" table of docs/model-validation.md.
import { playRealCourse } from '../../src/content/real-course.ts';
import type { GameState, Scenario } from '../../src/engine/index.ts';

export type YearRow = {
  readonly year: number;
  /** Mean over the runs, and the 5th and 95th percentiles. */
  readonly deaths: { readonly mean: number; readonly low: number; readonly high: number };
  readonly cooperation: number;
  readonly sedena: number;
  readonly semar: number;
  readonly publicSupport: number;
  readonly policeCapacity: number;
  /** INEGI's count, when history.json has one for the year. */
  readonly observed: number | null;
  readonly events: readonly string[];
};

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))] ?? Number.NaN;
}

export function realCourseRuns(scenario: Scenario, firstSeed: number, seeds: number): GameState[] {
  const runs: GameState[] = [];
  for (let i = 0; i < seeds; i++) {
    const played = playRealCourse(scenario, firstSeed + i);
    if (!played) throw new Error(`scenario ${scenario.id} has no real course`);
    if (!played.ok) throw new Error(played.error.message);
    runs.push(played.value);
  }
  return runs;
}

/** One row per year from the year before the first (the start values) to the history's last year. */
export function yearTable(scenario: Scenario, runs: readonly GameState[]): YearRow[] {
  const history = scenario.history;
  if (!history || runs.length === 0) return [];
  const first = runs[0]?.history[0]?.year ?? scenario.start.firstYear;
  const rows: YearRow[] = [];
  for (let year = first - 1; year <= history.lastYear; year++) {
    const scores = runs.map((g) => (year === first - 1 ? g.initialScores : (g.history.find((r) => r.year === year)?.scores ?? {})));
    const of = (id: string) => scores.map((s) => s[id] ?? Number.NaN);
    const deaths = of('violence');
    const observed = history.observed.find((o) => o.measure === 'inegi-homicides' && o.year === year)?.value ?? null;
    const events = year === first - 1 ? [] : (runs[0]?.history.find((r) => r.year === year)?.events.map((e) => e.id) ?? []);
    rows.push({
      year,
      deaths: { mean: mean(deaths), low: percentile(deaths, 0.05), high: percentile(deaths, 0.95) },
      cooperation: mean(of('cooperation')),
      sedena: mean(of('sedena')),
      semar: mean(of('semar')),
      publicSupport: mean(of('publicSupport')),
      policeCapacity: mean(of('policeCapacity')),
      observed,
      events,
    });
  }
  return rows;
}
