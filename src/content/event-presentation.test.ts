import { describe, expect, it } from 'vitest';
import { defaultSetup, play, type GameState, type Scenario } from '../engine/index.ts';
import { realScenario } from '../ui/test/real-scenario.ts';
import { FULL_EVENTS_PER_YEAR, presentYearEvents } from './event-presentation.ts';

const scenario: Scenario = realScenario();

function game(seed: number, strategy: string): GameState {
  const played = play(scenario, { setup: defaultSetup(scenario, { seed }), decisions: [{ strategy }, { strategy }, { strategy }], answers: {} });
  if (!played.ok) throw new Error('the game did not play');
  return played.value;
}

describe('how a year’s events are told', () => {
  it('tells at most a few in full, each event’s story once a game, and every event of the year in some form', () => {
    let repeats = 0;
    let lines = 0;
    for (const strategy of ['A', 'B', 'C', 'C+LE', 'D']) {
      for (let seed = 1; seed <= 40; seed++) {
        const g = game(seed, strategy);
        const told = new Set<string>();
        for (const record of g.history) {
          const shown = presentYearEvents(scenario, g.history, record.year);
          expect(shown.map((s) => s.def.id)).toEqual(record.events.map((e) => e.id));
          const inFull = shown.filter((s) => s.mode === 'full' || s.mode === 'answered');
          expect(inFull.length).toBeLessThanOrEqual(Math.max(FULL_EVENTS_PER_YEAR, shown.filter((s) => s.mode === 'answered').length));
          for (const s of inFull) {
            // A story told in full (or in its decision's dialog) is never told in full again in the same game.
            expect(told.has(s.def.id), `${strategy} seed ${seed}: ${s.def.id} in ${record.year}`).toBe(false);
            told.add(s.def.id);
          }
          for (const s of shown) {
            if (s.mode === 'again') {
              repeats++;
              expect(s.firstYear).toBeLessThan(record.year);
            }
            if (s.mode === 'line') lines++;
          }
        }
      }
    }
    // The games do repeat events and have busy years: the follow-up and one-line forms are exercised.
    expect(repeats).toBeGreaterThan(0);
    expect(lines).toBeGreaterThan(0);
  });

  it('puts the weightiest new events in full', () => {
    const g = game(3, 'A');
    const busy = g.history.find((r) => presentYearEvents(scenario, g.history, r.year).some((s) => s.mode === 'line'));
    if (!busy) throw new Error('no busy year in this game');
    const weight = (id: string) => busy.changes.filter((c) => c.event === id).reduce((a, c) => a + (c.target === 'violence' ? Math.abs(c.delta) / 1000 : Math.abs(c.delta)), 0);
    const shown = presentYearEvents(scenario, g.history, busy.year);
    const full = shown.filter((s) => s.mode === 'full').map((s) => weight(s.def.id));
    const line = shown.filter((s) => s.mode === 'line').map((s) => weight(s.def.id));
    expect(Math.min(...full)).toBeGreaterThanOrEqual(Math.max(...line));
  });
});
