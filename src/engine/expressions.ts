// Compiles the JSON expression and condition trees of a scenario into closures, once per scenario.
import type { Condition, Expr, Scalar } from './scenario-types.ts';

/** What a rule can see in a year. Built once per year; facts are read through readers compiled per name. */
export type YearFacts = {
  readonly year: number;
  readonly term: number;
  readonly yearOfTerm: number;
  readonly strategy: string;
  readonly option: string;
  readonly party: string;
  readonly posture: string;
  readonly previousPosture: string;
  readonly postureChanged: boolean;
  readonly yearsInStrategy: number;
  readonly prologue: boolean;
  readonly previousStrategy: string;
  readonly previousParty: string;
};

export type EvalContext = {
  readonly scores: Readonly<Record<string, number>>;
  readonly calendar: YearFacts;
  readonly theory: string;
  readonly usPosture: string;
  readonly levers: readonly string[];
  readonly flags: Readonly<Record<string, number>>;
  /** Per event, in scenario order: how often it happened, and the last year it did (-1: never). */
  readonly eventCounts: readonly number[];
  readonly eventLastYear: readonly number[];
  /** Scores when the current term began (for `termChange:` facts). */
  readonly termStart: Readonly<Record<string, number>>;
  readonly params: Readonly<Record<string, number>>;
  readonly random: Readonly<Record<string, number>>;
};

/** What compilation may bake in: where each event sits in the scenario, and the parameter values of a game. */
export type CompileOptions = {
  readonly eventIndex?: ReadonlyMap<string, number>;
  /** When given, parameters become constants; otherwise they are read from the context each time. */
  readonly params?: Readonly<Record<string, number>>;
};

export type CompiledExpr = (ctx: EvalContext) => number;
export type CompiledCondition = (ctx: EvalContext) => boolean;
type FactReader = (ctx: EvalContext) => Scalar;

export class CompileError extends Error {}

/** Years since something that never happened. */
export const NEVER = 99;

const CALENDAR_FACTS = new Set<string>([
  'year', 'term', 'yearOfTerm', 'strategy', 'option', 'party', 'posture', 'previousPosture', 'postureChanged',
  'yearsInStrategy', 'prologue', 'previousStrategy', 'previousParty',
]);

/** Turns a fact name into a direct reader once, so a year's evaluation builds no lookup tables. */
export function compileFact(name: string, options: CompileOptions = {}): FactReader {
  if (CALENDAR_FACTS.has(name)) return calendarReader(name as keyof YearFacts);
  if (name === 'theory') return (ctx) => ctx.theory;
  if (name === 'usPosture') return (ctx) => ctx.usPosture;
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const id = name.slice(colon + 1);
  switch (prefix) {
    case 'flag':
      return (ctx) => ctx.flags[id] !== undefined;
    case 'since':
      return (ctx) => {
        const set = ctx.flags[id];
        return set === undefined ? NEVER : ctx.calendar.year - set;
      };
    case 'count': {
      const i = options.eventIndex?.get(id) ?? -1;
      return (ctx) => ctx.eventCounts[i] ?? 0;
    }
    case 'eventSince': {
      const i = options.eventIndex?.get(id) ?? -1;
      return (ctx) => {
        const last = ctx.eventLastYear[i] ?? -1;
        return last < 0 ? NEVER : ctx.calendar.year - last;
      };
    }
    case 'lever':
      return (ctx) => ctx.levers.includes(id);
    case 'termChange':
      return (ctx) => (ctx.scores[id] ?? 0) - (ctx.termStart[id] ?? ctx.scores[id] ?? 0);
    default:
      return (ctx) => ctx.scores[name] ?? 0;
  }
}

/** A direct property read per calendar fact keeps each reader monomorphic (this runs millions of times). */
function calendarReader(key: keyof YearFacts): FactReader {
  switch (key) {
    case 'year': return (ctx) => ctx.calendar.year;
    case 'term': return (ctx) => ctx.calendar.term;
    case 'yearOfTerm': return (ctx) => ctx.calendar.yearOfTerm;
    case 'strategy': return (ctx) => ctx.calendar.strategy;
    case 'option': return (ctx) => ctx.calendar.option;
    case 'party': return (ctx) => ctx.calendar.party;
    case 'posture': return (ctx) => ctx.calendar.posture;
    case 'previousPosture': return (ctx) => ctx.calendar.previousPosture;
    case 'postureChanged': return (ctx) => ctx.calendar.postureChanged;
    case 'yearsInStrategy': return (ctx) => ctx.calendar.yearsInStrategy;
    case 'prologue': return (ctx) => ctx.calendar.prologue;
    case 'previousStrategy': return (ctx) => ctx.calendar.previousStrategy;
    case 'previousParty': return (ctx) => ctx.calendar.previousParty;
  }
}

function asNumber(v: Scalar): number {
  return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : 0;
}

function reduceAll(parts: readonly CompiledExpr[], op: (a: number, b: number) => number, ctx: EvalContext): number {
  let acc = parts[0]?.(ctx) ?? 0;
  for (let i = 1; i < parts.length; i++) acc = op(acc, (parts[i] as CompiledExpr)(ctx));
  return acc;
}

export function compileExpr(expr: Expr, options: CompileOptions = {}): CompiledExpr {
  const sub = (e: Expr) => compileExpr(e, options);
  if (typeof expr === 'number') return () => expr;
  if ('fact' in expr) {
    const read = compileFact(expr.fact, options);
    return (ctx) => asNumber(read(ctx));
  }
  if ('param' in expr) {
    const name = expr.param;
    if (options.params) {
      const value = options.params[name];
      if (value === undefined) throw new CompileError(`unknown parameter "${name}"`);
      return () => value;
    }
    return (ctx) => {
      const v = ctx.params[name];
      if (v === undefined) throw new CompileError(`unknown parameter "${name}"`);
      return v;
    };
  }
  if ('random' in expr) {
    const name = expr.random;
    return (ctx) => ctx.random[name] ?? 0;
  }
  if ('add' in expr) {
    const parts = expr.add.map(sub);
    return (ctx) => reduceAll(parts, (a, b) => a + b, ctx);
  }
  if ('mul' in expr) {
    const parts = expr.mul.map(sub);
    return (ctx) => reduceAll(parts, (a, b) => a * b, ctx);
  }
  if ('sub' in expr) {
    const [a, b] = expr.sub.map(sub) as [CompiledExpr, CompiledExpr];
    return (ctx) => a(ctx) - b(ctx);
  }
  if ('div' in expr) {
    const [a, b] = expr.div.map(sub) as [CompiledExpr, CompiledExpr];
    return (ctx) => {
      const d = b(ctx);
      return d === 0 ? 0 : a(ctx) / d;
    };
  }
  if ('min' in expr) {
    const parts = expr.min.map(sub);
    return (ctx) => reduceAll(parts, Math.min, ctx);
  }
  if ('max' in expr) {
    const parts = expr.max.map(sub);
    return (ctx) => reduceAll(parts, Math.max, ctx);
  }
  if ('clamp' in expr) {
    const [x, lo, hi] = expr.clamp.map(sub) as [CompiledExpr, CompiledExpr, CompiledExpr];
    return (ctx) => Math.min(hi(ctx), Math.max(lo(ctx), x(ctx)));
  }
  const test = compileCondition(expr.if, options);
  const yes = sub(expr.then);
  const no = sub(expr.else);
  return (ctx) => (test(ctx) ? yes(ctx) : no(ctx));
}

function compare(a: Scalar, op: string, b: Scalar): boolean {
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

export function compileCondition(cond: Condition, options: CompileOptions = {}): CompiledCondition {
  if ('all' in cond) {
    const parts = cond.all.map((c) => compileCondition(c, options));
    return (ctx) => {
      for (const p of parts) if (!p(ctx)) return false;
      return true;
    };
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => compileCondition(c, options));
    return (ctx) => {
      for (const p of parts) if (p(ctx)) return true;
      return false;
    };
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, options);
    return (ctx) => !inner(ctx);
  }
  const read = compileFact(cond.fact, options);
  if ('in' in cond) {
    const set = new Set<Scalar>(cond.in);
    return (ctx) => set.has(read(ctx));
  }
  const { op, value } = cond;
  if (typeof value === 'object') {
    const param = value.param;
    const fixed = options.params?.[param];
    if (fixed !== undefined) return (ctx) => compare(read(ctx), op, fixed);
    return (ctx) => compare(read(ctx), op, ctx.params[param] ?? Number.NaN);
  }
  if (op === 'eq') return (ctx) => read(ctx) === value;
  if (op === 'ne') return (ctx) => read(ctx) !== value;
  return (ctx) => compare(read(ctx), op, value);
}

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
  if ('if' in node) {
    collectNames(node.if, into);
    collectNames(node.then, into);
    collectNames(node.else, into);
  }
}
