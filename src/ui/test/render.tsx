// Test helpers: a fresh store with the mini scenario, rendering inside the app's providers, and waiting out the pace
// guard's pause before pressing a button that advances the game (a press during it is ignored, as it should be).
import { render, waitFor, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Scenario } from '../../engine/index.ts';
import { resetGameStore, useGameStore } from '../../state/store.ts';
import { miniScenario } from '../../../tests/fixtures/mini-scenario.ts';
import { Providers } from '../app/providers.tsx';
import { isPaceReady, resetPaceGuard } from '../lib/pace-guard.ts';
import * as engine from '../../engine/index.ts';

export function freshStore(scenario: Scenario = miniScenario): void {
  resetGameStore();
  resetPaceGuard();
  useGameStore.getState().setLocale('en');
  useGameStore.getState().loadContent({ scenarios: [scenario], errors: [], engine });
}

export function renderInApp(ui: ReactElement): RenderResult {
  return render(<Providers>{ui}</Providers>);
}

/** Resolves once the pause after the last new step is over. */
export async function afterPause(): Promise<void> {
  await waitFor(() => {
    if (!isPaceReady()) throw new Error('the pace guard is still pausing');
  });
}
