// The outcomes the debrief weighs against each other: cooperation (the main score), drug-related deaths and public
// support, as the documents name them. Numbers only; the components turn them into words.
import { headlineScores, mainScore, type Scenario, type ScoreDef } from '../../../engine/index.ts';

/** The scores behind deaths and support. Named here until the content can mark them itself (as debrief-body's years table). */
export const DEATHS_SCORE = 'violence';
export const SUPPORT_SCORE = 'publicSupport';

export type OutcomeId = 'cooperation' | 'deaths' | 'support';

/** One outcome: a score read at the game's end (`final`) or summed over its years (`total`: deaths per year → deaths). */
export type Outcome = { readonly id: OutcomeId; readonly def: ScoreDef; readonly take: 'final' | 'total' };

type Scored = { readonly scores: Readonly<Record<string, number>> };

/** Cooperation, then deaths and support where the scenario has those scores. */
export function outcomesOf(scenario: Scenario): Outcome[] {
  const byId = (id: string) => scenario.scores.find((s) => s.id === id);
  const deaths = byId(DEATHS_SCORE);
  const support = byId(SUPPORT_SCORE);
  return [
    { id: 'cooperation', def: mainScore(scenario), take: 'final' },
    ...(deaths ? [{ id: 'deaths', def: deaths, take: 'total' } as const] : []),
    ...(support ? [{ id: 'support', def: support, take: 'final' } as const] : []),
  ];
}

/** The score ids a run must report so every outcome (and the row below) can be read from it. */
export function outcomeScoreIds(scenario: Scenario): string[] {
  return [...new Set([...headlineScores(scenario).map((d) => d.id), ...outcomesOf(scenario).map((o) => o.def.id)])];
}

/** An outcome over a run's years (each after it resolved): the last year's value, or the sum over all of them. */
export function outcomeValue(outcome: Outcome, years: readonly Scored[]): number {
  const id = outcome.def.id;
  if (outcome.take === 'total') return years.reduce((s, y) => s + (y.scores[id] ?? 0), 0);
  return years[years.length - 1]?.scores[id] ?? 0;
}

/** What a results table shows for one run: final cooperation and its channels, deaths in total and in the last year, final support. */
export type OutcomeRow = {
  readonly id: string;
  readonly lastYear: number | null;
  /** Final value of each headline score (cooperation first, then its channels), by id. */
  readonly finals: Readonly<Record<string, number>>;
  readonly deaths: number | null;
  readonly deathsLast: number | null;
  readonly support: number | null;
};

export function outcomeRow(scenario: Scenario, id: string, years: readonly (Scored & { readonly year: number })[]): OutcomeRow {
  const last = years[years.length - 1];
  const has = (score: string) => scenario.scores.some((s) => s.id === score);
  const finals = Object.fromEntries(headlineScores(scenario).map((d) => [d.id, last?.scores[d.id] ?? 0]));
  return {
    id,
    lastYear: last?.year ?? null,
    finals,
    deaths: has(DEATHS_SCORE) ? years.reduce((s, y) => s + (y.scores[DEATHS_SCORE] ?? 0), 0) : null,
    deathsLast: has(DEATHS_SCORE) ? (last?.scores[DEATHS_SCORE] ?? 0) : null,
    support: has(SUPPORT_SCORE) ? (last?.scores[SUPPORT_SCORE] ?? 0) : null,
  };
}
