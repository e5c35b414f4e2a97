// The engine's fast paths against the plain reference evaluator, on random formulas and random frames: lowering with
// constant folding, then a year program's bytecode (rules) and closures (event answers, the succession model).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearProgram } from '../../../src/engine/compile.ts';
import { createGame } from '../../../src/engine/create-game.ts';
import { defaultSetup, type Condition, type Expr } from '../../../src/engine/index.ts';
import { numClosure } from '../../../src/engine/expressions.ts';
import { lowerNum } from '../../../src/engine/ir.ts';
import { Sim } from '../../../src/engine/sim.ts';
import { runYear } from '../../../src/engine/vm.ts';
import { evaluate, holds } from './reference-evaluator.ts';
import { frames, PARAMS, probeScenario, SCORES, trees, type ProbeFrame } from './probe-scenario.ts';

/** A Sim of the probe scenario whose frame and counters hold `p`. */
function simAt(expr: Expr, when: Condition | undefined, p: ProbeFrame): Sim {
  const scenario = probeScenario(expr, when);
  const sim = new Sim(scenario, createGame(scenario, defaultSetup(scenario)));
  const f = sim.frame;
  const sym = sim.c.symbols;
  for (const id of SCORES) {
    const i = sym.scores.get(id) as number;
    sim.cur[i] = p.scores[id] as number;
    f.s[i] = p.scores[id] as number;
    f.ts[i] = p.termStart[id] as number;
  }
  for (const id of ['probe', 'hit']) sim.cur[sym.scores.get(id) as number] = 0;
  for (const [flag, i] of sym.flags) f.flags[i] = p.flags[flag] ?? Number.NaN;
  for (const [lever, i] of sym.levers) f.levers[i] = p.levers.includes(lever) ? 1 : 0;
  for (const [channel, i] of sym.random) f.random[i] = p.random[channel] ?? 0;
  scenario.events.forEach((e, i) => {
    sim.eventCounts[i] = p.counts[e.id] ?? 0;
    sim.eventLastYear[i] = p.lastYear[e.id] ?? -1;
  });
  Object.assign(f, { year: p.year, term: p.term, yearOfTerm: p.yearOfTerm, yearsInStrategy: p.yearsInStrategy, posture: p.posture, previousPosture: p.previousPosture, strategy: p.strategy, prologue: p.prologue, realCourse: p.realCourse });
  return sim;
}

const known = (p: ProbeFrame) => ({
  strategy: p.strategy, option: p.strategy, party: 'PRI', posture: p.posture, previousPosture: p.previousPosture, prologue: p.prologue, realCourse: p.realCourse,
  previousStrategy: 'A', previousParty: 'none', theory: 'balanced', usPosture: 'steady', levers: p.levers,
});

/** What applying `amount` to a score at `before` (bounds ±1e300) moves it by, as the ledger does. */
function applied(before: number, amount: number): number {
  if (amount === 0 || !Number.isFinite(amount)) return 0;
  const after = Math.min(1e300, Math.max(-1e300, before + amount));
  return after - before;
}

describe('fast paths agree with the reference evaluator', () => {
  it('a year program (bytecode) computes every amount and condition as the tree means it', () => {
    fc.assert(
      fc.property(trees.expr, trees.cond, frames, (expr, when, p) => {
        const sim = simAt(expr, when, p);
        const probe = sim.c.symbols.scores.get('probe') as number;
        const hit = sim.c.symbols.scores.get('hit') as number;
        const program = yearProgram(sim.c, known(p));
        runYear(program, sim, [], [], [], []);
        const expected = applied(0, evaluate(expr, p, PARAMS));
        expect(Object.is(sim.cur[probe], expected) || sim.cur[probe] === expected, `${JSON.stringify(expr)} gave ${sim.cur[probe]}, not ${expected}`).toBe(true);
        expect(sim.cur[hit], JSON.stringify(when)).toBe(holds(when, p, PARAMS) ? 1 : 0);
      }),
      { numRuns: 1500, seed: 21 },
    );
  });

  it('a closure (event answers, the succession model) computes every amount as the tree means it', () => {
    fc.assert(
      fc.property(trees.expr, frames, (expr, p) => {
        const sim = simAt(expr, undefined, p);
        const closure = numClosure(lowerNum(expr, { sym: sim.c.symbols, params: sim.c.params, known: known(p) }));
        const got = typeof closure === 'number' ? closure : closure(sim.frame);
        const expected = evaluate(expr, p, PARAMS);
        expect(Object.is(got, expected) || got === expected, `${JSON.stringify(expr)} gave ${got}, not ${expected}`).toBe(true);
      }),
      { numRuns: 1500, seed: 22 },
    );
  });
});
