// Printing a tree as a formula and compiling the formula gives back a tree that computes the same numbers and
// answers, in the same order: formulas lose nothing of the engine's trees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../src/content/formula/compile-formula.ts';
import { formulaNames } from '../../../src/content/formula/names.ts';
import { printCondition, printExpr } from '../../../src/content/formula/print-formula.ts';
import { evaluate, holds } from './reference-evaluator.ts';
import { frames, PARAMS, probeScenario, trees } from './probe-scenario.ts';

const names = formulaNames(probeScenario(0));

describe('formulas and trees', () => {
  it('an amount printed and compiled again computes the same number', () => {
    fc.assert(
      fc.property(trees.expr, frames, (expr, frame) => {
        const text = printExpr(expr);
        const back = compileFormula(text, 'number', names);
        if (!back.ok) throw new Error(`${back.message} at ${back.at} in ${text}`);
        expect(Object.is(evaluate(back.value, frame, PARAMS), evaluate(expr, frame, PARAMS)), text).toBe(true);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('a condition printed and compiled again gives the same answer', () => {
    fc.assert(
      fc.property(trees.cond, frames, (cond, frame) => {
        const text = printCondition(cond);
        const back = compileFormula(text, 'condition', names);
        if (!back.ok) throw new Error(`${back.message} at ${back.at} in ${text}`);
        expect(holds(back.value, frame, PARAMS), text).toBe(holds(cond, frame, PARAMS));
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it('reads as written', () => {
    const compile = (text: string) => {
      const r = compileFormula(text, 'number', names);
      return r.ok ? r.value : r.message;
    };
    expect(compile('rate * (lift - sedena)')).toEqual({ mul: [{ param: 'rate' }, { sub: [{ param: 'lift' }, { fact: 'sedena' }] }] });
    expect(compile('1 - 2 - 3')).toEqual({ sub: [{ sub: [1, 2] }, 3] });
    expect(compile('1 + 2 * 3')).toEqual({ add: [1, { mul: [2, 3] }] });
    expect(compile("if(posture == 'halt' and yearsInStrategy >= 2, -1, clamp(sedena, 0, 50))")).toEqual({
      if: { all: [{ fact: 'posture', op: 'eq', value: 'halt' }, { fact: 'yearsInStrategy', op: 'gte', value: 2 }] },
      then: -1,
      else: { clamp: [{ fact: 'sedena' }, 0, 50] },
    });
    expect(compile("count('quake') + since('reform') + random('noise')")).toEqual({ add: [{ fact: 'count:quake' }, { fact: 'since:reform' }, { random: 'noise' }] });
    expect(compileFormula("not flag('reform') or 3 < sedena", 'condition', names)).toEqual({ ok: true, value: { any: [{ not: { fact: 'flag:reform', op: 'eq', value: true } }, { fact: 'sedena', op: 'gt', value: 3 }] } });
  });
});
