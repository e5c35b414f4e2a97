// A new game from a scenario and a set-up: the terms laid out, the seeded generator in the state.
import { drawUniforms, seedRng, type RngState } from './random.ts';
import type { Scenario, StartDef } from './scenario-types.ts';
import type { GameSetup, GameState, Scores, TermState } from './types.ts';
import { COOPERATION, scenarioIndex } from './compile.ts';
import { recordFrom } from './slots.ts';

export function startScores(scenario: Scenario, start: StartDef): Scores {
  const scores: Scores = {};
  for (const def of scenario.scores) scores[def.id] = start.scores[def.id]?.value ?? def.min;
  const weights = scenarioIndex(scenario).cooperationWeights;
  if (weights.length > 0) scores[COOPERATION] = weights.reduce((sum, [id, w]) => sum + w * (scores[id] ?? 0), 0);
  return scores;
}

/** startScores as values by score slot, computed once per start of a scenario. */
function startValues(scenario: Scenario, start: StartDef): readonly number[] {
  const index = scenarioIndex(scenario);
  let values = index.startValues.get(start);
  if (!values) {
    const scores = startScores(scenario, start);
    values = index.scoreKeys.map((key) => scores[key] ?? 0);
    index.startValues.set(start, values);
  }
  return values;
}

export function createGame(scenario: Scenario, setup: GameSetup): GameState {
  const prologue = setup.start === '2006' ? scenario.prologue : undefined;
  const terms: Omit<TermState, 'draws'>[] = [];
  if (prologue) {
    terms.push({
      index: 0,
      startYear: prologue.term.startYear,
      years: prologue.term.years,
      prologue: true,
      decision: { strategy: prologue.strategy, party: prologue.party, levers: [], by: 'history' },
    });
  }
  for (const t of scenario.terms) {
    terms.push({ index: terms.length, startYear: t.startYear, years: t.years, prologue: false, decision: null });
  }
  const start = prologue ? prologue.start : scenario.start;
  const index = scenarioIndex(scenario);
  const values = startValues(scenario, start);
  const scores = recordFrom(index.scoreTemplate, index.scoreKeys, values);
  const [draws, rng] = drawTermStart(seedRng(setup.seed));
  return {
    schemaVersion: 1,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    setup,
    rng,
    phase: prologue ? 'playing' : 'choosing',
    termIndex: 0,
    year: start.firstYear - 1,
    terms: terms.map((t, i) => ({ index: t.index, startYear: t.startYear, years: t.years, prologue: t.prologue, decision: t.decision, draws: i === 0 ? draws : ([0, 0] as const) })),
    scores,
    initialScores: recordFrom(index.scoreTemplate, index.scoreKeys, values),
    flags: {},
    eventCounts: index.noCounts.slice(),
    eventLastYear: index.noLastYears.slice(),
    lastStrategy: start.previous?.strategy ?? null,
    lastPosture: start.previous?.posture ?? 'none',
    yearsInStrategy: start.previous?.years ?? 0,
    pendingEvents: [],
    history: [],
  };
}

export function pair(draws: readonly number[]): readonly [number, number] {
  return [draws[0] ?? 0, draws[1] ?? 0];
}

/** Draws the two term-start uniforms for the term about to begin. */
export function drawTermStart(rng: RngState): [readonly [number, number], RngState] {
  const [draws, next] = drawUniforms(rng, 2);
  return [pair(draws), next];
}
