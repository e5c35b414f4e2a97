// How a year's events reach the player: a few in full, the rest in a line, and a repeat as a short follow-up.
// The year screen, the word count (`npm run words`) and their tests all read this, so what is counted is what is shown.
import type { EventDef, Scenario, YearRecord } from '../engine/index.ts';
import { eventById } from './change-source.ts';

/** At most this many events a year are told in full; a decision's dialog counts as one. */
export const FULL_EVENTS_PER_YEAR = 2;

export type EventShown = {
  readonly def: EventDef;
  readonly choice: string | undefined;
  /**
   * full: title and story; answered: a decision told in its dialog, here one line with the answer;
   * line: title only (a quieter event of a busy year); again: it happened before, one line naming when.
   */
  readonly mode: 'full' | 'answered' | 'line' | 'again';
  /** For `again`: the year it first happened. */
  readonly firstYear?: number;
};

/** The size of what an event moved that year: the sum of its changes, in points (deaths scaled to per thousand). */
function weightOf(record: YearRecord, id: string): number {
  let sum = 0;
  for (const c of record.changes) if (c.event === id) sum += c.target === 'violence' ? Math.abs(c.delta) / 1000 : Math.abs(c.delta);
  return sum;
}

export function presentYearEvents(scenario: Scenario, history: readonly YearRecord[], year: number): EventShown[] {
  const record = history.find((r) => r.year === year);
  if (!record) return [];
  const firstSeen = new Map<string, number>();
  for (const r of history) {
    if (r.year >= year) break;
    for (const e of r.events) if (!firstSeen.has(e.id)) firstSeen.set(e.id, r.year);
  }
  const known = record.events.flatMap((o) => {
    const def = eventById(scenario, o.id);
    return def ? [{ def, choice: o.choice }] : [];
  });
  const decisions = known.filter((e) => e.def.choice && !firstSeen.has(e.def.id)).length;
  const fresh = known.filter((e) => !e.def.choice && !firstSeen.has(e.def.id));
  const inFull = new Set(
    [...fresh]
      .sort((a, b) => weightOf(record, b.def.id) - weightOf(record, a.def.id))
      .slice(0, Math.max(0, FULL_EVENTS_PER_YEAR - decisions))
      .map((e) => e.def.id),
  );
  return known.map(({ def, choice }) => {
    const first = firstSeen.get(def.id);
    if (first !== undefined) return { def, choice, mode: 'again', firstYear: first };
    if (def.choice) return { def, choice, mode: 'answered' };
    return { def, choice, mode: inFull.has(def.id) ? 'full' : 'line' };
  });
}
