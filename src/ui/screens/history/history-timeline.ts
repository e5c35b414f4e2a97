// The dated facts of the real course, grouped under the government in office on their date, each with the year the
// model's run plays it as a scripted event (when it does).
import type { GameState, HistoryAdministration, HistoryDef, HistoryFact } from '../../../engine/index.ts';

export type TimelineFact = { readonly fact: HistoryFact; readonly playedIn: number | null };
export type AdministrationFacts = { readonly administration: HistoryAdministration; readonly facts: readonly TimelineFact[] };

/** The first year each event happened in a game. */
export function eventYears(game: GameState | null): Map<string, number> {
  const years = new Map<string, number>();
  for (const r of game?.history ?? []) for (const e of r.events) if (!years.has(e.id)) years.set(e.id, r.year);
  return years;
}

/** A date at any precision as its first day ("2020-05" → "2020-05-01", "2017" → "2017-01-01"). */
function firstDay(date: string): string {
  return `${date}-01-01`.slice(0, 10);
}

/**
 * Facts in date order under each government, from the day it took office until the next one did. A date that
 * stops at the month or the year ("2020-05", "2017") counts as that month's or year's first day, so a fact dated
 * only "2024" falls to the government in office when the year began.
 */
export function factsByAdministration(history: HistoryDef, real: GameState | null): AdministrationFacts[] {
  const played = eventYears(real);
  const facts = [...history.facts].sort((a, b) => firstDay(a.date).localeCompare(firstDay(b.date)) || a.date.localeCompare(b.date));
  const admins = [...history.administrations].sort((a, b) => a.took.localeCompare(b.took));
  return admins.map((administration, i) => {
    const next = admins[i + 1];
    const inOffice = (f: HistoryFact) => (i === 0 || firstDay(f.date) >= administration.took) && (next === undefined || firstDay(f.date) < next.took);
    return { administration, facts: facts.filter(inOffice).map((fact) => ({ fact, playedIn: fact.event ? (played.get(fact.event) ?? null) : null })) };
  });
}
