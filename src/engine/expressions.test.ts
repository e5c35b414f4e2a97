import { describe, expect, it } from 'vitest';
import { compileCondition, compileExpr, NEVER, type EvalContext } from './expressions.ts';

const ctx: EvalContext = {
  scores: { sedena: 60 },
  calendar: {
    year: 2015, term: 1, yearOfTerm: 3, strategy: 'A', option: 'A', party: 'PRI', posture: 'military-lead', previousPosture: 'military-lead',
    postureChanged: false, yearsInStrategy: 9, prologue: false, previousStrategy: 'A', previousParty: 'PAN',
  },
  theory: 'balanced',
  usPosture: 'steady',
  levers: ['institutionalize-linkages'],
  flags: { x: 2013 },
  eventCounts: [2],
  eventLastYear: [2014],
  termStart: { sedena: 56 },
  params: { rate: 0.5 },
  random: { noise: 0.25 },
};

describe('expressions', () => {
  it('computes arithmetic over facts, params and random channels', () => {
    expect(compileExpr({ mul: [{ param: 'rate' }, { sub: [{ fact: 'sedena' }, 20] }] })(ctx)).toBe(20);
    expect(compileExpr({ add: [1, { random: 'noise' }] })(ctx)).toBe(1.25);
    expect(compileExpr({ param: 'rate' }, { params: { rate: 0.75 } })(ctx)).toBe(0.75);
    expect(compileExpr({ clamp: [{ fact: 'sedena' }, 0, 50] })(ctx)).toBe(50);
    expect(compileExpr({ div: [1, 0] })(ctx)).toBe(0);
    expect(compileExpr({ min: [3, 1, 2] })(ctx)).toBe(1);
    expect(compileExpr({ if: { fact: 'posture', op: 'eq', value: 'halt' }, then: 1, else: 2 })(ctx)).toBe(2);
  });
  it('reads unset flags as false and unset "since" as never', () => {
    expect(compileCondition({ fact: 'flag:y', op: 'eq', value: true })(ctx)).toBe(false);
    expect(compileCondition({ fact: 'flag:x', op: 'eq', value: true })(ctx)).toBe(true);
    expect(compileExpr({ fact: 'since:y' })(ctx)).toBe(NEVER);
    expect(compileExpr({ fact: 'since:x' })(ctx)).toBe(2);
  });
  it('reads events, levers, the calendar and the change since the term began', () => {
    const events = { eventIndex: new Map([['quake', 0]]) };
    expect(compileExpr({ fact: 'count:quake' }, events)(ctx)).toBe(2);
    expect(compileExpr({ fact: 'eventSince:quake' }, events)(ctx)).toBe(1);
    expect(compileExpr({ fact: 'eventSince:flood' }, events)(ctx)).toBe(NEVER);
    expect(compileCondition({ fact: 'lever:institutionalize-linkages', op: 'eq', value: true })(ctx)).toBe(true);
    expect(compileCondition({ fact: 'previousParty', op: 'eq', value: 'PAN' })(ctx)).toBe(true);
    expect(compileExpr({ fact: 'termChange:sedena' })(ctx)).toBe(4);
    expect(compileExpr({ fact: 'postureChanged' })(ctx)).toBe(0);
  });
  it('combines conditions', () => {
    const cond = compileCondition({ all: [{ fact: 'sedena', op: 'gte', value: 60 }, { not: { fact: 'posture', in: ['halt'] } }] });
    expect(cond(ctx)).toBe(true);
    expect(compileCondition({ any: [{ fact: 'sedena', op: 'lt', value: { param: 'rate' } }] })(ctx)).toBe(false);
  });
});
