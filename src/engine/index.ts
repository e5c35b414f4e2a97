// The engine's public surface. Pure: no DOM, no clock, no unseeded randomness, no I/O.
export type * from './scenario-types.ts';
export type * from './types.ts';
export { createGame, startScores } from './create-game.ts';
export { step } from './step.ts';
export { play } from './drive.ts';
export { recordOf, stepsOf, answerKey, type Decision, type EventAnswers, type GameRecord } from './record.ts';
export { strategyOf, strategyIds, headlineScores, headlineIds, mainScore } from './lookups.ts';
export { contributions, changesFor, type FactorContribution } from './explain.ts';
export { collectNames } from './expressions.ts';
export { paramsFor, variantKey } from './params.ts';
export { monteCarlo, spreadOf, type MonteCarloResult, type Spread } from './monte-carlo.ts';
export { defaultSetup } from './default-setup.ts';
export { successorOdds } from './succession.ts';
export { AIM_IDS, isAimRanking, type AimId } from './aims.ts';
export { purePaths, type PurePath } from './pure-paths.ts';
export { ghostRuns, ghostYear, type GhostRun, type GhostYear } from './ghosts.ts';
export { sampleGames, type GameSample, type SampleOptions } from './sample-games.ts';
