// The learner's choices in a game as SCORM interactions: each sexenio's decision (the strategy and each sub-choice
// the player made) and each answer to an event. Ids come from the term's first year and the content ids, so the
// same choice has the same id in every learner's record and the LMS's reports can group a class's answers.
import type { GameState } from '../engine/index.ts';
import { cmiIdentifier, MAX_FEEDBACK } from './scorm-values.ts';

export type GameInteraction = { readonly id: string; readonly response: string };

const response = (value: string): string => value.slice(0, MAX_FEEDBACK);

export function interactionsOf(game: GameState): readonly GameInteraction[] {
  const list: GameInteraction[] = [];
  for (const term of game.terms) {
    const d = term.decision;
    if (!d || d.by !== 'player') continue;
    const prefix = `term-${term.startYear}`;
    list.push({ id: cmiIdentifier(`${prefix}-strategy`), response: response(d.strategy) });
    if (d.partyChosen === true) list.push({ id: cmiIdentifier(`${prefix}-party`), response: response(d.party) });
    if (d.levers.length > 0) list.push({ id: cmiIdentifier(`${prefix}-us-levers`), response: response(d.levers.join(',')) });
    if (d.forecast !== undefined) list.push({ id: cmiIdentifier(`${prefix}-forecast`), response: d.forecast });
  }
  for (const year of game.history) {
    for (const event of year.events) {
      if (event.choice !== undefined) list.push({ id: cmiIdentifier(`event-${year.year}-${event.id}`), response: response(event.choice) });
    }
  }
  return list;
}
