// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { miniScenario } from '../../tests/fixtures/mini-scenario.ts';
import { encodeClassLink, makeClassLink } from '../content/class-link.ts';
import * as engine from '../engine/index.ts';
import { resetGameStore, useGameStore } from './store.ts';

const store = () => useGameStore.getState();

function link(seed: number | null) {
  const setup = { start: '2012', theory: miniScenario.defaultTheory, usPosture: miniScenario.defaultUsPosture, succession: 'player', allowedOptions: [], randomEvents: true, twoTeam: false } as const;
  return makeClassLink(miniScenario, setup, seed, 10, 'Tuesday');
}

describe('following the address', () => {
  beforeEach(() => {
    localStorage.clear();
    resetGameStore();
    store().loadContent({ scenarios: [miniScenario], errors: [], engine });
  });

  it('opens each instructor page, and goes back to the title when the address names none', async () => {
    for (const page of ['instructors', 'dashboard', 'class-setup'] as const) {
      await store().openAddress(`#${page}`);
      expect(store().screen).toBe(page);
    }
    await store().openAddress('');
    expect(store().screen).toBe('title');
    expect(store().addressProblem).toBeNull();
  });

  it('closes the model page and the lab for an address that names a page, and leaves them for one it cannot read', async () => {
    store().setModelOpen(true);
    store().setLabOpen(true);
    await store().openAddress('#dashbord');
    expect([store().modelOpen, store().labOpen]).toEqual([true, true]);
    await store().openAddress('#dashboard');
    expect(store().screen).toBe('dashboard');
    expect([store().modelOpen, store().labOpen]).toEqual([false, false]);
  });

  it('keeps an address it cannot read as a message for the title, and leaves a game as it was', async () => {
    await store().openAddress('#dashbord');
    expect(store().addressProblem).toBe('#dashbord');
    store().dismissAddressProblem();
    expect(store().addressProblem).toBeNull();
    store().startGame('2012', 5);
    const game = store().game;
    await store().openAddress('#dashbord');
    expect(store().addressProblem).toBeNull();
    expect(store().game).toBe(game);
    expect(store().screen).toBe('briefing');
  });

  it('fills the class set-up in from a class code in the address, and says why when it cannot', async () => {
    const made = link(4242);
    await store().openAddress(`#class-setup=${encodeClassLink(made)}`);
    expect(store().screen).toBe('class-setup');
    expect(store().classDraft).toMatchObject({ link: made, problem: null });
    const id = store().classDraft.id;

    // Pasted into the set-up, a code that cannot be read leaves the draft (and what was typed) alone.
    expect(await store().editClass('SX2.abc.12', true)).toMatchObject({ reason: 'wrong-kind' });
    expect(store().classDraft.id).toBe(id);

    // From the address, the set-up opens blank with the reason.
    await store().openAddress('#class-setup=SXC2.AAAA.zz');
    expect(store().screen).toBe('class-setup');
    expect(store().classDraft).toMatchObject({ link: null, problem: { reason: 'damaged' } });
  });

  it('starts a fresh draft on every new visit to the set-up, and keeps it while there', () => {
    store().showInstructorScreen('class-setup');
    const id = store().classDraft.id;
    store().showInstructorScreen('class-setup');
    expect(store().classDraft.id).toBe(id);
    store().showInstructorScreen('instructors');
    store().showInstructorScreen('class-setup');
    expect(store().classDraft.id).toBe(id + 1);
  });

  it('opens a class link from the address over an instructor page, on the title', async () => {
    await store().openAddress('#dashboard');
    await store().openAddress(`#class=${encodeClassLink(link(null))}`);
    expect(store().screen).toBe('title');
    expect(store().classLink?.title).toBe('Tuesday');
  });
});
