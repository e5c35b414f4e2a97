// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { miniScenario } from '../../tests/fixtures/mini-scenario.ts';
import { PREVIOUS_SAVE_KEY, SAVE_KEY, SET_ASIDE_KEY, storedSaveSummary } from './save-slice.ts';
import { resetGameStore, useGameStore } from './store.ts';
import * as engine from '../engine/index.ts';

const store = () => useGameStore.getState();
const stored = () => localStorage.getItem(SAVE_KEY);

function playYears(n: number): void {
  for (let i = 0; i < n; i++) {
    if (store().game?.phase === 'event') store().answerEvent('public');
    else store().advanceYear();
  }
}

describe('autosave and resume', () => {
  beforeEach(() => {
    localStorage.clear();
    resetGameStore();
    store().loadContent({ scenarios: [miniScenario], errors: [], engine });
  });

  it('writes after every decision and every year, and a reload resumes at the same point with the same future', async () => {
    store().startGame('2012', 99);
    expect(JSON.parse(stored()!)).toMatchObject({ screen: 'briefing', decisions: [], steps: 0 });
    store().leaveBriefing();
    store().chooseStrategy({ strategy: 'A', rationale: 'hold <b>firm</b>' });
    expect(JSON.parse(stored()!)).toMatchObject({ decisions: [{ strategy: 'A', rationale: 'hold <b>firm</b>' }], steps: 1 });
    playYears(3);
    const savedAt = store().game!;
    expect(JSON.parse(stored()!)).toMatchObject({ year: savedAt.year, steps: store().actions.length });

    // "Reload": a fresh store, the same storage.
    resetGameStore();
    store().loadContent({ scenarios: [miniScenario], errors: [], engine });
    expect(await store().resumeSaved()).toBe(true);
    expect(store().game).toEqual(savedAt);
    expect(store().screen).toBe('year');

    // The future after resuming equals the future without the reload.
    playYears(2);
    const resumedFuture = store().game;
    resetGameStore();
    store().loadContent({ scenarios: [miniScenario], errors: [], engine });
    store().startGame('2012', 99);
    store().leaveBriefing();
    store().chooseStrategy({ strategy: 'A', rationale: 'hold <b>firm</b>' });
    playYears(5);
    expect(store().game).toEqual(resumedFuture);
  });

  it('keeps the ranking the player leaves the briefing with in the autosave, through a reload; skipping keeps none', async () => {
    const ranking = ['law', 'lives', 'cooperation', 'support', 'sovereignty'] as const;
    store().startGame('2012', 7);
    store().leaveBriefing(ranking);
    expect(store().screen).toBe('choice');
    expect(store().game?.setup.priorities).toEqual(ranking);
    expect(JSON.parse(stored()!)).toMatchObject({ screen: 'choice', setup: { priorities: ranking } });
    store().chooseStrategy({ strategy: 'A' });
    playYears(2);
    const before = store().game!;
    resetGameStore();
    store().loadContent({ scenarios: [miniScenario], errors: [], engine });
    expect(await store().resumeSaved()).toBe(true);
    expect(store().game).toEqual(before);
    expect(store().game?.setup.priorities).toEqual(ranking);

    store().startGame('2012', 7);
    store().leaveBriefing();
    expect(store().game?.setup).not.toHaveProperty('priorities');
    expect((JSON.parse(stored()!) as { setup: object }).setup).not.toHaveProperty('priorities');
  });

  it('a shared run never overwrites the player’s save; going to the instructors’ pages keeps it', () => {
    store().startGame('2012', 5);
    store().leaveBriefing();
    const before = stored();
    useGameStore.setState({ readOnly: true, game: { ...store().game!, year: 2029 } });
    expect(stored()).toBe(before);
    useGameStore.setState({ readOnly: false });
    store().showInstructorScreen('instructors');
    expect(storedSaveSummary()).toMatchObject({ year: 2012 });
  });

  it('a new game keeps the one it replaces one step back; playing again clears the save', () => {
    store().startGame('2012', 5);
    const first = stored();
    store().startGame('2012', 6);
    expect(localStorage.getItem(PREVIOUS_SAVE_KEY)).toBe(first);
    store().playAgain();
    expect(stored()).toBeNull();
  });

  it('an unreadable save is shown, not dropped; starting anew sets it aside', async () => {
    localStorage.setItem(SAVE_KEY, '{"format":"sexenio-save","version":1,"year":20');
    expect(await store().resumeSaved()).toBe(false);
    expect(store().saveProblem).toMatchObject({ problem: { reason: 'not-json' } });
    expect(store().saveText()).toBe('{"format":"sexenio-save","version":1,"year":20');
    store().startAnew();
    expect(store().saveProblem).toBeNull();
    expect(store().screen).toBe('title');
    expect(stored()).toBeNull();
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBe('{"format":"sexenio-save","version":1,"year":20');
  });

  it('imports a save file, and refuses a foreign or oversized one without touching the game', async () => {
    store().startGame('2012', 11);
    store().leaveBriefing();
    store().chooseStrategy({ strategy: 'B' });
    playYears(2);
    const file = store().saveText()!;
    const game = store().game;
    store().playAgain();
    expect(await store().importSave('{"not":"a save"}')).toMatchObject({ reason: 'not-a-save' });
    expect(await store().importSave(' '.repeat(2_000_000))).toMatchObject({ reason: 'too-large' });
    expect(store().game).toBeNull();
    expect(await store().importSave(file)).toBeNull();
    expect(store().game).toEqual(game);
    expect(stored()).not.toBeNull();
  });

  it('when storage refuses (full or blocked), the game goes on and says it is not being kept', () => {
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store().startGame('2012', 8);
    store().leaveBriefing();
    expect(store().saveWorks).toBe(false);
    expect(store().screen).toBe('choice');
    refuse.mockRestore();
    store().chooseStrategy({ strategy: 'A' });
    expect(store().saveWorks).toBe(true);
  });
});
