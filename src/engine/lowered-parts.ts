// A year's program is compiled for each set of discrete facts (strategy, posture, party, levers…), but each rule or
// event reads few of them, or none: lowered once per value of the facts it reads and of the parameters it reads, it
// serves every program compiled for them, under every parameter set that agrees on those parameters. A model lab's
// sweep moves one parameter at a time, so a new variant lowers again only the parts that read it.
import { collectNames, type KnownFacts } from './expressions.ts';
import { isBooleanFact, isStringFact, knownBoolean } from './facts.ts';
import type { Condition, Expr } from './scenario-types.ts';
import { KeyedByParams } from './by-params.ts';

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

/** Lowered parts keep the parameters their lowering read: another parameter set with the same values for them gets the same part. */
export type WithParams = { readonly params: readonly string[] };

/** At most this many parameter sets' parts are kept per definition and values of its facts (results never depend on
 *  it), and at most this many values of its facts (more than any scenario's facts can take). */
const PER_KEY = 16;
const MAX_KEYS = 4096;

/**
 * Lowered parts (a rule's or an event's formulas) by their definition, the values of the discrete facts they read, and
 * the values of the parameters they read: kept for a whole scenario, so a new parameter set lowers again only the
 * parts that read a parameter it changes.
 */
export class LoweredParts<Def extends object, Part extends WithParams> {
  private readonly byDef = new Map<Def, { readonly reads: readonly string[]; readonly parts: KeyedByParams<Part> }>();

  constructor(private readonly formulasOf: (def: Def) => readonly (Expr | Condition | undefined)[]) {}

  get(def: Def, known: KnownFacts, params: Readonly<Record<string, number>>, lower: () => Part): Part {
    let entry = this.byDef.get(def);
    if (!entry) this.byDef.set(def, (entry = { reads: discreteFactsRead(this.formulasOf(def)), parts: new KeyedByParams<Part>(MAX_KEYS, PER_KEY) }));
    return entry.parts.get(valuesKey(entry.reads, known), params, () => {
      const part = lower();
      return [part, part.params];
    });
  }
}
