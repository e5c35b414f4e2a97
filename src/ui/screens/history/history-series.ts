// The numbers of "What happened next", year by year: the model's run of the real course, the player's game when the
// page is opened from its debrief, and the observed series (INEGI homicides). Pure, so the page and its tests agree.
import type { GameState, HistoryDef, HistoryMeasure, Scores } from '../../../engine/index.ts';

/** The scores the page draws: the three cooperation scores and the one counted against the observed measure. */
export type ScoreIds = { readonly overall: string; readonly sedena: string; readonly semar: string; readonly deaths: string };

/** Whose game is drawn beside the real course: the player's own, a shared run opened read-only, or none. */
export type Beside = 'game' | 'shared' | null;

export type CourseRow = {
  readonly year: number;
  /** The model's run of the real course: every score after the year (the game's start for its first year). */
  readonly real: Readonly<Scores> | null;
  /** The player's game over the same years, when there is one. */
  readonly player: Readonly<Scores> | null;
  /** The observed measure (INEGI homicides), when it was counted that year. */
  readonly observed: number | null;
};

/** Each series as a share of its own value in the first year, times 100. */
export type IndexRow = { readonly year: number; readonly observed: number | null; readonly real: number | null; readonly player: number | null };

/** The observed measure the page sets against the model (the one compared with a score), or the first. */
export function comparedMeasure(history: HistoryDef): HistoryMeasure | undefined {
  return history.measures.find((m) => m.comparedWith !== undefined) ?? history.measures[0];
}

/** The first and last years the measure was observed (null when it never was). */
export function observedSpan(history: HistoryDef, measure: HistoryMeasure): { start: number; end: number } | null {
  const years = history.observed.filter((o) => o.measure === measure.id).map((o) => o.year);
  return years.length === 0 ? null : { start: Math.min(...years), end: Math.max(...years) };
}

/** A game's scores by year: its start (the year before its first record), then each year's record. */
export function scoresByYear(game: GameState): Map<number, Readonly<Scores>> {
  const out = new Map<number, Readonly<Scores>>();
  const first = game.history[0];
  out.set(first ? first.year - 1 : game.year, game.initialScores);
  for (const r of game.history) out.set(r.year, r.scores);
  return out;
}

/**
 * One row per year from the real course's start (December 2012) to the history's last year. The player's game is
 * cut to the same years: a prologue's earlier years and the years after the real course are not compared here.
 */
export function courseRows(history: HistoryDef, real: GameState, player: GameState | null = null): CourseRow[] {
  const realYears = scoresByYear(real);
  const playerYears = player ? scoresByYear(player) : new Map<number, Readonly<Scores>>();
  const measure = comparedMeasure(history);
  const observed = new Map(history.observed.filter((o) => o.measure === measure?.id).map((o) => [o.year, o.value]));
  const start = Math.min(...realYears.keys());
  const rows: CourseRow[] = [];
  for (let year = start; year <= history.lastYear; year++) {
    rows.push({ year, real: realYears.get(year) ?? null, player: playerYears.get(year) ?? null, observed: observed.get(year) ?? null });
  }
  return rows;
}

function indexed(value: number | null | undefined, base: number | null | undefined): number | null {
  if (value === null || value === undefined || base === null || base === undefined || base === 0) return null;
  return (value / base) * 100;
}

/** The observed measure and the score it is compared with, each as 100 × its value over its first row's value. */
export function indexRows(rows: readonly CourseRow[], score: string): IndexRow[] {
  const base = rows[0];
  return rows.map((r) => ({
    year: r.year,
    observed: indexed(r.observed, base?.observed),
    real: indexed(r.real?.[score], base?.real?.[score]),
    player: indexed(r.player?.[score], base?.player?.[score]),
  }));
}

/** The highest value of the given series over the rows (0 when there is none). */
export function maxOf(values: readonly (number | null)[]): number {
  return values.reduce<number>((m, v) => (v !== null && v > m ? v : m), 0);
}

export type SeriesSummary = { readonly first: number; readonly last: number; readonly max: number; readonly maxYear: number; readonly lastYear: number };

/** A series' first and last values and its peak, for a chart's text alternative (null when it has no values). */
export function seriesSummary(years: readonly number[], values: readonly (number | null)[]): SeriesSummary | null {
  const points = years.flatMap((year, i) => {
    const v = values[i];
    return v === null || v === undefined ? [] : [{ year, v }];
  });
  const head = points[0];
  const tail = points[points.length - 1];
  if (!head || !tail) return null;
  const peak = points.reduce((a, b) => (b.v > a.v ? b : a));
  return { first: head.v, last: tail.v, max: peak.v, maxYear: peak.year, lastYear: tail.year };
}

/** A year the page reads the index table at, with both indexes rounded as the table shows them. */
export type IndexCheckpoint = { readonly year: number; readonly observed: number; readonly real: number };

/**
 * The years the page reads the index table at to say where the model follows the observed series and where it
 * misses: the observed series' low before the first change of government, then each change of government
 * (handovers: the years governments left office). Only years with both indexes count; the values are rounded as in
 * the table. The first row (both at 100) is returned first, as the point every change is read from.
 */
export function indexCheckpoints(rows: readonly IndexRow[], handovers: readonly number[]): IndexCheckpoint[] {
  const both = rows.flatMap((r) => (r.observed === null || r.real === null ? [] : [{ year: r.year, observed: Math.round(r.observed), real: Math.round(r.real) }]));
  const base = both[0];
  if (!base || base.year !== rows[0]?.year) return [];
  const firstHandover = Math.min(...handovers);
  const early = both.filter((p) => p.year > base.year && p.year < firstHandover);
  const low = early.reduce<IndexCheckpoint | null>((m, p) => (m === null || p.observed < m.observed ? p : m), null);
  const years = new Set([...(low ? [low.year] : []), ...handovers]);
  return [base, ...both.filter((p) => p.year > base.year && years.has(p.year))];
}

/** How an index moved between two checkpoints, in whole points. */
export type IndexMove = { readonly from: number; readonly to: number; readonly observed: number; readonly real: number };

export function indexMoves(points: readonly IndexCheckpoint[]): IndexMove[] {
  return points.slice(1).map((p, i) => {
    const prev = points[i] as IndexCheckpoint;
    return { from: prev.year, to: p.year, observed: p.observed - prev.observed, real: p.real - prev.real };
  });
}
