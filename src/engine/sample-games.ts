// Many games with the same decisions over consecutive seeds, keeping only a few scores for each year: what a model lab
// compares between parameter sets. A game can stop after a given year when nothing later is needed (the first term's
// claims), which plays a third of a full game; it can also take the next term's decision, so that who won the
// presidency at the end of the stopped term is known.
import { drive, newSim } from './drive.ts';
import type { Decision } from './record.ts';
import type { Scenario } from './scenario-types.ts';
import { settle } from './sim.ts';
import { readRecord } from './slots.ts';
import type { GameSetup } from './types.ts';

export type SampleOptions = {
  /** Scores kept for each year. */
  readonly scores: readonly string[];
  /** The last year played; the whole game when absent. */
  readonly lastYear?: number;
  /** Whether to take the decision that opens the term after `lastYear`, so its party is drawn. */
  readonly successor?: boolean;
};

export type GameSample = {
  /** The year before the first played (the start scores), then every year played, in order. */
  readonly years: readonly number[];
  readonly scores: readonly string[];
  /** Run r's score s in years[y] is values[(r * years.length + y) * scores.length + s]. */
  readonly values: Float64Array;
  /** Per run, 1 when the second term is governed by the first term's party (0 when the second term has not begun). */
  readonly incumbentKept: Uint8Array;
};

export function sampleGames(scenario: Scenario, setup: GameSetup, decisions: readonly Decision[], runs: number, options: SampleOptions): GameSample {
  const { scores, lastYear, successor = false } = options;
  const moves = { decisions, answers: {} };
  let years: number[] = [];
  let values = new Float64Array(0);
  const incumbentKept = new Uint8Array(runs);
  const row = new Array<number>(scores.length).fill(0);
  for (let r = 0; r < runs; r++) {
    const sim = newSim(scenario, { ...setup, seed: setup.seed + r });
    sim.ledger = false;
    const error = lastYear === undefined ? drive(sim, moves) : drive(sim, moves, { throughYear: lastYear });
    if (error) throw new Error(error.message);
    if (lastYear !== undefined && successor) {
      // Close the term and take the next decision: the successor's party is drawn with it.
      const nextTerm = sim.termIndex + 1;
      const more = drive(sim, moves, { stopAtTerm: nextTerm });
      if (more) throw new Error(more.message);
      const next = drive(sim, { decisions: decisions.slice(nextTerm), answers: {} }, { steps: 1 });
      if (next) throw new Error(next.message);
    }
    settle(sim);
    const history = sim.history;
    if (r === 0) {
      const first = history[0]?.year ?? 0;
      years = [first - 1, ...history.map((h) => h.year)];
      values = new Float64Array(runs * years.length * scores.length);
    }
    let at = r * years.length * scores.length;
    const put = (record: Readonly<Record<string, number>>) => {
      readRecord(record, scores, row);
      for (let s = 0; s < scores.length; s++) values[at++] = row[s] ?? Number.NaN;
    };
    put(sim.initialScores);
    for (let y = 1; y < years.length; y++) {
      const record = history[y - 1];
      if (!record || record.year !== years[y]) throw new Error(`run ${r} played different years from the first run`);
      put(record.scores);
    }
    const second = sim.terms[1]?.decision?.party;
    incumbentKept[r] = second !== undefined && second === sim.terms[0]?.decision?.party ? 1 : 0;
  }
  return { years, scores, values, incumbentKept };
}
