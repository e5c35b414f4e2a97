// Browser-side loading. The scenario folders are assembled and validated when the game is built (see
// vite-scenarios-plugin.ts, which runs the same checks as Node: assemble-scenario.ts), so the browser receives checked
// JSON and neither zod nor the checks are on the start path. A build fails on a bad scenario; the dev server and
// Vitest pass the problems through as `errors`, which the game shows on its load-error screen.
// The engine travels in the same chunk: the store needs it only once there is a scenario to play.
import content from 'virtual:sexenio-scenarios';
import type { Scenario } from '../engine/index.ts';

export { createGame, defaultSetup, step } from '../engine/index.ts';

export type LoadedScenarios = { readonly scenarios: readonly Scenario[]; readonly errors: readonly string[] };

export function loadScenarios(): LoadedScenarios {
  return content as LoadedScenarios;
}
