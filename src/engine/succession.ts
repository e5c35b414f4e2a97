// The succession model: who follows a president, and which course the successor takes, drawn with the game's seed.
import { successionWeights } from './program-cache.ts';
import type { KnownFacts, Num } from './expressions.ts';
import { setLevers } from './resolve-year.ts';
import { copyInto } from './slots.ts';
import type { Scenario } from './scenario-types.ts';
import { Sim, termStartInto } from './sim.ts';
import type { GameState, TermState } from './types.ts';

/**
 * Sets the frame to what a successor sees when the outgoing term ends: its results, its strategy and party. Returns
 * those of its facts that are strings and booleans, for which the weights are compiled.
 */
function loadSuccessionFrame(sim: Sim, party: string): KnownFacts {
  let outgoing: TermState | undefined;
  for (let i = sim.terms.length - 1; i >= 0; i--) {
    const t = sim.terms[i] as TermState;
    if (t.decision !== null && t.index < sim.termIndex) {
      outgoing = t;
      break;
    }
  }
  const f = sim.frame;
  termStartInto(sim, outgoing?.index ?? sim.termIndex, f.ts);
  sim.termStartOf = -1;
  copyInto(f.s, sim.cur);
  f.year = sim.year;
  f.term = sim.termIndex + 1;
  f.yearOfTerm = 0;
  f.strategy = 'none';
  f.option = 'none';
  f.party = party;
  f.posture = sim.lastPosture;
  f.previousPosture = sim.lastPosture;
  f.postureChanged = false;
  f.yearsInStrategy = sim.yearsInStrategy;
  f.prologue = false;
  f.realCourse = sim.setup.realCourse === true;
  f.previousStrategy = outgoing?.decision?.strategy ?? sim.lastStrategy ?? 'none';
  f.previousParty = outgoing?.decision?.party ?? 'none';
  setLevers(sim, []);
  f.random = sim.noRandom;
  return {
    strategy: f.strategy,
    option: f.option,
    party,
    posture: f.posture,
    previousPosture: f.previousPosture,
    prologue: false,
    realCourse: f.realCourse,
    previousStrategy: f.previousStrategy,
    previousParty: f.previousParty,
    theory: f.theory,
    usPosture: f.usPosture,
    levers: NO_LEVERS,
  };
}

const NO_LEVERS: readonly string[] = [];

const evaluate = (e: Num, sim: Sim): number => (typeof e === 'number' ? e : e(sim.frame));

function pick(weighted: readonly (readonly [string, number])[], u: number): string | null {
  const total = weighted.reduce((s, [, w]) => s + Math.max(0, w), 0);
  if (!(total > 0)) return null;
  let acc = 0;
  for (const [id, w] of weighted) {
    acc += Math.max(0, w) / total;
    if (u < acc) return id;
  }
  return weighted[weighted.length - 1]?.[0] ?? null;
}

export function drawPartySim(sim: Sim, u: number): string {
  const known = loadSuccessionFrame(sim, 'none');
  const chosen = pick(successionWeights(sim.c, 'party', known).map(([id, e]) => [id, evaluate(e, sim)] as const), u);
  return chosen ?? sim.c.scenario.parties[0]?.id ?? 'none';
}

function successorOddsSim(sim: Sim, party: string): (readonly [string, number])[] {
  const compiled = sim.c;
  const known = loadSuccessionFrame(sim, party);
  const allowed = sim.setup.allowedOptions;
  const weights = successionWeights(compiled, 'strategy', known)
    .filter(([id]) => allowed.length === 0 || allowed.includes(compiled.strategies.get(id)?.optionId ?? ''))
    .map(([id, e]) => [id, Math.max(0, evaluate(e, sim))] as const);
  const total = weights.reduce((s, [, w]) => s + w, 0);
  return total > 0 ? weights.map(([id, w]) => [id, w / total] as const) : weights;
}

/** The successor's strategy weights, normalised: also used to show how likely each course is. */
export function successorOdds(state: GameState, scenario: Scenario, party: string): (readonly [string, number])[] {
  return successorOddsSim(new Sim(scenario, state), party);
}

export function drawSuccessorStrategySim(sim: Sim, party: string, u: number): string {
  const scenario = sim.c.scenario;
  return pick(successorOddsSim(sim, party), u) ?? sim.lastStrategy ?? scenario.options[0]?.variants[0]?.id ?? 'A';
}
