import { beforeEach, describe, expect, it } from 'vitest';
import { miniScenario } from '../../tests/fixtures/mini-scenario.ts';
import { selectDebrief, selectPendingEvent, selectTermSummary, selectWhyGroups, selectYearOutcome, selectYearView } from './selectors.ts';
import { resetGameStore, useGameStore } from './store.ts';
import * as engine from '../engine/index.ts';

const store = () => useGameStore.getState();

describe('selectors', () => {
  beforeEach(() => {
    resetGameStore();
    store().loadContent({ scenarios: [miniScenario], errors: [], engine });
    store().startGame('2012', 3);
    store().leaveBriefing();
    store().chooseStrategy({ strategy: 'A' });
  });

  it('shows the start of a term before any year resolves', () => {
    const view = selectYearView(store());
    expect(view?.record).toBeNull();
    expect(view?.nextYear).toBe(2013);
    expect(view?.timeline.map((y) => y.status)).toEqual(['upcoming', 'upcoming']);
    expect(view?.scores.slice(0, 3).map((s) => s.def.id)).toEqual(['cooperation', 'sedena', 'semar']);
    expect(view?.scores[0]?.value).toBe(60);
  });

  it('is memoized on the game state', () => {
    expect(selectYearView(store())).toBe(selectYearView(store()));
  });

  it('puts cooperation, SEDENA and SEMAR first in the why list, largest change first', () => {
    store().advanceYear();
    const why = selectWhyGroups(store());
    expect(why?.year).toBe(2013);
    expect(why?.groups.slice(0, 3).map((g) => g.def.id)).toEqual(['cooperation', 'sedena', 'semar']);
    const sedena = why?.groups[1];
    expect(sedena?.total).toBeCloseTo(2);
    expect(sedena?.before).toBe(50);
    expect(sedena?.after).toBe(52);
  });

  it('names the main factor of each headline change', () => {
    store().advanceYear();
    store().advanceYear();
    expect(selectPendingEvent(store())?.def.id).toBe('cables');
    store().answerEvent('private');
    const outcome = selectYearOutcome(store());
    expect(outcome?.year).toBe(2014);
    const sedena = outcome?.items.find((i) => i.def.id === 'sedena');
    expect(sedena?.delta).toBeCloseTo(-1);
    expect(sedena?.mainFactor).toBe('leaks');
  });

  it('summarizes a term and the whole game', () => {
    store().advanceYear();
    store().advanceYear();
    store().answerEvent('public');
    const summary = selectTermSummary(store());
    expect(summary?.headline.map((h) => [h.def.id, h.start])).toEqual([['cooperation', 60], ['sedena', 50], ['semar', 70]]);
    expect(summary?.events.map((e) => [e.year, e.def.id, e.choice])).toEqual([[2014, 'cables', 'public']]);
    expect(summary?.factors['semar']?.[0]).toEqual({ factor: 'mandate', delta: 2, rules: ['lead-builds'] });
    const debrief = selectDebrief(store());
    expect(debrief?.rows.map((r) => r.year)).toEqual([2013, 2014]);
    expect(debrief?.decisions[0]?.optionId).toBe('A');
    // The lowest and highest of the debrief's profile count the start: no score sits outside its own range.
    for (const p of debrief?.profile ?? []) {
      expect(p.min).toBeLessThanOrEqual(Math.min(p.start, p.end));
      expect(p.max).toBeGreaterThanOrEqual(Math.max(p.start, p.end));
    }
    expect(debrief?.profile.some((p) => p.min === p.start || p.max === p.start)).toBe(true);
  });
});
