// What the dashboard shows of each run, read once: the outcomes the debrief weighs (cooperation and its channels,
// deaths added up, final support), the student's top aim, each forward sexenio's strategy, party, reason and
// forecast, and the main score year by year. Pure; the tables, charts and the CSV all read these rows.
import type { ClassRun } from '../../../content/class-runs.ts';
import { headlineScores, mainScore, type AimId } from '../../../engine/index.ts';
import { outcomeRow } from '../debrief/outcomes.ts';

export type TermNote = { readonly strategy: string; readonly party: string | null; readonly by: 'player' | 'history' | 'model'; readonly rationale: string | null; readonly forecast: 'rise' | 'fall' | null };

export type RunRow = {
  readonly run: ClassRun;
  /** The nickname, or null when the run has none. */
  readonly nickname: string | null;
  /** Final value of each headline score (cooperation first, then its channels), by id. */
  readonly finals: Readonly<Record<string, number>>;
  /** Drug-related deaths added up over the run's years, whole; null when the scenario has no such score. */
  readonly deaths: number | null;
  readonly support: number | null;
  /** The student's first aim, or null when they ranked none. */
  readonly topAim: AimId | null;
  readonly priorities: readonly AimId[];
  /** One note per forward sexenio, in order. */
  readonly terms: readonly TermNote[];
  /** The main score at the end of each year. */
  readonly line: readonly { readonly year: number; readonly value: number }[];
};

export function runRow(r: ClassRun): RunRow {
  const { scenario, state } = r;
  const outcome = outcomeRow(scenario, String(r.n), state.history);
  const main = mainScore(scenario).id;
  const priorities = r.run.setup.priorities ?? [];
  return {
    run: r,
    nickname: r.run.nickname ?? null,
    finals: outcome.finals,
    deaths: outcome.deaths === null ? null : Math.round(outcome.deaths),
    support: outcome.support,
    topAim: priorities[0] ?? null,
    priorities,
    terms: state.terms
      .filter((t) => !t.prologue)
      .map((t) => ({ strategy: t.decision?.strategy ?? '?', party: t.decision?.party ?? null, by: t.decision?.by ?? 'player', rationale: t.decision?.rationale?.trim() || null, forecast: t.decision?.forecast ?? null })),
    line: state.history.map((y) => ({ year: y.year, value: y.scores[main] ?? 0 })),
  };
}

/** The headline score ids (cooperation first), as the runs table and the CSV list them. */
export function headlineColumns(r: ClassRun | undefined): string[] {
  return r ? headlineScores(r.scenario).map((d) => d.id) : [];
}
