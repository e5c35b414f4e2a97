// Applies one effect to the scores, clamped to the score's bounds, and writes what really changed to the ledger.
import { COOPERATION, type ScenarioIndex } from './compile.ts';
import type { Change, Scores } from './types.ts';

export type Provenance = { readonly factor: string; readonly rule: string; readonly event: string | undefined };

/** Mutates `scores` and appends to `out`. A change to a service score also moves the overall score by its weight. */
export function applyChange(compiled: ScenarioIndex, scores: Scores, target: string, amount: number, from: Provenance, out: Change[]): void {
  if (amount === 0 || !Number.isFinite(amount)) return;
  const def = compiled.scoreDefs.get(target);
  if (!def) return;
  const before = scores[target] ?? 0;
  let after = before + amount;
  if (after > def.max) after = def.max;
  else if (after < def.min) after = def.min;
  const delta = after - before;
  if (delta === 0) return;
  scores[target] = after;
  out.push(changeOf(target, delta, from));
  const weight = compiled.cooperationWeight.get(target);
  if (weight !== undefined) {
    scores[COOPERATION] = (scores[COOPERATION] ?? 0) + weight * delta;
    out.push(changeOf(COOPERATION, weight * delta, from));
  }
}

function changeOf(target: string, delta: number, from: Provenance): Change {
  return from.event === undefined
    ? { target, delta, factor: from.factor, rule: from.rule }
    : { target, delta, factor: from.factor, rule: from.rule, event: from.event };
}
