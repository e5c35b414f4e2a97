import { beforeEach, describe, expect, it } from 'vitest';
import { play, recordOf } from '../engine/index.ts';
import { actionsOf } from '../../tests/unit/record-actions.ts';
import { miniScenario } from '../../tests/fixtures/mini-scenario.ts';
import { resetGameStore, useGameStore } from './store.ts';
import * as engine from '../engine/index.ts';

const store = () => useGameStore.getState();

function playTerm(): void {
  while (store().game?.phase === 'playing' || store().game?.phase === 'event') {
    if (store().game?.phase === 'event') store().answerEvent('public');
    else store().advanceYear();
  }
}

describe('game store', () => {
  beforeEach(() => {
    resetGameStore();
    store().loadContent({ scenarios: [miniScenario], errors: [], engine });
  });

  it('shows load errors instead of a scenario', () => {
    store().loadContent({ scenarios: [], errors: ['scenarios/x/scenario.json › factors: missing'], engine });
    expect(store().scenario).toBeNull();
    expect(store().loadErrors).toHaveLength(1);
  });

  it('moves through the screens of a whole game and records every action', () => {
    store().startGame('2012', 7);
    expect(store().screen).toBe('briefing');
    store().leaveBriefing();
    expect(store().screen).toBe('choice');
    for (const strategy of ['A', 'C+LE', 'D']) {
      store().chooseStrategy({ strategy, rationale: 'because', forecast: 'rise' });
      expect(store().screen).toBe('year');
      playTerm();
      expect(store().game?.phase).toBe('term-end');
      store().showSummary();
      expect(store().screen).toBe('summary');
      store().closeTerm();
    }
    expect(store().screen).toBe('debrief');
    expect(store().game?.history.map((r) => r.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018]);
    const game = store().game;
    if (!game) throw new Error('no game');
    // The game's record, read back from its state, plays the same game with the same actions.
    const again = play(miniScenario, recordOf(game));
    expect(again.ok && again.value).toEqual(game);
    const actions = actionsOf(miniScenario, recordOf(game));
    expect(actions.ok && actions.value).toEqual(store().actions);
    expect(game.terms[0]?.decision?.rationale).toBe('because');
  });

  it('keeps the game and records the reason when the engine refuses an action', () => {
    store().startGame('2012', 1);
    const before = store().game;
    store().advanceYear();
    expect(store().game).toBe(before);
    expect(store().lastError?.code).toBe('not-playing');
    store().chooseStrategy({ strategy: 'Z' });
    expect(store().screen).toBe('briefing');
    expect(store().lastError?.code).toBe('unknown-strategy');
  });

  it('starts with the prologue when asked and the scenario has one', () => {
    store().startGame('2006', 1);
    expect(store().game?.phase).toBe('playing');
    store().leaveBriefing();
    expect(store().screen).toBe('year');
    playTerm();
    store().showSummary();
    store().closeTerm();
    expect(store().screen).toBe('choice');
  });

  it('persists settings only', async () => {
    store().setLocale('es');
    store().startGame('2012', 1);
    const { storage, name } = useGameStore.persist.getOptions();
    const saved = (await storage?.getItem(name ?? '')) as { state: Record<string, unknown> } | null;
    expect(Object.keys(saved?.state ?? {}).sort()).toEqual(['locale', 'reducedMotion', 'shortcuts']);
    expect(saved?.state['locale']).toBe('es');
  });

  it('plays again from the title', () => {
    store().startGame('2012', 1);
    store().playAgain();
    expect(store().screen).toBe('title');
    expect(store().game).toBeNull();
  });
});
