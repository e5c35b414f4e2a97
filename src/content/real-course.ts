// The real course from December 2012, played by the model: each real government's strategy as history.json maps
// it, the dated real events, and no drawn ones. The same seed always gives the same run, here and in the browser.
import { defaultSetup, play, type GameRecord, type GameState, type ObservedValue, type Result, type RuleViolation, type Scenario } from '../engine/index.ts';

/** The seed the real course is played with unless another is asked for (sim --history, the "What happened next" page). */
export const REAL_COURSE_SEED = 1;

/** The record of the real course (null when the scenario has no history). */
export function realCourseRecord(scenario: Scenario, seed = REAL_COURSE_SEED): GameRecord | null {
  const history = scenario.history;
  if (!history) return null;
  return {
    setup: defaultSetup(scenario, { seed, randomEvents: false, realCourse: true }),
    decisions: history.administrations.map((a) => ({ strategy: a.strategy, party: a.party })),
    answers: {},
  };
}

/** The model's run of the real course, through the history's last year. */
export function playRealCourse(scenario: Scenario, seed = REAL_COURSE_SEED): Result<GameState, RuleViolation> | null {
  const record = realCourseRecord(scenario, seed);
  if (!record || !scenario.history) return null;
  return play(scenario, record, { throughYear: scenario.history.lastYear });
}

/** The observed series as plain rows, each with the address it was read at. */
export function observedRows(scenario: Scenario): { year: number; measure: string; value: number; source: string }[] {
  return (scenario.history?.observed ?? []).map((o: ObservedValue) => ({ year: o.year, measure: o.measure, value: o.value, source: o.source.url }));
}
