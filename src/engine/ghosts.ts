// "What if": the same seed and the same game up to a term's decision, with another strategy for that one term.
// Events the ghost meets take their default answers; the ghost stops at the end of the term.
import { drive, newSim } from './drive.ts';
import type { GameRecord } from './record.ts';
import { headlineIds } from './lookups.ts';
import type { Scenario } from './scenario-types.ts';
import { Sim, toState } from './sim.ts';

/** One year of a run: the scores it carries (the headline ones unless asked for others) after it resolved. */
export type GhostYear = { readonly year: number; readonly scores: Readonly<Record<string, number>> };

export type GhostRun = {
  readonly strategy: string;
  /** Scores when the term began (before its first year). */
  readonly start: GhostYear;
  /** One entry per year of the term, after the year resolved. */
  readonly years: readonly GhostYear[];
};

/** The headline scores of `scores`, for a ghost run or the player's own run drawn beside it. */
export function ghostYear(ids: readonly string[], year: number, scores: Readonly<Record<string, number>>): GhostYear {
  const picked: Record<string, number> = {};
  for (const id of ids) picked[id] = scores[id] ?? 0;
  return { year, scores: picked };
}

const NO_ANSWERS = {};

/**
 * For each strategy, the game replayed up to the decision of `termIndex`, that strategy substituted (party and US
 * levers kept), and the term played out. Strategies the set-up does not allow are left out. Empty when the player
 * did not choose that term (the prologue, or a successor's term). Each year carries the scores `ids` names.
 */
export function ghostRuns(
  scenario: Scenario,
  record: GameRecord,
  termIndex: number,
  strategies: readonly string[],
  ids: readonly string[] = headlineIds(scenario),
): GhostRun[] {
  const sim = newSim(scenario, record.setup);
  if (drive(sim, record, { stopAtTerm: termIndex }) !== null || sim.phase !== 'choosing' || sim.termIndex !== termIndex) return [];
  let made = 0;
  for (const t of sim.terms) if (t.decision?.by === 'player') made++;
  const chosen = record.decisions[made];
  if (!chosen) return [];
  const { rationale: _r, forecast: _f, ...kept } = chosen;
  const at = toState(sim);
  const start = ghostYear(ids, at.year, at.scores);
  const runs: GhostRun[] = [];
  for (const strategy of strategies) {
    const s = new Sim(scenario, at);
    if (drive(s, { decisions: [{ ...kept, strategy }], answers: NO_ANSWERS }, { stopAtTermEnd: true }) !== null) continue;
    const end = toState(s);
    const years = end.history.filter((r) => r.term === termIndex).map((r) => ghostYear(ids, r.year, r.scores));
    runs.push({ strategy, start, years });
  }
  return runs;
}
