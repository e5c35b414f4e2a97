// Content edits leave everyone else's luck alone: reordering, adding or removing drawn events changes no other
// event's draw, so the same seed and decisions meet the same events in the same years.
import { describe, expect, it } from 'vitest';
import { defaultSetup, play, type EventDef, type Scenario } from '../../src/engine/index.ts';
import { realScenario } from './load-test-scenario.ts';

const decisions = ['A', 'B', 'C+LE'].map((strategy) => ({ strategy }));

function eventsByYear(scenario: Scenario, seed: number, skip: ReadonlySet<string> = new Set()): string[] {
  const played = play(scenario, { setup: { ...defaultSetup(scenario), seed }, decisions, answers: {} });
  if (!played.ok) throw new Error(played.error.message);
  return played.value.history.flatMap((r) => r.events.filter((e) => !skip.has(e.id)).map((e) => `${r.year}:${e.id}`)).sort();
}

const withEvents = (scenario: Scenario, events: readonly EventDef[]): Scenario => ({ ...scenario, events });

describe('stable luck', () => {
  const scenario = realScenario();
  const drawn = scenario.events.filter((e) => e.year === undefined);
  const scripted = scenario.events.filter((e) => e.year !== undefined);

  it('reordering the drawn events changes no game', () => {
    const reordered = withEvents(scenario, [...scripted, ...[...drawn].reverse()]);
    for (const seed of [1, 3, 17, 4242]) expect(eventsByYear(reordered, seed)).toEqual(eventsByYear(scenario, seed));
  });

  it('adding an event that never happens, or removing one that did not happen, changes no other draw', () => {
    const quiet: EventDef = { ...(drawn[0] as EventDef), id: 'quiet-addition', probability: 0 };
    const added = withEvents(scenario, [quiet, ...scenario.events]);
    for (const seed of [2, 3, 99]) {
      const base = eventsByYear(scenario, seed);
      expect(eventsByYear(added, seed)).toEqual(base);
      const unseen = drawn.find((e) => !base.some((b) => b.endsWith(`:${e.id}`)) && e.choice === undefined);
      if (!unseen) continue;
      const removed = withEvents(scenario, scenario.events.filter((e) => e !== unseen));
      expect(eventsByYear(removed, seed)).toEqual(base);
    }
  });
});
