// The meaning of the engine's expression and condition trees, written as plainly as possible: a tree walk over a
// readable frame. The engine's fast paths (lowering with constant folding, the year program's bytecode, closures)
// are tested against it.
import type { CompareOp, Condition, Expr, Scalar } from '../../../src/engine/index.ts';
import type { ProbeFrame } from './probe-scenario.ts';

const NEVER = 99;

function factValue(name: string, f: ProbeFrame): Scalar {
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const id = name.slice(colon + 1);
  switch (prefix) {
    case 'flag': return f.flags[id] !== undefined;
    case 'since': return f.flags[id] === undefined ? NEVER : f.year - (f.flags[id]);
    case 'count': return f.counts[id] ?? 0;
    case 'eventSince': return f.lastYear[id] === undefined ? NEVER : f.year - (f.lastYear[id]);
    case 'lever': return f.levers.includes(id);
    case 'termChange': return (f.scores[id] ?? 0) - (f.termStart[id] ?? 0);
  }
  switch (name) {
    case 'year': return f.year;
    case 'term': return f.term;
    case 'yearOfTerm': return f.yearOfTerm;
    case 'yearsInStrategy': return f.yearsInStrategy;
    case 'posture': return f.posture;
    case 'previousPosture': return f.previousPosture;
    case 'strategy': return f.strategy;
    case 'prologue': return f.prologue;
    case 'realCourse': return f.realCourse;
    case 'postureChanged': return f.posture !== f.previousPosture;
  }
  return f.scores[name] ?? 0;
}

function compare(a: Scalar, op: CompareOp, b: Scalar): boolean {
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  return op === 'lt' ? a < b : op === 'lte' ? a <= b : op === 'gt' ? a > b : a >= b;
}

export function evaluate(e: Expr, f: ProbeFrame, params: Readonly<Record<string, number>>): number {
  const ev = (x: Expr) => evaluate(x, f, params);
  if (typeof e === 'number') return e;
  if ('fact' in e) {
    const v = factValue(e.fact, f);
    return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : 0;
  }
  if ('param' in e) return params[e.param] as number;
  if ('random' in e) return f.random[e.random] ?? 0;
  if ('add' in e) return e.add.map(ev).reduce((a, b) => a + b);
  if ('mul' in e) return e.mul.map(ev).reduce((a, b) => a * b);
  if ('min' in e) return e.min.map(ev).reduce((a, b) => Math.min(a, b));
  if ('max' in e) return e.max.map(ev).reduce((a, b) => Math.max(a, b));
  if ('sub' in e) return ev(e.sub[0]) - ev(e.sub[1]);
  if ('div' in e) {
    const d = ev(e.div[1]);
    return d === 0 ? 0 : ev(e.div[0]) / d;
  }
  if ('clamp' in e) return Math.min(ev(e.clamp[2]), Math.max(ev(e.clamp[1]), ev(e.clamp[0])));
  return holds(e.if, f, params) ? ev(e.then) : ev(e.else);
}

export function holds(c: Condition, f: ProbeFrame, params: Readonly<Record<string, number>>): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, f, params));
  if ('any' in c) return c.any.some((x) => holds(x, f, params));
  if ('not' in c) return !holds(c.not, f, params);
  if ('compare' in c) return compare(evaluate(c.a, f, params), c.compare, evaluate(c.b, f, params));
  const v = factValue(c.fact, f);
  if ('in' in c) return c.in.some((x) => x === v);
  return compare(v, c.op, typeof c.value === 'object' ? (params[c.value.param] as number) : c.value);
}
