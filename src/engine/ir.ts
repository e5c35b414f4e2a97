// Lowers the expression and condition trees of a scenario (parsed from its formulas: src/content/formula) into a small
// typed tree with every name resolved to a slot and every constant part folded. Two back ends turn it into something
// that runs: closures over a Frame (expressions.ts) and the bytecode of a year's program (vm.ts). The meaning of the
// language lives here, once.
import { isBooleanFact, isNumberFact, isStringFact, knownBoolean, type BooleanFact, type DiscreteFacts, type NumberFact, type StringFact } from './facts.ts';
import type { Condition, Expr, Scalar } from './scenario-types.ts';

/** Years since something that never happened. */
export const NEVER = 99;

export class CompileError extends Error {}

/** Where names live: every score, flag, lever and random channel of a scenario, known up front. */
export class Symbols {
  readonly scores = new Map<string, number>();
  readonly flags = new Map<string, number>();
  readonly levers = new Map<string, number>();
  readonly random = new Map<string, number>();
  constructor(readonly eventIndex: ReadonlyMap<string, number>) {}

  static add(map: Map<string, number>, name: string): number {
    let i = map.get(name);
    if (i === undefined) map.set(name, (i = map.size));
    return i;
  }

  /** Index of a name, or -1 when the table does not know it (it then always reads as absent). */
  slot(map: Map<string, number>, name: string): number {
    return map.get(name) ?? -1;
  }
}

/**
 * The discrete facts of a year (strings and booleans), when they are known at compile time: an expression compiled
 * for them folds every test on them away and keeps only the arithmetic on scores, counts and years.
 */
export type KnownFacts = DiscreteFacts & { readonly levers: readonly string[] };

/** What names are resolved against: the slot layout, the parameters (baked in as constants), and known discrete facts. */
export type Scope = {
  readonly sym: Symbols;
  readonly params: Readonly<Record<string, number>>;
  readonly known?: KnownFacts | undefined;
  /** When given, every parameter lowering reads is added to it. */
  readonly reads?: Set<string> | undefined;
};

export type CalendarNumber = NumberFact;
export type CalendarBoolean = BooleanFact;
export type { StringFact };
export type BinaryOp = 'add' | 'sub' | 'mul' | 'min' | 'max';
export type CompareOp = 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'ne';

export type NumIR =
  | { readonly t: 'const'; readonly v: number }
  | { readonly t: 'score'; readonly i: number }
  /** Score minus its value when the term began. */
  | { readonly t: 'termChange'; readonly i: number }
  | { readonly t: 'calendar'; readonly f: CalendarNumber }
  | { readonly t: 'since'; readonly i: number }
  | { readonly t: 'count'; readonly i: number }
  | { readonly t: 'eventSince'; readonly i: number }
  | { readonly t: 'random'; readonly i: number }
  /** A condition as a number: 1 or 0. */
  | { readonly t: 'bool'; readonly c: BoolIR }
  | { readonly t: 'binary'; readonly op: BinaryOp; readonly a: NumIR; readonly b: NumIR }
  /** a / b, or 0 when b is 0. */
  | { readonly t: 'div'; readonly a: NumIR; readonly b: NumIR }
  | { readonly t: 'clamp'; readonly x: NumIR; readonly lo: NumIR; readonly hi: NumIR }
  | { readonly t: 'if'; readonly c: BoolIR; readonly a: NumIR; readonly b: NumIR };

export type StrIR = { readonly t: 'sconst'; readonly v: string } | { readonly t: 'sfact'; readonly f: StringFact };

export type BoolIR =
  | { readonly t: 'bconst'; readonly v: boolean }
  | { readonly t: 'compare'; readonly op: CompareOp; readonly a: NumIR; readonly b: NumIR }
  | { readonly t: 'flag'; readonly i: number }
  | { readonly t: 'lever'; readonly i: number }
  | { readonly t: 'calendarBool'; readonly f: CalendarBoolean }
  /** A string fact equals (or, negated, differs from) one of `values`. */
  | { readonly t: 'strIn'; readonly f: StringFact; readonly values: readonly string[]; readonly negate: boolean }
  | { readonly t: 'and'; readonly parts: readonly BoolIR[] }
  | { readonly t: 'or'; readonly parts: readonly BoolIR[] }
  | { readonly t: 'not'; readonly x: BoolIR };

export type FactIR =
  | { readonly kind: 'number'; readonly ir: NumIR }
  | { readonly kind: 'boolean'; readonly ir: BoolIR }
  | { readonly kind: 'string'; readonly ir: StrIR };

export const k = (v: number): NumIR => ({ t: 'const', v });
export const bk = (v: boolean): BoolIR => ({ t: 'bconst', v });
const numFact = (ir: NumIR): FactIR => ({ kind: 'number', ir });
const boolFact = (ir: BoolIR): FactIR => ({ kind: 'boolean', ir });

/** Resolves a fact name once: its type and how to read it (a constant when it is known or can never be set). */
function lowerFact(name: string, scope: Scope): FactIR {
  const { sym, known } = scope;
  if (isNumberFact(name)) return numFact({ t: 'calendar', f: name });
  if (isStringFact(name)) return { kind: 'string', ir: known ? { t: 'sconst', v: known[name] } : { t: 'sfact', f: name } };
  if (isBooleanFact(name)) return boolFact(known ? bk(knownBoolean(name, known)) : { t: 'calendarBool', f: name });
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const id = name.slice(colon + 1);
  switch (prefix) {
    case 'flag': {
      const i = sym.slot(sym.flags, id);
      return boolFact(i < 0 ? bk(false) : { t: 'flag', i });
    }
    case 'since': {
      const i = sym.slot(sym.flags, id);
      return numFact(i < 0 ? k(NEVER) : { t: 'since', i });
    }
    case 'count': {
      const i = sym.eventIndex.get(id) ?? -1;
      return numFact(i < 0 ? k(0) : { t: 'count', i });
    }
    case 'eventSince': {
      const i = sym.eventIndex.get(id) ?? -1;
      return numFact(i < 0 ? k(NEVER) : { t: 'eventSince', i });
    }
    case 'lever': {
      if (known) return boolFact(bk(known.levers.includes(id)));
      const i = sym.slot(sym.levers, id);
      return boolFact(i < 0 ? bk(false) : { t: 'lever', i });
    }
    case 'termChange': {
      const i = sym.slot(sym.scores, id);
      return numFact(i < 0 ? k(0) : { t: 'termChange', i });
    }
    default: {
      const i = sym.slot(sym.scores, name);
      return numFact(i < 0 ? k(0) : { t: 'score', i });
    }
  }
}

/** A fact as a number: booleans count as 1 and 0, strings as 0. */
function factAsNumber(fact: FactIR): NumIR {
  if (fact.kind === 'number') return fact.ir;
  if (fact.kind === 'string') return k(0);
  const c = fact.ir;
  return c.t === 'bconst' ? k(c.v ? 1 : 0) : { t: 'bool', c };
}

export function applyBinary(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case 'add': return a + b;
    case 'sub': return a - b;
    case 'mul': return a * b;
    case 'min': return Math.min(a, b);
    default: return Math.max(a, b);
  }
}

function binary(op: BinaryOp, a: NumIR, b: NumIR): NumIR {
  if (a.t === 'const' && b.t === 'const') return k(applyBinary(op, a.v, b.v));
  return { t: 'binary', op, a, b };
}

/** A left fold, exactly as evaluated: ((p0 op p1) op p2) …; only pairs of constants fold. An empty list is 0. */
function fold(op: BinaryOp, parts: readonly NumIR[]): NumIR {
  let acc = parts[0];
  if (!acc) return k(0);
  for (let i = 1; i < parts.length; i++) acc = binary(op, acc, parts[i] as NumIR);
  return acc;
}

function divide(a: NumIR, b: NumIR): NumIR {
  if (b.t === 'const') {
    if (b.v === 0) return k(0);
    if (a.t === 'const') return k(a.v / b.v);
  }
  return { t: 'div', a, b };
}

export function lowerNum(expr: Expr, scope: Scope): NumIR {
  const sub = (e: Expr) => lowerNum(e, scope);
  if (typeof expr === 'number') return k(expr);
  if ('fact' in expr) return factAsNumber(lowerFact(expr.fact, scope));
  if ('param' in expr) {
    const value = scope.params[expr.param];
    scope.reads?.add(expr.param);
    if (value === undefined) throw new CompileError(`unknown parameter "${expr.param}"`);
    return k(value);
  }
  if ('random' in expr) {
    const i = scope.sym.slot(scope.sym.random, expr.random);
    return i < 0 ? k(0) : { t: 'random', i };
  }
  if ('add' in expr) return fold('add', expr.add.map(sub));
  if ('mul' in expr) return fold('mul', expr.mul.map(sub));
  if ('min' in expr) return fold('min', expr.min.map(sub));
  if ('max' in expr) return fold('max', expr.max.map(sub));
  if ('sub' in expr) return binary('sub', sub(expr.sub[0]), sub(expr.sub[1]));
  if ('div' in expr) return divide(sub(expr.div[0]), sub(expr.div[1]));
  if ('clamp' in expr) {
    const x = sub(expr.clamp[0]);
    const lo = sub(expr.clamp[1]);
    const hi = sub(expr.clamp[2]);
    if (x.t === 'const' && lo.t === 'const' && hi.t === 'const') return k(Math.min(hi.v, Math.max(lo.v, x.v)));
    return { t: 'clamp', x, lo, hi };
  }
  const c = lowerBool(expr.if, scope);
  // A decided test lowers only its branch, so the parameters the other one names are not read (see Scope.reads).
  if (c.t === 'bconst') return sub(c.v ? expr.then : expr.else);
  return { t: 'if', c, a: sub(expr.then), b: sub(expr.else) };
}

export function compareScalars(a: Scalar, op: CompareOp, b: Scalar): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
  }
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  switch (op) {
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
    case 'gt':
      return a > b;
    default:
      return a >= b;
  }
}

const not = (x: BoolIR): BoolIR => (x.t === 'bconst' ? bk(!x.v) : x.t === 'not' ? x.x : { t: 'not', x });

/** `fact op value` for a fixed value: comparing values of different types decides it at compile time. */
function compareFixed(fact: FactIR, op: CompareOp, value: Scalar): BoolIR {
  if (op === 'eq' || op === 'ne') {
    const eq = op === 'eq';
    if (typeof value !== fact.kind) return bk(!eq);
    switch (fact.kind) {
      case 'number': {
        const ir = fact.ir;
        if (ir.t === 'const') return bk((ir.v === value) === eq);
        return { t: 'compare', op, a: ir, b: k(value as number) };
      }
      case 'boolean': {
        const ir = fact.ir;
        if (ir.t === 'bconst') return bk((ir.v === value) === eq);
        return (value === true) === eq ? ir : not(ir);
      }
      default: {
        const ir = fact.ir;
        if (ir.t === 'sconst') return bk((ir.v === value) === eq);
        return { t: 'strIn', f: ir.f, values: [value as string], negate: !eq };
      }
    }
  }
  if (fact.kind !== 'number' || typeof value !== 'number') return bk(false);
  const ir = fact.ir;
  if (ir.t === 'const') return bk(compareScalars(ir.v, op, value));
  return { t: 'compare', op, a: ir, b: k(value) };
}

/** Two numbers compared; decided at compile time when both are constants. */
function compareNumbers(op: CompareOp, a: NumIR, b: NumIR): BoolIR {
  if (a.t === 'const' && b.t === 'const') return bk(compareScalars(a.v, op, b.v));
  return { t: 'compare', op, a, b };
}

/** `fact in values`: true when the fact equals one of the values of its own type. */
function lowerIn(fact: FactIR, values: readonly Scalar[]): BoolIR {
  const candidates = [...new Set(values.filter((v) => typeof v === fact.kind))];
  if (candidates.length === 0) return bk(false);
  switch (fact.kind) {
    case 'number': {
      const ir = fact.ir;
      if (ir.t === 'const') return bk(candidates.includes(ir.v));
      return lowerAnyOf(candidates.map((v): BoolIR => ({ t: 'compare', op: 'eq', a: ir, b: k(v as number) })));
    }
    case 'boolean': {
      const ir = fact.ir;
      if (ir.t === 'bconst') return bk(candidates.includes(ir.v));
      if (candidates.length === 2) return bk(true);
      return candidates[0] === true ? ir : not(ir);
    }
    default: {
      const ir = fact.ir;
      if (ir.t === 'sconst') return bk(candidates.includes(ir.v));
      return { t: 'strIn', f: ir.f, values: candidates as string[], negate: false };
    }
  }
}

function lowerAllOf(parts: readonly BoolIR[]): BoolIR {
  return lowerJunction(true, parts);
}

function lowerAnyOf(parts: readonly BoolIR[]): BoolIR {
  return lowerJunction(false, parts);
}

/** `all` stops at the first false part and `any` at the first true one; parts have no side effects, so constant parts decide at compile time or drop out. */
function lowerJunction(all: boolean, list: readonly BoolIR[]): BoolIR {
  const parts: BoolIR[] = [];
  for (const p of list) {
    if (p.t === 'bconst') {
      if (p.v !== all) return p;
    } else parts.push(p);
  }
  if (parts.length === 0) return bk(all);
  if (parts.length === 1) return parts[0] as BoolIR;
  return all ? { t: 'and', parts } : { t: 'or', parts };
}

export function lowerBool(cond: Condition, scope: Scope): BoolIR {
  if ('all' in cond) return lowerAllOf(cond.all.map((c) => lowerBool(c, scope)));
  if ('any' in cond) return lowerAnyOf(cond.any.map((c) => lowerBool(c, scope)));
  if ('not' in cond) return not(lowerBool(cond.not, scope));
  if ('compare' in cond) return compareNumbers(cond.compare, lowerNum(cond.a, scope), lowerNum(cond.b, scope));
  const fact = lowerFact(cond.fact, scope);
  if ('in' in cond) return lowerIn(fact, cond.in);
  const { op, value } = cond;
  if (typeof value === 'object') {
    const fixed = scope.params[value.param];
    scope.reads?.add(value.param);
    if (fixed === undefined) throw new CompileError(`unknown parameter "${value.param}"`);
    return compareFixed(fact, op, fixed);
  }
  return compareFixed(fact, op, value);
}
