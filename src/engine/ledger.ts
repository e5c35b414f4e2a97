// Applies effects to the scores, clamped to each score's bounds, and writes what really changed to the ledger.
import { changeOf, COOPERATION, type CompiledEffect, type EffectTarget } from './compile.ts';
import type { Frame } from './expressions.ts';
import type { Change } from './types.ts';


/**
 * Moves the effect's score (by slot) by `amount`, clamped to its bounds, and writes the change to `out` at index `n`
 * (null: no ledger); returns the next index. A change to a service score also moves overall cooperation by its weight.
 */
export function applyEffect(e: EffectTarget, amount: number, scores: number[], cooperationSlot: number, out: Change[] | null, n: number): number {
  if (amount === 0 || !Number.isFinite(amount)) return n;
  const before = scores[e.slot] as number;
  let after = before + amount;
  if (after > e.max) after = e.max;
  else if (after < e.min) after = e.min;
  const delta = after - before;
  if (delta === 0) return n;
  scores[e.slot] = after;
  // Applied whole, a constant amount makes the entries prepared for it (the same numbers: delta is the amount).
  const whole = delta === amount;
  if (out !== null) out[n++] = whole && e.whole !== null ? e.whole : changeOf(e.target, delta, e);
  const weight = e.weight;
  if (weight === weight) {
    scores[cooperationSlot] = (scores[cooperationSlot] as number) + weight * delta;
    if (out !== null) out[n++] = whole && e.wholeCooperation !== null ? e.wholeCooperation : changeOf(COOPERATION, weight * delta, e);
  }
  return n;
}

/** Evaluates each effect on `frame` (which holds the scores the effects read) and applies it; returns the next index of `out`. */
export function applyEffects(effects: readonly CompiledEffect[], frame: Frame, scores: number[], cooperationSlot: number, out: Change[] | null, n: number): number {
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i] as CompiledEffect;
    const amount = e.amount;
    n = applyEffect(e, typeof amount === 'number' ? amount : amount(frame), scores, cooperationSlot, out, n);
  }
  return n;
}
