// Applies effects to scores, clamping to each score's bounds, and writes every applied change to the ledger.
import { COOPERATION, type CompiledScenario } from './compile.ts';
import type { Change, Scores } from './types.ts';

export type PendingChange = {
  readonly target: string;
  readonly amount: number;
  readonly factor: string;
  readonly rule: string;
  readonly event?: string;
};

/** Mutates `scores` and appends to `out`. Changes to a service score also move the overall score by its weight. */
export function applyChanges(compiled: CompiledScenario, scores: Scores, pending: readonly PendingChange[], out: Change[]): void {
  for (const p of pending) {
    if (!Number.isFinite(p.amount) || p.amount === 0) continue;
    const def = compiled.scoreDefs.get(p.target);
    if (!def) continue;
    const before = scores[p.target] ?? 0;
    const after = Math.min(def.max, Math.max(def.min, before + p.amount));
    const delta = after - before;
    if (delta === 0) continue;
    scores[p.target] = after;
    out.push(changeOf(p, p.target, delta));
    for (const [service, weight] of compiled.cooperationWeights) {
      if (service !== p.target) continue;
      scores[COOPERATION] = (scores[COOPERATION] ?? 0) + weight * delta;
      out.push(changeOf(p, COOPERATION, weight * delta));
    }
  }
}

function changeOf(p: PendingChange, target: string, delta: number): Change {
  return p.event === undefined
    ? { target, delta, factor: p.factor, rule: p.rule }
    : { target, delta, factor: p.factor, rule: p.rule, event: p.event };
}
