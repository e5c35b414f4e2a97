// The words a reading player meets in one whole game, screen by screen: the briefing, each term's choice (all four
// cards and the advisors on the strategy chosen), each decision's dialog, each term's opening and each year, each
// summary, the debrief's top.
import { answerKey, defaultSetup, play, type GameRecord, type GameState, type Scenario } from '../../src/engine/index.ts';
import { selectTermSummary } from '../../src/state/selectors.ts';
import type { GameStore } from '../../src/state/store.ts';
import { wordsOf } from './count.ts';
import { briefingTexts, choiceTexts, debriefTopTexts, dialogTexts, inaugurationTexts, summaryTexts, yearTexts } from './screens.ts';

export type ScreenKind = 'briefing' | 'choice' | 'dialog' | 'year' | 'summary' | 'debrief';
export type GameWords = Readonly<Record<ScreenKind, number>> & { readonly total: number };

/**
 * Plays a pure or mixed path. Decisions take their default answer, as the simulator does, or with `firstAnswer` the
 * first one offered (what a keyboard player gets by pressing Enter on the first choice).
 */
export function playPath(scenario: Scenario, seed: number, strategies: readonly string[], firstAnswer = false): GameState {
  const answers: Record<string, string> = {};
  if (firstAnswer) {
    for (let year = 2007; year <= 2030; year++) {
      for (const e of scenario.events) {
        const first = e.choice?.options[0]?.id;
        if (first) answers[answerKey(year, e.id)] = first;
      }
    }
  }
  const record: GameRecord = { setup: defaultSetup(scenario, { seed }), decisions: strategies.map((strategy) => ({ strategy })), answers };
  const played = play(scenario, record);
  if (!played.ok) throw new Error(`seed ${seed}, ${strategies.join(',')}: ${JSON.stringify(played.error)}`);
  return played.value;
}

export function wordsOfGame(scenario: Scenario, game: GameState): GameWords {
  const counts: Record<ScreenKind, number> = { briefing: wordsOf(briefingTexts(scenario)), choice: 0, dialog: 0, year: 0, summary: 0, debrief: 0 };
  const forward = game.terms.map((t, index) => ({ t, index })).filter(({ t }) => !t.prologue);
  forward.forEach(({ t, index }, i) => {
    const before = game.history.filter((r) => r.term < index);
    const scores = before[before.length - 1]?.scores ?? game.initialScores;
    const previous = game.terms[index - 1]?.decision?.strategy ?? null;
    if (t.decision) counts.choice += wordsOf(choiceTexts(scenario, game, i + 1, t.decision.strategy, { term: i + 1, previous, scores }));
    counts.year += wordsOf(inaugurationTexts(scenario, game, index, i + 1));
    for (const record of game.history.filter((r) => r.term === index)) {
      for (const e of record.events) if (e.choice !== undefined) counts.dialog += wordsOf(dialogTexts(scenario, record.year, e.id));
      counts.year += wordsOf(yearTexts(scenario, game, record, i + 1));
    }
    const summary = selectTermSummary({ scenario, game: { ...game, termIndex: index } } as unknown as GameStore);
    if (summary) counts.summary += wordsOf(summaryTexts(scenario, summary));
  });
  const first = game.history.find((r) => !game.terms[r.term]?.prologue)?.year ?? 0;
  counts.debrief = wordsOf(debriefTopTexts(first, game.history[game.history.length - 1]?.year ?? 0));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { ...counts, total };
}

