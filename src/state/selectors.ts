// Everything a screen shows is read through these selectors. Derived values are memoized on the game state,
// so a component re-renders only when the game moves. Ids, numbers and content definitions; never prose.
import { contributions, headlineIds, mainScore, strategyOf, type EventDef, type FactorContribution, type GameState, type Scenario, type ScoreDef, type Scores, type TermState, type YearRecord } from '../engine/index.ts';
import { eventById } from '../content/change-source.ts';
import { whyGroups, type WhyGroup } from './why-groups.ts';
import type { GameStore } from './store.ts';

export const selectScenario = (s: GameStore) => s.scenario;
export const selectGame = (s: GameStore) => s.game;
export const selectScreen = (s: GameStore) => s.screen;
export const selectLoadErrors = (s: GameStore) => s.loadErrors;
export const selectContentStatus = (s: GameStore) => s.contentStatus;
export const selectLastError = (s: GameStore) => s.lastError;
export const selectLocale = (s: GameStore) => s.locale;
export const selectReducedMotion = (s: GameStore) => s.reducedMotion;
export const selectShortcuts = (s: GameStore) => s.shortcuts;
export const selectWhyOpen = (s: GameStore) => s.whyOpen;
export const selectAutoPlay = (s: GameStore) => s.autoPlay;
export const selectAnnouncement = (s: GameStore) => s.announcement;
export const selectActions = (s: GameStore) => s.actions;
export const selectPhase = (s: GameStore) => s.game?.phase ?? null;

/** Memoizes a derivation of (scenario, game) on their identity: one entry, since there is one store. */
function fromGame<T>(derive: (scenario: Scenario, game: GameState) => T): (s: GameStore) => T | null {
  let lastScenario: Scenario | null = null;
  let lastGame: GameState | null = null;
  let last: T | null = null;
  return (s) => {
    if (!s.scenario || !s.game) return null;
    if (s.scenario !== lastScenario || s.game !== lastGame) {
      lastScenario = s.scenario;
      lastGame = s.game;
      last = derive(s.scenario, s.game);
    }
    return last;
  };
}

/** The content's headline scores first (overall cooperation, SEDENA, SEMAR here), then the rest, each in the scenario's order. */
export function orderedScores(scenario: Scenario): ScoreDef[] {
  return [...scenario.scores.filter((d) => d.headline === true), ...scenario.scores.filter((d) => d.headline !== true)];
}

/** Scores before a record's year resolved: the previous record's, or the game's start. */
export function scoresBefore(game: GameState, record: YearRecord): Scores {
  const i = game.history.indexOf(record);
  return (i > 0 ? game.history[i - 1]?.scores : undefined) ?? game.initialScores;
}

export function termScoresAtStart(game: GameState, termIndex: number): Scores {
  const first = game.history.find((r) => r.term === termIndex);
  if (first) return scoresBefore(game, first);
  return game.history[game.history.length - 1]?.scores ?? game.initialScores;
}

/** The sexenio's number as players count it: the prologue is 0, the first forward term is 1. */
export function termNumber(game: GameState, term: TermState): number {
  return term.prologue ? 0 : term.index + (game.terms[0]?.prologue ? 0 : 1);
}

export type ScoreView = { readonly def: ScoreDef; readonly value: number; readonly previous: number; readonly delta: number };
/** A year of the term's timeline, with the main score (see mainScore) after it, once resolved. */
export type TimelineYear = { readonly year: number; readonly status: 'done' | 'current' | 'upcoming'; readonly value: number | null };

export type YearView = {
  readonly term: TermState;
  readonly termNumber: number;
  readonly forwardTerms: number;
  readonly record: YearRecord | null;
  readonly scores: readonly ScoreView[];
  readonly timeline: readonly TimelineYear[];
  /** The year the next step resolves, or null at the end of the term. */
  readonly nextYear: number | null;
};

export const selectYearView = fromGame((scenario, game): YearView | null => {
  const term = game.terms[game.termIndex];
  if (!term) return null;
  const records = game.history.filter((r) => r.term === game.termIndex);
  const record = records[records.length - 1] ?? null;
  const now = record?.scores ?? game.scores;
  const before = record ? scoresBefore(game, record) : game.scores;
  const scores = orderedScores(scenario).map((def) => {
    const value = now[def.id] ?? 0;
    const previous = before[def.id] ?? value;
    return { def, value, previous, delta: record ? value - previous : 0 };
  });
  const last = term.startYear + term.years - 1;
  const main = mainScore(scenario).id;
  const timeline = Array.from({ length: term.years }, (_, i): TimelineYear => {
    const year = term.startYear + i;
    const r = records.find((x) => x.year === year);
    return { year, status: r ? (r === record ? 'current' : 'done') : 'upcoming', value: r?.scores[main] ?? null };
  });
  return {
    term,
    termNumber: termNumber(game, term),
    forwardTerms: game.terms.filter((t) => !t.prologue).length,
    record,
    scores,
    timeline,
    nextYear: game.year < last ? game.year + 1 : null,
  };
});

export type { FactorRow, WhyGroup } from './why-groups.ts';

/** The "why" list of the latest year: one row per factor, grouped by score (the headline scores first), largest first. */
export const selectWhyGroups = fromGame((scenario, game): { year: number; groups: WhyGroup[] } | null => {
  const record = game.history[game.history.length - 1];
  if (!record || record.term !== game.termIndex) return null;
  return { year: record.year, groups: whyGroups(orderedScores(scenario), record, scoresBefore(game, record)) };
});

export type OutcomeItem = { readonly def: ScoreDef; readonly value: number; readonly delta: number; readonly mainFactor: string | null };
export type YearOutcome = { readonly year: number; readonly items: readonly OutcomeItem[]; readonly events: YearRecord['events'] };

/** What the live region says about the latest year: each headline score's change and the factor that moved it most. */
export const selectYearOutcome = fromGame((scenario, game): YearOutcome | null => {
  const record = game.history[game.history.length - 1];
  if (!record) return null;
  const before = scoresBefore(game, record);
  const items = orderedScores(scenario)
    .filter((d) => d.headline === true)
    .map((def) => ({
      def,
      value: record.scores[def.id] ?? 0,
      delta: (record.scores[def.id] ?? 0) - (before[def.id] ?? 0),
      mainFactor: contributions([record], def.id)[0]?.factor ?? null,
    }));
  return { year: record.year, items, events: record.events };
});

export type PendingEventView = { readonly def: EventDef; readonly year: number };

export const selectPendingEvent = fromGame((scenario, game): PendingEventView | null => {
  if (game.phase !== 'event') return null;
  const first = game.pendingEvents[0];
  const def = first ? eventById(scenario, first.id) : undefined;
  return first && def?.choice ? { def, year: first.year } : null;
});

export type TermSummary = {
  readonly term: TermState;
  readonly termNumber: number;
  readonly isLast: boolean;
  readonly nextTerm: TermState | null;
  readonly records: readonly YearRecord[];
  readonly headline: readonly { def: ScoreDef; start: number; end: number }[];
  readonly others: readonly { def: ScoreDef; start: number; end: number }[];
  readonly factors: Readonly<Record<string, readonly FactorContribution[]>>;
  readonly events: readonly { year: number; def: EventDef; choice: string | undefined }[];
};

export const selectTermSummary = fromGame((scenario, game): TermSummary | null => {
  const term = game.terms[game.termIndex];
  if (!term) return null;
  const records = game.history.filter((r) => r.term === game.termIndex);
  const start = termScoresAtStart(game, game.termIndex);
  const end = records[records.length - 1]?.scores ?? game.scores;
  const rows = orderedScores(scenario).map((def) => ({ def, start: start[def.id] ?? 0, end: end[def.id] ?? 0 }));
  const isHeadline = (id: string) => rows.some((r) => r.def.id === id && r.def.headline === true);
  return {
    term,
    termNumber: termNumber(game, term),
    isLast: game.termIndex === game.terms.length - 1,
    nextTerm: game.terms[game.termIndex + 1] ?? null,
    records,
    headline: rows.filter((r) => isHeadline(r.def.id)),
    others: rows.filter((r) => !isHeadline(r.def.id)),
    factors: Object.fromEntries(headlineIds(scenario).map((id) => [id, contributions(records, id)])),
    events: eventsOf(scenario, records),
  };
});

function eventsOf(scenario: Scenario, records: readonly YearRecord[]) {
  return records.flatMap((r) =>
    r.events.flatMap((o) => {
      const def = eventById(scenario, o.id);
      return def ? [{ year: r.year, def, choice: o.choice }] : [];
    }),
  );
}

export type DebriefRow = { readonly year: number; readonly term: number; readonly strategy: string; readonly scores: Scores; readonly events: readonly string[] };
export type DebriefDecision = {
  readonly term: TermState;
  readonly termNumber: number;
  readonly strategy: string | null;
  readonly optionId: string | null;
  readonly party: string | null;
  readonly by: 'player' | 'history' | 'model' | null;
  readonly rationale: string | undefined;
  readonly forecast: 'rise' | 'fall' | undefined;
  /** The main score (overall cooperation here) at the term's start and end, so a forecast can be read against what happened. */
  readonly mainStart: number;
  readonly mainEnd: number;
};

export type Debrief = {
  readonly rows: readonly DebriefRow[];
  readonly decisions: readonly DebriefDecision[];
  readonly profile: readonly { def: ScoreDef; start: number; end: number; min: number; max: number }[];
  readonly factors: readonly FactorContribution[];
  readonly events: readonly { year: number; def: EventDef; choice: string | undefined }[];
};

export const selectDebrief = fromGame((scenario, game): Debrief => {
  const rows = game.history.map((r) => ({ year: r.year, term: r.term, strategy: r.strategy, scores: r.scores, events: r.events.map((e) => e.id) }));
  const main = mainScore(scenario).id;
  const decisions = game.terms.map((term): DebriefDecision => {
    const records = game.history.filter((r) => r.term === term.index);
    const d = term.decision;
    return {
      term,
      termNumber: termNumber(game, term),
      strategy: d?.strategy ?? null,
      optionId: d ? (strategyOf(scenario, d.strategy)?.option.id ?? null) : null,
      party: d?.party ?? null,
      by: d?.by ?? null,
      rationale: d?.rationale,
      forecast: d?.forecast,
      mainStart: termScoresAtStart(game, term.index)[main] ?? 0,
      mainEnd: records[records.length - 1]?.scores[main] ?? 0,
    };
  });
  const profile = orderedScores(scenario).map((def) => {
    // The lowest and highest include where the game started: a score that only fell is highest at its start.
    const start = game.initialScores[def.id] ?? 0;
    const values = [start, ...game.history.map((r) => r.scores[def.id] ?? 0)];
    return {
      def,
      start,
      end: game.scores[def.id] ?? 0,
      min: Math.min(...values),
      max: Math.max(...values),
    };
  });
  return { rows, decisions, profile, factors: contributions(game.history, main), events: eventsOf(scenario, game.history) };
});
