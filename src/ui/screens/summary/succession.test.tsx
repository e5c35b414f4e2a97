// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectModelSuccession, selectNextSuccession } from '../../../state/decision-selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { markFirstScreenShown } from '../../lib/use-screen-focus.ts';
import { realScenario } from '../../test/real-scenario.ts';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { YearScreen } from '../year/year-screen.tsx';
import { SummaryScreen } from './summary-screen.tsx';

const scenario = realScenario();
const store = () => useGameStore.getState();

/** Plays the current term to its end, answering events with their defaults, and opens the summary. */
function playTerm(): void {
  for (let guard = 0; guard < 50 && store().game?.phase !== 'term-end'; guard++) {
    const game = store().game;
    if (game?.phase === 'event') {
      const id = game.pendingEvents[0]?.id;
      const def = scenario.events.find((e) => e.id === id);
      store().answerEvent(def?.choice?.default ?? '');
    } else store().advanceYear();
  }
  store().showSummary();
}

describe('one-term mode: the succession model decides the later sexenios', () => {
  beforeEach(() => {
    freshStore(scenario);
    markFirstScreenShown();
    store().startGame('2012', 4242, { succession: 'model' });
    store().leaveBriefing();
    store().chooseStrategy({ strategy: 'A', party: 'PAN' });
    store().setAutoPlay(false);
    playTerm();
  });
  afterEach(cleanup);

  it('tells the player on the summary who follows and what they chose, with the odds, before it happens', () => {
    const preview = selectNextSuccession(store());
    expect(preview?.decision.by).toBe('model');
    const odds = preview?.odds ?? [];
    expect(odds.length).toBeGreaterThan(1);
    expect(odds.reduce((sum, [, p]) => sum + p, 0)).toBeCloseTo(1, 6);

    renderInApp(<SummaryScreen />);
    const notice = screen.getByRole('region', { name: 'The next president' });
    const party = scenario.parties.find((p) => p.id === preview?.decision.party);
    expect(notice.textContent).toContain(`For 2019–2024, the next president, of the ${party?.name.en}, chose strategy ${preview?.decision.strategy.charAt(0)} — `);
    expect(notice.textContent).toContain(scenario.succession?.explain.en);
    expect(within(notice).getByRole('table', { name: 'The odds the model gave each strategy' })).toBeTruthy();
    expect(within(notice).getAllByRole('row')).toHaveLength(odds.length + 1);
    expect(screen.getByText(/, chosen/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continue to 2019–2024' })).toBeTruthy();

    // The preview is exactly what closing the term decides.
    store().closeTerm();
    expect(store().screen).toBe('year');
    expect(store().game?.terms[1]?.decision).toEqual(preview?.decision);
    expect(selectModelSuccession(store())?.odds).toEqual(odds);
  });

  it('shows the notice at the start of each later term, and never the choice screen', () => {
    store().closeTerm();
    renderInApp(<YearScreen />);
    const notice = screen.getByRole('region', { name: 'This sexenio was decided by the succession model' });
    expect(notice.textContent).toContain('chose strategy');
    expect(screen.getAllByText('Decided by the succession model').length).toBeGreaterThan(0);
    cleanup();

    playTerm();
    expect(selectNextSuccession(store())).not.toBeNull();
    store().closeTerm();
    expect(store().screen).toBe('year');
    expect(store().game?.terms[2]?.decision?.by).toBe('model');
    playTerm();
    // The last summary has nothing to announce.
    expect(selectNextSuccession(store())).toBeNull();
    renderInApp(<SummaryScreen />);
    expect(screen.queryByTestId('succession-notice')).toBeNull();
    expect(screen.getByRole('button', { name: 'Go to the debrief' })).toBeTruthy();
    expect(store().actions.filter((a) => a.type === 'strategy/chosen')).toHaveLength(1);
  });
});
