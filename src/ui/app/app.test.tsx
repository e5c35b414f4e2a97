// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useGameStore } from '../../state/store.ts';
import { markFirstScreenShown } from '../lib/use-screen-focus.ts';
import { afterPause, freshStore } from '../test/render.tsx';
import { App } from './app.tsx';
import * as engine from '../../engine/index.ts';

/** A game under strategy A with auto-play off, rendered and past "Begin 2013". */
async function beginFirstYear(): Promise<void> {
  useGameStore.getState().startGame('2012', 1);
  useGameStore.getState().leaveBriefing();
  useGameStore.getState().chooseStrategy({ strategy: 'A' });
  useGameStore.getState().setAutoPlay(false);
  render(<App />);
  const begin = await screen.findByRole('button', { name: /^Begin 2013/ });
  await afterPause();
  fireEvent.click(begin);
}

describe('the app', () => {
  beforeEach(() => {
    freshStore();
    markFirstScreenShown();
  });
  afterEach(cleanup);

  it('lists scenario errors instead of starting', () => {
    useGameStore.getState().loadContent({ scenarios: [], errors: ['scenarios/x/events.json › [3].factor: unknown factor "y"'], engine });
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'The scenario could not be loaded' })).toBeTruthy();
    expect(screen.getByText('scenarios/x/events.json › [3].factor: unknown factor "y"')).toBeTruthy();
  });

  // Screens after the title load lazily: wait for each to arrive, then check where focus went.
  it('goes from the title to the first year, moving focus to each new heading', async () => {
    render(<App seed={5} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start in December 2012' }));
    const briefing = await screen.findByRole('heading', { level: 1, name: 'December 2012' });
    await waitFor(() => expect(document.activeElement).toBe(briefing));
    expect(document.title).toBe('Briefing · Sexenio');
    await afterPause();
    fireEvent.click(screen.getByRole('button', { name: 'Choose your strategy' }));
    const choice = await screen.findByRole('heading', { level: 1, name: /Choose a strategy for 2013–2014/ });
    await waitFor(() => expect(document.activeElement).toBe(choice));
    fireEvent.click(screen.getByRole('radio', { name: /Military lead/ }));
    await afterPause();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm: Military lead' }));
    const heading = await screen.findByRole('heading', { level: 1, name: /Inauguration, December 2012/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(useGameStore.getState().game?.setup.seed).toBe(5);
  });

  it('announces the year in the live region and shows the why list on W', async () => {
    await beginFirstYear();
    expect(screen.getByTestId('live-region').textContent).toBe(
      '2013: Overall cooperation rose 1.5 points to 62, mainly presidential mandate; SEDENA rose 2.0 points to 52, mainly presidential mandate; SEMAR rose 1.0 points to 71, mainly presidential mandate.',
    );
    fireEvent.keyDown(window, { key: 'w' });
    const panel = screen.getByRole('region', { name: 'Why the numbers moved in 2013' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
    const groups = panel.querySelectorAll('.why-group');
    expect([...groups].slice(0, 3).map((g) => g.getAttribute('data-score'))).toEqual(['cooperation', 'sedena', 'semar']);
    expect(within(panel).getAllByText('Working together builds ties.').length).toBeGreaterThan(0);
    fireEvent.keyDown(window, { key: 'w' });
    expect(screen.queryByRole('region', { name: 'Why the numbers moved in 2013' })).toBeNull();
    expect(document.activeElement?.id).toBe('why-toggle');
  });

  it('asks for an answer when an event needs one, and takes it only once the question has been on screen', async () => {
    await beginFirstYear();
    const next = screen.getByRole('button', { name: /^Next year: 2014/ });
    // Straight after 2013 the button waits: a press now (a second Enter, a double click) does nothing.
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(useGameStore.getState().game?.history).toHaveLength(1);
    await afterPause();
    expect(next.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(next);
    const dialog = screen.getByRole('dialog', { hidden: true });
    const title = within(dialog).getByRole('heading', { name: 'Leaked diplomatic cables', hidden: true });
    expect(document.activeElement).toBe(title);
    const answer = within(dialog).getByRole('button', { name: /Protest privately/, hidden: true });
    const actions = useGameStore.getState().actions.length;
    fireEvent.click(answer);
    expect(useGameStore.getState().actions).toHaveLength(actions);
    await afterPause();
    fireEvent.click(answer);
    expect(useGameStore.getState().game?.history[1]?.events).toEqual([{ id: 'cables', choice: 'private' }]);
    expect(screen.getByText(/Your answer:/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /See the sexenio summary/ })).toBeTruthy();
  });

  it('switches language, and sets <html lang>', () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    expect(document.documentElement.lang).toBe('es-MX');
    expect(screen.getByRole('button', { name: 'Comenzar en diciembre de 2012' })).toBeTruthy();
    act(() => useGameStore.getState().setLocale('en'));
    expect(document.documentElement.lang).toBe('en');
  });
});
