// Test helpers: a fresh store with the mini scenario, and rendering inside the app's providers.
import { configure, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Scenario } from '../../engine/index.ts';
import { resetGameStore, useGameStore } from '../../state/store.ts';
import { miniScenario } from '../../../tests/fixtures/mini-scenario.ts';
import { Providers } from '../app/providers.tsx';
import * as engine from '../../engine/index.ts';

// Lazy screens and the debrief's parts arrive asynchronously, much later on a busy machine than on an idle one:
// findBy… and waitFor wait for them up to this long (testing-library's default is one second).
configure({ asyncUtilTimeout: 30_000 });

export function freshStore(scenario: Scenario = miniScenario): void {
  resetGameStore();
  useGameStore.getState().setLocale('en');
  useGameStore.getState().loadContent({ scenarios: [scenario], errors: [], engine });
}

export function renderInApp(ui: ReactElement): RenderResult {
  return render(<Providers>{ui}</Providers>);
}
