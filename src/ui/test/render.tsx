// Test helpers: a fresh store with the mini scenario, and rendering inside the app's providers.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Scenario } from '../../engine/index.ts';
import { resetGameStore, useGameStore } from '../../state/store.ts';
import { miniScenario } from '../../../tests/fixtures/mini-scenario.ts';
import { Providers } from '../app/providers.tsx';
import * as engine from '../../engine/index.ts';

export function freshStore(scenario: Scenario = miniScenario): void {
  resetGameStore();
  useGameStore.getState().setLocale('en');
  useGameStore.getState().loadContent({ scenarios: [scenario], errors: [], engine });
}

export function renderInApp(ui: ReactElement): RenderResult {
  return render(<Providers>{ui}</Providers>);
}
