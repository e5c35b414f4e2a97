// A year's program is compiled for each set of discrete facts (strategy, posture, party, levers…), but each rule or
// event reads few of them, or none: lowered once per parameter set and per value of the facts it reads, it serves
// every program compiled for them. A model lab's sweep compiles a fresh set of programs for every variant, so this is
// most of what a variant costs.
import { collectNames, type KnownFacts } from './expressions.ts';
import { isBooleanFact, isStringFact, knownBoolean } from './facts.ts';
import type { Condition, Expr } from './scenario-types.ts';

/** The discrete facts the formulas read, in a fixed order: text and yes-or-no facts, and levers (`lever:<id>`). */
export function discreteFactsRead(formulas: readonly (Expr | Condition | undefined)[]): readonly string[] {
  const names = { facts: new Set<string>(), params: new Set<string>(), random: new Set<string>() };
  for (const formula of formulas) if (formula !== undefined) collectNames(formula, names);
  return [...names.facts].filter((fact) => isStringFact(fact) || isBooleanFact(fact) || fact.startsWith('lever:')).sort();
}

/** What the facts read are worth under `known`, as one key (lowering reads them exactly so: see lowerFact in ir.ts). */
function valuesKey(reads: readonly string[], known: KnownFacts): string {
  let key = '';
  for (const fact of reads) {
    let value: string | boolean;
    if (isStringFact(fact)) value = known[fact];
    else if (isBooleanFact(fact)) value = knownBoolean(fact, known);
    else value = known.levers.includes(fact.slice('lever:'.length));
    key += `${value}\u0001`;
  }
  return key;
}

/** Lowered parts (a rule's or an event's formulas) by their definition and the values of the discrete facts they read. */
export class LoweredParts<Def extends object, Part> {
  private readonly byDef = new Map<Def, { readonly reads: readonly string[]; readonly parts: Map<string, Part> }>();

  constructor(private readonly formulasOf: (def: Def) => readonly (Expr | Condition | undefined)[]) {}

  get(def: Def, known: KnownFacts, lower: () => Part): Part {
    let entry = this.byDef.get(def);
    if (!entry) this.byDef.set(def, (entry = { reads: discreteFactsRead(this.formulasOf(def)), parts: new Map() }));
    const key = valuesKey(entry.reads, known);
    let part = entry.parts.get(key);
    if (part === undefined) entry.parts.set(key, (part = lower()));
    return part;
  }
}
