// Year programs shared between parameter sets. A program is a function of its year's discrete facts and of the values
// of the parameters its lowering read (YearProgram.params), nothing else: a parameter set that agrees on those values
// gets the same program, already built. A model lab's sweep moves one parameter at a time, and most programs read
// few parameters, so most of a new variant's programs are found here instead of built again.
import type { KnownFacts } from './expressions.ts';
import type { YearProgram } from './vm-code.ts';
import type { Scenario } from './scenario-types.ts';
import { KeyedByParams } from './by-params.ts';

/** Bounds on what is kept (results never depend on it): sets of facts per scenario, and programs per set of facts. */
const MAX_FACTS = 2048;
const PER_FACTS = 24;

const byScenario = new WeakMap<Scenario, KeyedByParams<YearProgram>>();

/** Every discrete fact, in a fixed order (a new fact in DiscreteFacts makes this fail to type-check until it is added). */
export function knownFactsKey(known: KnownFacts): string {
  const { strategy, option, party, posture, previousPosture, prologue, realCourse, previousStrategy, previousParty, theory, usPosture, levers, ...rest } = known;
  const none: Record<string, never> = rest;
  return [strategy, option, party, posture, previousPosture, prologue, realCourse, previousStrategy, previousParty, theory, usPosture, levers.join('\u0002'), Object.keys(none).length].join('\u0001');
}

/** The program for `known` under `params`: one built before for the same facts and values, or `build()`'s. */
export function sharedYearProgram(scenario: Scenario, params: Readonly<Record<string, number>>, known: KnownFacts, build: () => YearProgram): YearProgram {
  let programs = byScenario.get(scenario);
  if (!programs) byScenario.set(scenario, (programs = new KeyedByParams<YearProgram>(MAX_FACTS, PER_FACTS)));
  return programs.get(knownFactsKey(known), params, () => {
    const program = build();
    return [program, program.params];
  });
}
