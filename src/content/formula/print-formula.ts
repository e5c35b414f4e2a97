// Writes the engine's expression and condition trees as formula text: the inverse of compile-formula.ts, so that
// compiling what it prints gives back a tree that computes the same numbers in the same order.
import type { CompareOp, Condition, Expr, Scalar } from '../../engine/index.ts';

const OPERATOR: Readonly<Record<CompareOp, string>> = { eq: '==', ne: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' };

// Binding strength, as the parser's precedences (parse-formula.ts and jsep's own).
const OR = 1;
const AND = 2;
const COMPARISON = 6;
const SUM = 9;
const PRODUCT = 10;
const ATOM = 20;

type Printed = { readonly text: string; readonly strength: number };

const wrap = (p: Printed, min: number): string => (p.strength >= min ? p.text : `(${p.text})`);
const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const scalar = (v: Scalar): string => (typeof v === 'string' ? quote(v) : String(v));

function fact(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : `${name.slice(0, colon)}(${quote(name.slice(colon + 1))})`;
}

/** A list joined by a left-associative operator: the first item may bind as loosely as the operator, the rest must bind tighter. */
function chain(items: readonly Printed[], op: string, strength: number): Printed {
  return { text: items.map((p, i) => wrap(p, i === 0 ? strength : strength + 1)).join(` ${op} `), strength };
}

function num(e: Expr): Printed {
  // A negative number reads as one token: unary minus binds tighter than any operator.
  if (typeof e === 'number') return { text: Object.is(e, -0) ? '-0' : String(e), strength: ATOM };
  if ('fact' in e) return { text: fact(e.fact), strength: ATOM };
  if ('param' in e) return { text: e.param, strength: ATOM };
  if ('random' in e) return { text: `random(${quote(e.random)})`, strength: ATOM };
  if ('add' in e) return chain(e.add.map(num), '+', SUM);
  if ('mul' in e) return chain(e.mul.map(num), '*', PRODUCT);
  if ('sub' in e) return chain(e.sub.map(num), '-', SUM);
  if ('div' in e) return chain(e.div.map(num), '/', PRODUCT);
  const call = (name: string, args: readonly string[]): Printed => ({ text: `${name}(${args.join(', ')})`, strength: ATOM });
  if ('min' in e) return call('min', e.min.map((x) => num(x).text));
  if ('max' in e) return call('max', e.max.map((x) => num(x).text));
  if ('clamp' in e) return call('clamp', e.clamp.map((x) => num(x).text));
  return call('if', [cond(e.if).text, num(e.then).text, num(e.else).text]);
}

function cond(c: Condition): Printed {
  if ('all' in c) return c.all.length === 0 ? { text: 'true', strength: ATOM } : chain(c.all.map(cond), 'and', AND);
  if ('any' in c) return c.any.length === 0 ? { text: 'false', strength: ATOM } : chain(c.any.map(cond), 'or', OR);
  if ('not' in c) return { text: `not ${wrap(cond(c.not), ATOM)}`, strength: ATOM };
  if ('compare' in c) return { text: `${wrap(num(c.a), SUM)} ${OPERATOR[c.compare]} ${wrap(num(c.b), SUM)}`, strength: COMPARISON };
  if ('in' in c) return { text: `${fact(c.fact)} in [${c.in.map(scalar).join(', ')}]`, strength: COMPARISON };
  const { value, op } = c;
  if (typeof value === 'boolean' && (op === 'eq' || op === 'ne')) {
    const bare = { text: fact(c.fact), strength: ATOM };
    return value === (op === 'eq') ? bare : { text: `not ${bare.text}`, strength: ATOM };
  }
  const right = typeof value === 'object' ? value.param : scalar(value);
  return { text: `${fact(c.fact)} ${OPERATOR[op]} ${right}`, strength: COMPARISON };
}

export const printExpr = (e: Expr): string => num(e).text;
export const printCondition = (c: Condition): string => cond(c).text;
