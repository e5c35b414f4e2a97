// The engine's public surface. Pure: no DOM, no clock, no unseeded randomness, no I/O.
export type * from './scenario-types.ts';
export type * from './types.ts';
export type { RngState } from './random.ts';
export { createGame, startScores } from './create-game.ts';
export { step } from './step.ts';
export { replay, playDecisions, playerTermCount, type Decision, type EventAnswers } from './replay.ts';
export { contributions, changesFor, sumDeltas, type FactorContribution } from './explain.ts';
export { compileScenario, scenarioIndex, postureFor, COOPERATION } from './compile.ts';
export { collectNames, NEVER } from './expressions.ts';
export { paramsFor } from './params.ts';
export { monteCarlo, spreadOf, quantile, type MonteCarloResult, type Spread } from './monte-carlo.ts';
export { seedRng, drawUniforms } from './random.ts';
export { defaultSetup } from './default-setup.ts';
export { successorOdds } from './succession.ts';
export { ghostRuns, stateAtChoice, allStrategies, decisionsOf, actionsOf, type GhostRun, type GhostYear } from './ghosts.ts';
