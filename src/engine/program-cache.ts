// The caches of compiled programs: a term's year programs keyed by the discrete facts that stay fixed through the
// term and those that change from year to year, and a successor's compiled weights. Results never depend on them;
// they only spare compiling the same program twice.
import { compileNum, type KnownFacts, type Num, type Scope } from './expressions.ts';
import { yearProgram, type CompiledScenario, type YearProgram } from './compile.ts';
import { knownFactsKey, sharedYearProgram } from './shared-programs.ts';
import { KeyedByParams } from './by-params.ts';
import type { Scenario } from './scenario-types.ts';

/** The discrete facts that stay the same through a term. */
export type TermFacts = Omit<KnownFacts, 'posture' | 'previousPosture' | 'previousStrategy'>;

/** The year programs of one term's discrete facts, by the facts that can still change from year to year. */
export type TermPrograms = {
  readonly facts: TermFacts;
  readonly byYear: Map<number | string, YearProgram>;
  /** The programs found so far, for a look-up by identity before the keyed one (a term sees only a few). */
  readonly recent: { readonly posture: string; readonly previousPosture: string; readonly previousStrategy: string; readonly program: YearProgram }[];
};

/** At most this many terms' programs are kept per parameter set; beyond it the cache starts over (results never depend on it). */
const MAX_TERMS = 128;

export function termPrograms(compiled: CompiledScenario, facts: TermFacts): TermPrograms {
  // Small numbers for the names make a numeric key (cheaper to look up than a string built each time).
  const levers = facts.levers.length === 0 ? '' : facts.levers.join('\u0001');
  const ids = [facts.strategy, facts.party, facts.previousParty, facts.theory, facts.usPosture, levers].map((name) => nameId(compiled, name));
  const key = ids.every((id) => id < 256) ? ids.reduce((k, id) => k * 256 + id, 0) * 4 + (facts.prologue ? 1 : 0) + (facts.realCourse ? 2 : 0) : `${ids.join(':')}:${facts.prologue}:${facts.realCourse}`;
  let hit = compiled.programs.get(key);
  if (!hit) {
    if (compiled.programs.size >= MAX_TERMS) compiled.programs.clear();
    compiled.programs.set(key, (hit = { facts, byYear: new Map(), recent: [] }));
  }
  return hit;
}

function nameId(compiled: CompiledScenario, name: string): number {
  let id = compiled.names.get(name);
  if (id === undefined) compiled.names.set(name, (id = compiled.names.size));
  return id;
}

/** The program for a year of a term with this posture, previous posture and previous strategy. */
export function yearProgramOf(compiled: CompiledScenario, term: TermPrograms, posture: string, previousPosture: string, previousStrategy: string): YearProgram {
  const recent = term.recent;
  for (let i = 0; i < recent.length; i++) {
    const r = recent[i] as (typeof recent)[number];
    if (r.posture === posture && r.previousPosture === previousPosture && r.previousStrategy === previousStrategy) return r.program;
  }
  const program = keyedYearProgram(compiled, term, posture, previousPosture, previousStrategy);
  if (recent.length < 8) recent.push({ posture, previousPosture, previousStrategy, program });
  return program;
}

function keyedYearProgram(compiled: CompiledScenario, term: TermPrograms, posture: string, previousPosture: string, previousStrategy: string): YearProgram {
  const a = nameId(compiled, posture);
  const b = nameId(compiled, previousPosture);
  const c = nameId(compiled, previousStrategy);
  const key = a < 1024 && b < 1024 && c < 1024 ? a * 1048576 + b * 1024 + c : `${a}:${b}:${c}`;
  let program = term.byYear.get(key);
  if (!program) {
    const known = { ...term.facts, posture, previousPosture, previousStrategy };
    program = sharedYearProgram(compiled.scenario, compiled.params, known, () => yearProgram(compiled, known));
    term.byYear.set(key, program);
  }
  return program;
}

/**
 * The succession model's party or strategy weights, in their order, compiled for the discrete facts a successor sees
 * (`known`), so that the tests on them are decided once.
 */
export function successionWeights(compiled: CompiledScenario, which: 'party' | 'strategy', known: KnownFacts): readonly (readonly [string, Num])[] {
  // A successor's frame has no strategy, option or levers and is never in the prologue (see succession.ts): the key
  // is made of the rest, as small numbers when they fit.
  if (known.strategy !== 'none' || known.option !== 'none' || known.prologue || known.levers.length > 0) throw new Error('not a successor\'s facts');
  let key: number | string = (which === 'party' ? 1 : 0) + (known.realCourse ? 2 : 0);
  for (const name of [known.party, known.posture, known.previousPosture, known.previousStrategy, known.previousParty, known.theory, known.usPosture]) {
    const id = nameId(compiled, name);
    key = typeof key === 'number' && id < 128 ? key * 128 + id : `${key}:${id}`;
  }
  let hit = compiled.succession.get(key);
  if (!hit) {
    hit = sharedWeights(compiled, which, known);
    if (compiled.succession.size >= 256) compiled.succession.clear();
    compiled.succession.set(key, hit);
  }
  return hit;
}

type Weights = readonly (readonly [string, Num])[];
const sharedSuccession = new WeakMap<Scenario, KeyedByParams<Weights>>();

/** Succession weights compiled under another parameter set that agrees on every parameter they read, or compiled now. */
function sharedWeights(compiled: CompiledScenario, which: 'party' | 'strategy', known: KnownFacts): Weights {
  const scenario = compiled.scenario;
  let weights = sharedSuccession.get(scenario);
  if (!weights) sharedSuccession.set(scenario, (weights = new KeyedByParams<Weights>(1024, 16)));
  return weights.get(`${which}\u0000${knownFactsKey(known)}`, compiled.params, () => {
    const record = (which === 'party' ? scenario.succession?.partyWeights : scenario.succession?.strategyWeights) ?? {};
    const scope: Scope = { sym: compiled.symbols, params: compiled.params, known, reads: new Set() };
    const compiledWeights = Object.entries(record).map(([id, e]) => [id, compileNum(e, scope)] as const);
    return [compiledWeights, [...(scope.reads ?? [])].sort()];
  });
}
