// Messages between the debrief and the luck-versus-choice worker. Plain data: the scenario travels in the message.
import type { Decision, GameSetup, Scenario } from '../engine/index.ts';

export type LuckPath = { readonly id: string; readonly decisions: readonly Decision[] };

export type LuckRequest = {
  readonly type: 'run';
  readonly scenario: Scenario;
  readonly setup: GameSetup;
  readonly paths: readonly LuckPath[];
  readonly runs: number;
};

export type LuckPathResult = {
  readonly id: string;
  /** Final main score (see mainScore) of each run, in seed order. */
  readonly finals: readonly number[];
  /** Milliseconds this path's runs took inside the worker. */
  readonly ms: number;
};

export type LuckMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'path'; readonly result: LuckPathResult }
  | { readonly type: 'done'; readonly ms: number }
  | { readonly type: 'error'; readonly message: string };
