// Compiles every formula of a scenario source into the engine's trees: rules' conditions and amounts, events'
// conditions, chances and amounts (and their answers'), and the succession weights. Each problem names where the
// formula sits, quotes it, and says at which character it goes wrong.
import { builtInType, isFactFunction } from '../../engine/facts.ts';
import type { Condition, Effect, EventDef, Expr, RuleDef, Scenario, SuccessionDef } from '../../engine/index.ts';
import type { ContentIssue } from '../check-references.ts';
import type { ScenarioSource } from '../schema.ts';
import { checkNamedFormula, compileFormula } from './compile-formula.ts';
import { formulaNames, type FormulaNames } from './names.ts';

const RESERVED = new Set(['min', 'max', 'clamp', 'if', 'and', 'or', 'not', 'in', 'true', 'false']);

class FormulaCompiler {
  readonly issues: ContentIssue[] = [];
  constructor(private readonly names: FormulaNames) {}

  private problem(path: string, text: string, at: number, message: string): void {
    this.issues.push({ path, message: `${message} — at character ${at + 1} of "${text}"` });
  }

  amount(value: number | string, path: string): Expr {
    if (typeof value === 'number') return value;
    const r = compileFormula(value, 'number', this.names);
    if (r.ok) return r.value;
    this.problem(path, value, r.at, r.message);
    return 0;
  }

  condition(text: string, path: string): Condition {
    const r = compileFormula(text, 'condition', this.names);
    if (r.ok) return r.value;
    this.problem(path, text, r.at, r.message);
    return { all: [] };
  }

  effects(list: readonly { readonly target: string; readonly amount: number | string }[], path: string): Effect[] {
    return list.map((e, k) => ({ target: e.target, amount: this.amount(e.amount, `${path}[${k}].amount`) }));
  }

  weights(record: Readonly<Record<string, number | string>>, path: string): Record<string, Expr> {
    return Object.fromEntries(Object.entries(record).map(([id, e]) => [id, this.amount(e, `${path}.${id}`)]));
  }
}

/** Parameter names that a formula could not tell from a score, a fact or a word of the language. */
function ambiguousParams(source: ScenarioSource, names: FormulaNames): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const name of names.params) {
    const clash = names.scores.has(name) ? 'a score' : builtInType(name) !== undefined ? 'a built-in fact' : isFactFunction(name) || RESERVED.has(name) ? 'a word of the formula language' : null;
    if (!clash) continue;
    const where = name in source.params ? `params.${name}` : 'params';
    issues.push({ path: where, message: `parameter "${name}" has the name of ${clash}; rename it so formulas can tell them apart` });
  }
  return issues;
}

/** Named formulas that are malformed, or whose names a formula could not tell from another name. */
function namedFormulaIssues(names: FormulaNames): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [name, text] of names.formulas) {
    const path = `formulas.${name}`;
    const clash = names.scores.has(name) ? 'a score' : names.params.has(name) ? 'a parameter' : builtInType(name) !== undefined ? 'a built-in fact' : isFactFunction(name) || RESERVED.has(name) ? 'a word of the formula language' : null;
    if (clash) issues.push({ path, message: `formula "${name}" has the name of ${clash}; rename it` });
    else if (!/^[a-z][a-zA-Z0-9]*$/.test(name)) issues.push({ path, message: `formula names are camelCase (like "successShare"), not "${name}"` });
    else {
      const r = checkNamedFormula(name, names);
      if (!r.ok) issues.push({ path, message: `${r.message} — at character ${r.at + 1} of "${text}"` });
    }
  }
  return issues;
}

export function compileScenarioFormulas(source: ScenarioSource): { scenario: Scenario; issues: ContentIssue[] } {
  const names = formulaNames(source);
  const named = namedFormulaIssues(names);
  // A broken named formula would be reported again at every use: report it once, where it is written.
  if (named.length > 0) return { scenario: withoutFormulas(source), issues: named };
  const c = new FormulaCompiler(names);
  const rules = source.rules.map((r, i): RuleDef => {
    const { when, effects, ...rest } = r;
    return { ...rest, ...(when !== undefined ? { when: c.condition(when, `rules[${i}].when`) } : {}), effects: c.effects(effects, `rules[${i}].effects`) };
  });
  const event = (e: ScenarioSource['events'][number], path: string, guard?: Condition): EventDef => {
    const { when, probability, effects, choice, ...rest } = e;
    const condition = when !== undefined ? c.condition(when, `${path}.when`) : undefined;
    const guarded = guard && condition ? { all: [guard, condition] } : (guard ?? condition);
    return {
      ...rest,
      ...(guarded !== undefined ? { when: guarded } : {}),
      ...(probability !== undefined ? { probability: c.amount(probability, `${path}.probability`) } : {}),
      effects: c.effects(effects, `${path}.effects`),
      ...(choice !== undefined ? { choice: { ...choice, options: choice.options.map((o, j) => ({ ...o, effects: c.effects(o.effects, `${path}.choice.options[${j}].effects`) })) } } : {}),
    };
  };
  // The real course's dated events happen only when the game replays it: each is guarded by the realCourse fact.
  const realCourse = c.condition('realCourse', 'history.events');
  const events = [...source.events.map((e, i) => event(e, `events[${i}]`)), ...(source.history?.events ?? []).map((e, i) => event(e, `history.events[${i}]`, realCourse))];
  let succession: SuccessionDef | undefined;
  if (source.succession) {
    const { partyWeights, strategyWeights, ...rest } = source.succession;
    succession = { ...rest, partyWeights: c.weights(partyWeights, 'succession.partyWeights'), strategyWeights: c.weights(strategyWeights, 'succession.strategyWeights') };
  }
  const scenario: Scenario = { ...withoutFormulas(source), rules, events, ...(succession ? { succession } : {}) };
  return { scenario, issues: [...ambiguousParams(source, names), ...c.issues] };
}

/** The source's own fields that the engine takes as they are (its formulas are compiled separately). */
function withoutFormulas(source: ScenarioSource): Scenario {
  const { succession: _succession, formulas: _formulas, rules: _rules, events: _events, history, ...others } = source;
  if (!history) return { ...others, rules: [], events: [] };
  const { events: _historyEvents, ...course } = history;
  return { ...others, rules: [], events: [], history: course };
}
