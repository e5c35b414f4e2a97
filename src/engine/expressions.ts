// Turns lowered expressions (ir.ts) into closures over a Frame: a fixed-shape object whose scores, flags, levers and
// random channels sit in number arrays at slots resolved at compile time. The engine runs a year's rules and events as
// bytecode (vm.ts); closures serve event answers and the succession model.
import { CompileError, lowerNum, NEVER, Symbols, type BoolIR, type NumIR, type Scope, type StrIR } from './ir.ts';
import type { Condition, Expr } from './scenario-types.ts';
import { numbers } from './slots.ts';

export { CompileError, NEVER, Symbols };
export type { KnownFacts, Scope } from './ir.ts';

/** Everything an expression can read, flat. One is reused for every evaluation of a game. */
export class Frame {
  /** Scores the rules read (the start-of-year snapshot), by score slot. */
  declare s: number[];
  /** Scores when the current term began, by score slot. */
  declare ts: number[];
  /** Year each flag was set, NaN when it is not set, by flag slot. */
  declare flags: number[];
  /** 1 when the lever is among the term's levers, by lever slot. */
  declare levers: number[];
  /** This year's draw per random channel slot (zeros outside a year's resolution). */
  declare random: number[];
  counts: readonly number[] = [];
  lastYear: readonly number[] = [];
  params: Readonly<Record<string, number>> = {};
  year = 0;
  term = 0;
  yearOfTerm = 0;
  yearsInStrategy = 0;
  strategy = '';
  option = '';
  party = '';
  posture = '';
  previousPosture = '';
  previousStrategy = '';
  previousParty = '';
  postureChanged = false;
  prologue = false;
  realCourse = false;
  theory = '';
  usPosture = '';

  constructor(sym: Symbols) {
    this.s = numbers(sym.scores.size, 0);
    this.ts = numbers(sym.scores.size, 0);
    this.flags = numbers(sym.flags.size, Number.NaN);
    this.levers = numbers(sym.levers.size, 0);
    this.random = numbers(sym.random.size, 0);
  }
}

/** A compiled number: a constant (folded at compile time) or a closure over the frame. */
export type NumFn = (f: Frame) => number;
export type BoolFn = (f: Frame) => boolean;
export type Num = number | NumFn;
export type Bool = boolean | BoolFn;

/** A string fact's reader (or its value, when it is known). */
function stringReader(ir: StrIR): string | ((f: Frame) => string) {
  if (ir.t === 'sconst') return ir.v;
  const key = ir.f;
  return (f) => f[key];
}

const call = (n: Num, f: Frame): number => (typeof n === 'number' ? n : n(f));

// The year's rules and events run as bytecode (vm.ts); closures serve the few expressions evaluated outside a year's
// resolution, so they are kept plain rather than specialised.
export function numClosure(ir: NumIR): Num {
  switch (ir.t) {
    case 'const':
      return ir.v;
    case 'score': {
      const i = ir.i;
      return (f) => f.s[i] as number;
    }
    case 'termChange': {
      const i = ir.i;
      return (f) => (f.s[i] as number) - (f.ts[i] as number);
    }
    case 'calendar': {
      const key = ir.f;
      return (f) => f[key];
    }
    case 'since': {
      const i = ir.i;
      return (f) => {
        const set = f.flags[i] as number;
        return Number.isNaN(set) ? NEVER : f.year - set;
      };
    }
    case 'count': {
      const i = ir.i;
      return (f) => f.counts[i] ?? 0;
    }
    case 'eventSince': {
      const i = ir.i;
      return (f) => {
        const last = f.lastYear[i] ?? -1;
        return last < 0 ? NEVER : f.year - last;
      };
    }
    case 'random': {
      const i = ir.i;
      return (f) => f.random[i] as number;
    }
    case 'bool': {
      const c = boolClosure(ir.c);
      return (f) => (call01(c, f) ? 1 : 0);
    }
    case 'binary': {
      const a = numClosure(ir.a);
      const b = numClosure(ir.b);
      // One closure per operator: the succession model evaluates these every term.
      switch (ir.op) {
        case 'add':
          return (f) => call(a, f) + call(b, f);
        case 'sub':
          return (f) => call(a, f) - call(b, f);
        case 'mul':
          return (f) => call(a, f) * call(b, f);
        case 'min':
          return (f) => Math.min(call(a, f), call(b, f));
        default:
          return (f) => Math.max(call(a, f), call(b, f));
      }
    }
    case 'div': {
      const a = numClosure(ir.a);
      const b = numClosure(ir.b);
      return (f) => {
        const d = call(b, f);
        return d === 0 ? 0 : call(a, f) / d;
      };
    }
    case 'clamp': {
      const x = numClosure(ir.x);
      const lo = numClosure(ir.lo);
      const hi = numClosure(ir.hi);
      return (f) => Math.min(call(hi, f), Math.max(call(lo, f), call(x, f)));
    }
    case 'if': {
      const test = boolClosure(ir.c);
      const yes = numClosure(ir.a);
      const no = numClosure(ir.b);
      return (f) => (call01(test, f) ? call(yes, f) : call(no, f));
    }
  }
}

const call01 = (b: Bool, f: Frame): boolean => (typeof b === 'boolean' ? b : b(f));

export function boolClosure(ir: BoolIR): Bool {
  switch (ir.t) {
    case 'bconst':
      return ir.v;
    case 'compare': {
      const a = numClosure(ir.a);
      const b = numClosure(ir.b);
      switch (ir.op) {
        case 'eq':
          return (f) => call(a, f) === call(b, f);
        case 'ne':
          return (f) => call(a, f) !== call(b, f);
        case 'lt':
          return (f) => call(a, f) < call(b, f);
        case 'lte':
          return (f) => call(a, f) <= call(b, f);
        case 'gt':
          return (f) => call(a, f) > call(b, f);
        default:
          return (f) => call(a, f) >= call(b, f);
      }
    }
    case 'flag': {
      const i = ir.i;
      return (f) => !Number.isNaN(f.flags[i]);
    }
    case 'lever': {
      const i = ir.i;
      return (f) => f.levers[i] === 1;
    }
    case 'calendarBool': {
      const key = ir.f;
      return (f) => f[key];
    }
    case 'strIn': {
      const read = stringReader({ t: 'sfact', f: ir.f }) as (f: Frame) => string;
      const { values, negate } = ir;
      return (f) => values.includes(read(f)) !== negate;
    }
    case 'and':
    case 'or': {
      const parts = ir.parts.map(boolClosure);
      const all = ir.t === 'and';
      // `and` stops at the first false part, `or` at the first true one.
      return (f) => {
        for (const p of parts) if (call01(p, f) !== all) return !all;
        return all;
      };
    }
    case 'not': {
      const x = boolClosure(ir.x);
      return (f) => !call01(x, f);
    }
  }
}

export const compileNum = (expr: Expr, scope: Scope): Num => numClosure(lowerNum(expr, scope));

/** Every fact and parameter name an expression or condition reads; used to check references in content. */
export function collectNames(node: Expr | Condition, into: { facts: Set<string>; params: Set<string>; random: Set<string> }): void {
  if (typeof node === 'number') return;
  if ('fact' in node) into.facts.add(node.fact);
  if ('param' in node) into.params.add(node.param);
  if ('random' in node) into.random.add(node.random);
  if ('value' in node && typeof node.value === 'object') into.params.add(node.value.param);
  for (const key of ['add', 'mul', 'sub', 'div', 'min', 'max', 'clamp', 'all', 'any'] as const) {
    const list = (node as Record<string, unknown>)[key];
    if (Array.isArray(list)) for (const child of list) collectNames(child as Expr | Condition, into);
  }
  if ('not' in node) collectNames(node.not, into);
  if ('compare' in node) {
    collectNames(node.a, into);
    collectNames(node.b, into);
  }
  if ('if' in node) {
    collectNames(node.if, into);
    collectNames(node.then, into);
    collectNames(node.else, into);
  }
}
