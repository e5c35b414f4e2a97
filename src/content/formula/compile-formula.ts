// Turns a formula's text into the engine's expression and condition trees, checking every name and every type on
// the way. Types: numbers, yes-or-no values and text; text can only be compared (==, !=, in).
import type jsep from 'jsep';
import { builtInType, FACT_FUNCTIONS, isFactFunction, type FactType } from '../../engine/facts.ts';
import type { CompareOp, Condition, Expr, Scalar } from '../../engine/index.ts';
import type { FormulaNames } from './names.ts';
import { parseFormula, startOf, type Syntax } from './parse-formula.ts';

/** A problem with a formula, at a character of its text (0-based). */
export class FormulaError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** A value while lowering: its type, and the tree (or, for text, what it is). */
type Value =
  | { readonly type: 'number'; readonly expr: Expr; readonly fact?: string }
  | { readonly type: 'boolean'; readonly cond: Condition; readonly fact?: string }
  | { readonly type: 'string'; readonly fact: string }
  | { readonly type: 'literal'; readonly value: string | boolean; readonly node: Syntax };

const COMPARE: Readonly<Record<string, CompareOp>> = { '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };
const FLIP: Readonly<Record<CompareOp, CompareOp>> = { eq: 'eq', ne: 'ne', lt: 'gt', lte: 'gte', gt: 'lt', gte: 'lte' };
const INSTEAD: Readonly<Record<string, string>> = { '&&': 'and', '||': 'or', '!': 'not', '===': '==', '!==': '!=' };
const ARITHMETIC: Readonly<Record<string, 'add' | 'sub' | 'mul' | 'div'>> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div' };

const typeName = (v: Value): string => (v.type === 'literal' ? (typeof v.value === 'string' ? 'text' : 'yes-or-no') : v.type === 'string' ? 'text' : v.type === 'boolean' ? 'yes-or-no' : 'number');

class Lowering {
  /** `expanding`: the named formulas being expanded, innermost last (a name met again is a cycle). */
  constructor(
    private readonly names: FormulaNames,
    private readonly expanding: string[] = [],
  ) {}

  fail(node: Syntax, message: string): never {
    throw new FormulaError(message, startOf(node));
  }

  number(node: Syntax, what: string): Expr {
    const v = this.value(node);
    if (v.type !== 'number') this.fail(node, `${what} must be a number, not ${typeName(v)}`);
    return v.expr;
  }

  condition(node: Syntax, what: string): Condition {
    const v = this.value(node);
    if (v.type === 'boolean') return v.cond;
    if (v.type === 'literal' && typeof v.value === 'boolean') return v.value ? { all: [] } : { any: [] };
    return this.fail(node, `${what} must be yes or no (a comparison, a yes-or-no fact, and/or/not), not ${typeName(v)}`);
  }

  value(node: Syntax): Value {
    switch (node.type) {
      case 'Literal':
        return this.literal(node as jsep.Literal);
      case 'Identifier':
        return this.name(node as jsep.Identifier);
      case 'UnaryExpression':
        return this.unary(node as jsep.UnaryExpression);
      case 'BinaryExpression':
        return this.binary(node as jsep.BinaryExpression);
      case 'CallExpression':
        return this.call(node as jsep.CallExpression);
      case 'ArrayExpression':
        return this.fail(node, 'a list [ … ] can only follow "in"');
      case 'ConditionalExpression':
        return this.fail(node, 'write if(condition, then, else) instead of "? :"');
      case 'MemberExpression':
        return this.fail(node, 'no "." or "[ ]" on names: facts about one thing are written like flag(\'id\')');
      default:
        return this.fail(node, `not part of the formula language (${node.type})`);
    }
  }

  literal(node: jsep.Literal): Value {
    const v = node.value;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) this.fail(node, 'numbers must be finite');
      return { type: 'number', expr: v };
    }
    if (typeof v === 'string' || typeof v === 'boolean') return { type: 'literal', value: v, node };
    return this.fail(node, `"${node.raw}" is not a value of the formula language`);
  }

  name(node: jsep.Identifier): Value {
    const name = node.name;
    const builtIn = builtInType(name);
    if (builtIn !== undefined) return this.fact(name, builtIn);
    if (this.names.scores.has(name)) return { type: 'number', expr: { fact: name }, fact: name };
    if (this.names.params.has(name)) return { type: 'number', expr: { param: name } };
    const formula = this.names.formulas.get(name);
    if (formula !== undefined) return this.named(node, name, formula);
    if (isFactFunction(name)) this.fail(node, `${name} needs an id: ${FACT_FUNCTIONS[name].example}`);
    if (['min', 'max', 'clamp', 'if'].includes(name)) this.fail(node, `${name} is a function: write ${name}( … )`);
    return this.fail(node, `unknown name "${name}" (not a score, parameter, named formula or fact; see the Expressions section of scenarios/README.md)`);
  }

  /** A named formula, expanded where it is used: the same tree as if its text were written out there. */
  named(node: Syntax, name: string, text: string): Value {
    if (this.expanding.includes(name)) this.fail(node, `formula "${name}" uses itself (${[...this.expanding, name].join(' → ')})`);
    const parsed = parseFormula(text);
    if (!parsed.ok) this.fail(node, `formula "${name}" does not read: ${parsed.message}`);
    this.expanding.push(name);
    try {
      return this.value(parsed.syntax);
    } catch (e) {
      if (e instanceof FormulaError) this.fail(node, `in formula "${name}": ${e.message} (at character ${e.at + 1} of its text)`);
      throw e;
    } finally {
      this.expanding.pop();
    }
  }

  fact(fact: string, type: FactType): Value {
    if (type === 'number') return { type, expr: { fact }, fact };
    if (type === 'boolean') return { type, cond: { fact, op: 'eq', value: true }, fact };
    return { type, fact };
  }

  unary(node: jsep.UnaryExpression): Value {
    if (node.operator === 'not') return { type: 'boolean', cond: { not: this.condition(node.argument, '"not" takes something that') } };
    if (node.operator === '-') {
      const x = this.number(node.argument, 'what follows "-"');
      return { type: 'number', expr: typeof x === 'number' ? -x : { sub: [0, x] } };
    }
    if (node.operator === '+') return { type: 'number', expr: this.number(node.argument, 'what follows "+"') };
    return this.fail(node, INSTEAD[node.operator] ? `write "${INSTEAD[node.operator]}" instead of "${node.operator}"` : `"${node.operator}" is not an operator of the formula language`);
  }

  binary(node: jsep.BinaryExpression): Value {
    const op = node.operator;
    const arithmetic = ARITHMETIC[op];
    if (arithmetic) return { type: 'number', expr: this.arithmetic(node, arithmetic) };
    if (op === 'and' || op === 'or') {
      const parts = this.chain(node, op).map((part) => this.condition(part, `each side of "${op}"`));
      return { type: 'boolean', cond: op === 'and' ? { all: parts } : { any: parts } };
    }
    const compare = COMPARE[op];
    if (compare) return { type: 'boolean', cond: this.compare(node, compare) };
    if (op === 'in') return { type: 'boolean', cond: this.within(node) };
    return this.fail(node, INSTEAD[op] ? `write "${INSTEAD[op]}" instead of "${op}"` : `"${op}" is not an operator of the formula language`);
  }

  /** `a op b op c`, as jsep nests it to the left, as the list [a, b, c]. */
  chain(node: jsep.BinaryExpression, op: string): Syntax[] {
    const left = node.left;
    const head = left.type === 'BinaryExpression' && (left as jsep.BinaryExpression).operator === op ? this.chain(left as jsep.BinaryExpression, op) : [left];
    return [...head, node.right];
  }

  arithmetic(node: jsep.BinaryExpression, op: 'add' | 'sub' | 'mul' | 'div'): Expr {
    const what = `each side of "${node.operator}"`;
    if (op === 'add' || op === 'mul') return op === 'add' ? { add: this.chain(node, node.operator).map((p) => this.number(p, what)) } : { mul: this.chain(node, node.operator).map((p) => this.number(p, what)) };
    const a = this.number(node.left, what);
    const b = this.number(node.right, what);
    return op === 'sub' ? { sub: [a, b] } : { div: [a, b] };
  }

  compare(node: jsep.BinaryExpression, op: CompareOp): Condition {
    const a = this.value(node.left);
    const b = this.value(node.right);
    const ordered = op !== 'eq' && op !== 'ne';
    const sideFact = (fact: Value, other: Value, op: CompareOp): Condition | null => {
      if (fact.type === 'literal' || fact.fact === undefined) return null;
      if (fact.type === 'number' && other.type === 'number' && (typeof other.expr === 'number' || 'param' in other.expr)) {
        return { fact: fact.fact, op, value: other.expr };
      }
      const constant = other.type === 'literal' ? other.value : other.type === 'number' && typeof other.expr === 'number' ? other.expr : undefined;
      if (constant === undefined) return null;
      const expected = fact.type === 'string' ? 'string' : fact.type === 'boolean' ? 'boolean' : 'number';
      const shown = fact.fact.replace(/:.*/, '(…)');
      if (typeof constant !== expected) this.fail(node, `cannot compare ${typeName(fact)} (${shown}) with ${typeof constant === 'number' ? 'a number' : typeof constant === 'string' ? 'text' : 'yes or no'} (${JSON.stringify(constant)})`);
      if (ordered) this.fail(node, `"${node.operator}" compares numbers, and ${shown} is ${typeName(fact)}: use == or !=`);
      return { fact: fact.fact, op, value: constant };
    };
    const simple = sideFact(a, b, op) ?? sideFact(b, a, FLIP[op]);
    if (simple) return simple;
    if (a.type === 'number' && b.type === 'number') return { compare: op, a: a.expr, b: b.expr };
    if (a.type !== b.type || a.type === 'literal') {
      if (a.type === 'literal' && b.type === 'literal') this.fail(node, 'compares two constants: the answer never changes');
      this.fail(node, `cannot compare ${typeName(a)} with ${typeName(b)}`);
    }
    return this.fail(node, a.type === 'string' ? 'two text facts cannot be compared with each other; compare each with a value' : 'yes-or-no values are combined with and, or and not, not compared');
  }

  within(node: jsep.BinaryExpression): Condition {
    const a = this.value(node.left);
    if (a.type === 'literal' || a.fact === undefined) return this.fail(node.left, '"in" tests a fact, e.g. posture in [\'halt\', \'military-lead\']');
    if (node.right.type !== 'ArrayExpression') return this.fail(node.right, '"in" needs a list of values: [ … ]');
    const values: Scalar[] = [];
    for (const element of (node.right as jsep.ArrayExpression).elements) {
      if (!element) return this.fail(node.right, 'a list has no empty places');
      const v = element.type === 'UnaryExpression' || element.type === 'Literal' ? this.value(element) : null;
      const value = v?.type === 'literal' ? v.value : v?.type === 'number' && typeof v.expr === 'number' ? v.expr : undefined;
      if (value === undefined) return this.fail(element, 'a list after "in" holds constant values only');
      const expected = a.type === 'string' ? 'string' : a.type === 'boolean' ? 'boolean' : 'number';
      if (typeof value !== expected) return this.fail(element, `${JSON.stringify(value)} is not ${typeName(a) === 'number' ? 'a number' : typeName(a)}, as ${a.fact.replace(/:.*/, '(…)')} is`);
      values.push(value);
    }
    if (values.length === 0) return this.fail(node.right, 'the list after "in" is empty');
    return { fact: a.fact, in: values };
  }

  call(node: jsep.CallExpression): Value {
    if (node.callee.type !== 'Identifier') return this.fail(node, 'only named functions can be called');
    const fn = (node.callee as jsep.Identifier).name;
    const args = node.arguments;
    const arity = (n: number) => {
      if (args.length !== n) this.fail(node, `${fn} takes ${n} argument${n === 1 ? '' : 's'}, not ${args.length}`);
    };
    switch (fn) {
      case 'min':
      case 'max': {
        if (args.length < 2) this.fail(node, `${fn} takes two or more numbers`);
        const parts = args.map((a) => this.number(a, `each argument of ${fn}`));
        return { type: 'number', expr: fn === 'min' ? { min: parts } : { max: parts } };
      }
      case 'clamp': {
        arity(3);
        const [x, lo, hi] = args.map((a, i) => this.number(a, `the ${['value', 'lower bound', 'upper bound'][i]} of clamp`)) as [Expr, Expr, Expr];
        return { type: 'number', expr: { clamp: [x, lo, hi] } };
      }
      case 'if': {
        arity(3);
        const test = this.condition(args[0] as Syntax, 'the first argument of if');
        return { type: 'number', expr: { if: test, then: this.number(args[1] as Syntax, 'the second argument of if'), else: this.number(args[2] as Syntax, 'the third argument of if') } };
      }
    }
    if (!isFactFunction(fn)) return this.fail(node, `unknown function "${fn}" (functions: min, max, clamp, if, ${Object.keys(FACT_FUNCTIONS).join(', ')})`);
    arity(1);
    const arg = args[0] as Syntax;
    const spec = FACT_FUNCTIONS[fn];
    const id = arg.type === 'Literal' && typeof (arg as jsep.Literal).value === 'string' ? ((arg as jsep.Literal).value as string) : null;
    if (id === null) return this.fail(arg, `${fn} takes the ${spec.of} id in quotes: ${spec.example}`);
    if (!this.names.ids[spec.of].has(id)) return this.fail(arg, `unknown ${spec.of} "${id}"`);
    if (fn === 'random') return { type: 'number', expr: { random: id } };
    return this.fact(`${fn}:${id}`, spec.type);
  }
}

export type FormulaKind = 'number' | 'condition';

/** A formula compiled to the engine's trees, or the problem with it (`at` is a character of the text, 0-based). */
export function compileFormula(text: string, kind: 'number', names: FormulaNames): { ok: true; value: Expr } | { ok: false; at: number; message: string };
export function compileFormula(text: string, kind: 'condition', names: FormulaNames): { ok: true; value: Condition } | { ok: false; at: number; message: string };
export function compileFormula(text: string, kind: FormulaKind, names: FormulaNames): { ok: true; value: Expr | Condition } | { ok: false; at: number; message: string } {
  const parsed = parseFormula(text);
  if (!parsed.ok) return parsed;
  const lowering = new Lowering(names);
  try {
    const value = kind === 'number' ? lowering.number(parsed.syntax, 'an amount') : lowering.condition(parsed.syntax, 'a condition');
    return { ok: true, value };
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, at: e.at, message: e.message };
    throw e;
  }
}

/** Checks a named formula on its own: it must read, use known names, and give a number or a yes-or-no value. */
export function checkNamedFormula(name: string, names: FormulaNames): { ok: true } | { ok: false; at: number; message: string } {
  const text = names.formulas.get(name) ?? '';
  const parsed = parseFormula(text);
  if (!parsed.ok) return parsed;
  try {
    const lowering = new Lowering(names, [name]);
    const v = lowering.value(parsed.syntax);
    if (v.type === 'number' || v.type === 'boolean' || (v.type === 'literal' && typeof v.value === 'boolean')) return { ok: true };
    return { ok: false, at: 0, message: 'a named formula must give a number or yes or no, not text' };
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, at: e.at, message: e.message };
    throw e;
  }
}
