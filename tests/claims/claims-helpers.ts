// Shared tools for the claims tests: paired Monte Carlo runs over the same seeds for each arm, and the
// margins by which the claims hold.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';
import { defaultSetup, play, type Decision, type GameSetup, type GameState, type Scenario, type YearRecord } from '../../src/engine/index.ts';
import { realScenario } from '../unit/load-test-scenario.ts';
import { holds, marginsTable, sigmas, Z, type Margin, type MarginRow } from './margins.ts';
import { realCourseRuns } from '../../scripts/validation/year-table.ts';
import { BLOCK, firstSeedOf, marginsJsonPath, marginsReportPath, type ReportKind } from './seed-block.ts';

export const scenario: Scenario = realScenario();
/** Seeds an arm plays unless it asks for another number (at most BLOCK). */
export const SEEDS = 300;
/** The first seed of this run's block: SEXENIO_CLAIMS_SEED, by default 1000. */
export const FIRST_SEED = firstSeedOf(process.env.SEXENIO_CLAIMS_SEED);

export type Arm = { readonly decisions: readonly (string | Decision)[]; readonly setup?: Partial<GameSetup> };

const cache = new Map<string, GameState[]>();

/** Plays an arm over the first `seeds` seeds of the block (the same seeds for every arm, so comparisons are paired). */
export function games(arm: Arm, seeds = SEEDS): GameState[] {
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > BLOCK) throw new Error(`an arm plays 1 to ${BLOCK} seeds (one block), not ${seeds}`);
  const key = JSON.stringify([arm, seeds]);
  const hit = cache.get(key);
  if (hit) return hit;
  const decisions = arm.decisions.map((d) => (typeof d === 'string' ? { strategy: d } : d));
  const out: GameState[] = [];
  for (let i = 0; i < seeds; i++) {
    const setup = defaultSetup(scenario, { ...arm.setup, seed: FIRST_SEED + i });
    const played = play(scenario, { setup, decisions, answers: {} });
    if (!played.ok) throw new Error(played.error.message);
    out.push(played.value);
  }
  cache.set(key, out);
  return out;
}

export const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function at(state: GameState, year: number): YearRecord {
  const r = state.history.find((h) => h.year === year);
  if (!r) throw new Error(`no year ${year}`);
  return r;
}

/** A score at the end of `year`, or at the start of the game when `year` is the year before the first. */
export function scoreAt(state: GameState, year: number, score: string): number {
  const firstYear = state.history[0]?.year ?? 0;
  if (year === firstYear - 1) return state.initialScores[score] ?? Number.NaN;
  return at(state, year).scores[score] ?? Number.NaN;
}

/** Each game's score at the end of `year`, in seed order (so two arms' lists pair up). */
export const scoresAt = (states: readonly GameState[], year: number, score: string) => states.map((s) => scoreAt(s, year, score));

/** The years from `from` to `to`, both included. */
export const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Sum of the deltas one factor (or rule prefix) gave a score in a year range. */
export function contribution(state: GameState, score: string, match: (c: YearRecord['changes'][number]) => boolean, from = 0, to = 9999): number {
  let sum = 0;
  for (const r of state.history) if (r.year >= from && r.year <= to) for (const c of r.changes) if (c.target === score && match(c)) sum += c.delta;
  return sum;
}

export const eventsOfFactor = (factor: string) => scenario.events.filter((e) => e.factor === factor).map((e) => e.id);

const checked: MarginRow[] = [];

/** The claim number of the running test ("12" in "… > 12. personal ties …", "R3" in "… > R3. …") and its title. */
function currentClaim(): { claim: string; title: string } {
  const name = expect.getState().currentTestName ?? '';
  const m = /(?:^| > )(R?\d+)\. (.*)$/.exec(name);
  return m ? { claim: m[1] ?? name, title: m[2] ?? name } : { claim: name, title: name };
}

/** Asserts a comparison meets its claim and records its margin for the table; a miss fails the test but the rest still run. */
export function expectClaim(m: Margin): void {
  checked.push({ ...currentClaim(), margin: m });
  const bar = m.worst === null ? `mean ${m.diff} must clear ${m.by} by ${Z} SE (SE ${m.se}, margin ${sigmas(m).toFixed(2)} SE)` : `every game must exceed ${m.by}; the smallest is ${m.worst}`;
  expect.soft(holds(m), `${m.label}: ${bar}`).toBe(true);
}

/**
 * A comparison the model does not (yet) meet robustly: measured and written to the margins table as a known miss,
 * with the reason, but not asserted. Kept in the open rather than loosened or deleted.
 */
export function reportKnownMiss(m: Margin, reason: string): void {
  checked.push({ ...currentClaim(), margin: m, knownMiss: reason });
}

/** The model's run of the real course (history.json) on the block's first `seeds` seeds. */
export const realCourseGames = (seeds = SEEDS): GameState[] => realCourseRuns(scenario, FIRST_SEED, seeds);

/**
 * Writes the margins of every comparison checked so far to .test-reports/<kind>-margins-<first seed>.md, and the
 * same rows as JSON beside it (npm run validate reads them into docs/model-validation.md).
 */
export function writeMarginsReport(kind: ReportKind = 'claims'): string {
  const path = marginsReportPath(FIRST_SEED, kind);
  const title = `# ${kind === 'claims' ? 'Claims' : 'Real-course'} margins, seeds ${FIRST_SEED}..${FIRST_SEED + BLOCK - 1}\n\n`;
  const legend = `Most arms play the block's first ${SEEDS} seeds. For a claim about the mean, margin = (mean diff − bar) / SE and it holds above ${Z}; a claim about every game holds when its worst game clears the bar.\n\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, title + legend + marginsTable(checked));
  writeFileSync(marginsJsonPath(FIRST_SEED, kind), JSON.stringify({ firstSeed: FIRST_SEED, rows: checked.map((r) => ({ ...r, holds: holds(r.margin) })) }, null, 1) + '\n');
  return path;
}
