// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_KEY } from '../../../state/save-slice.ts';
import { useGameStore } from '../../../state/store.ts';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { diagnosticText } from './diagnostic.ts';
import { ErrorBoundary } from './error-boundary.tsx';

let broken = true;
function Fragile() {
  if (broken) throw new TypeError('cannot read properties of undefined (reading "scores")');
  return <p>The screen works again</p>;
}

describe('the error screen', () => {
  beforeEach(() => {
    localStorage.clear();
    freshStore();
    broken = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('replaces a failing screen, keeps the save and offers the diagnostic', async () => {
    useGameStore.getState().startGame('2012', 3);
    useGameStore.getState().leaveBriefing();
    useGameStore.getState().chooseStrategy({ strategy: 'A', rationale: 'private thoughts' });
    const save = localStorage.getItem(SAVE_KEY);
    expect(save).not.toBeNull();
    renderInApp(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeTruthy();
    const diagnostic = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Diagnostic' });
    expect(diagnostic.value).toContain('TypeError: cannot read properties of undefined');
    expect(diagnostic.value).toContain('screen: year');
    expect(diagnostic.value).toContain('actions: 1');
    expect(diagnostic.value).not.toContain('private thoughts');
    expect(screen.getByRole('button', { name: 'Copy the diagnostic' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the save' })).toBeTruthy();
    expect(localStorage.getItem(SAVE_KEY)).toBe(save);

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Back to the title page' }));
    expect(screen.getByText('The screen works again')).toBeTruthy();
    expect(useGameStore.getState().screen).toBe('title');
    expect(localStorage.getItem(SAVE_KEY)).toBe(save);
  });

  it('describes a thrown non-error too', () => {
    const text = diagnosticText({ error: 'just a string', screen: 'title', scenario: null, year: null, phase: null, actions: 0, seed: null, locale: 'es', userAgent: 'test', time: 't' });
    expect(text).toContain('error: Thrown value: just a string');
    expect(text).toContain('language: es');
  });
});
