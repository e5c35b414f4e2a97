// Pure derivations for the debrief: per-sexenio waterfalls, the forecast score, the prompts that apply, and the
// exported files. Numbers and ids only; the components turn them into words.
import { contributions, strategyOf, type Action, type DiscussionPromptDef, type GameState, type Scenario } from '../../../engine/index.ts';
import { csvText } from '../../../content/csv.ts';
import { orderedScores, type DebriefDecision, type WhyGroup } from '../../../state/selectors.ts';
import { whyGroups } from '../../../state/why-groups.ts';

export type WaterfallBar = { readonly factor: string; readonly delta: number; readonly from: number; readonly to: number };
export type Waterfall = { readonly term: number; readonly start: number; readonly end: number; readonly bars: readonly WaterfallBar[] };

/** The factor id that stands for the sum of the smaller factors. */
export const OTHER_FACTORS = '__other';

/**
 * For each term: a score (the main one, in the debrief) at its start and end, and what each factor added or removed
 * in between, largest first (the rest folded into one "other factors" bar). The bars run from start to end exactly.
 */
export function waterfalls(game: GameState, target: string, limit = 6): Waterfall[] {
  return game.terms.flatMap((term): Waterfall[] => {
    const records = game.history.filter((r) => r.term === term.index);
    if (records.length === 0) return [];
    const firstIndex = game.history.indexOf(records[0]!);
    const start = (firstIndex > 0 ? game.history[firstIndex - 1]?.scores[target] : game.initialScores[target]) ?? 0;
    const all = contributions(records, target).filter((c) => c.delta !== 0);
    const shown = all.length > limit ? all.slice(0, limit - 1) : all;
    const rest = all.slice(shown.length);
    const items = rest.length > 0 ? [...shown, { factor: OTHER_FACTORS, delta: rest.reduce((s, c) => s + c.delta, 0) }] : shown;
    let at = start;
    const bars = items.map((c) => {
      const bar = { factor: c.factor, delta: c.delta, from: at, to: at + c.delta };
      at += c.delta;
      return bar;
    });
    return [{ term: term.index, start, end: records[records.length - 1]?.scores[target] ?? start, bars }];
  });
}

export type ForecastScore = { readonly correct: number; readonly total: number };

export function forecastOutcome(d: Pick<DebriefDecision, 'mainStart' | 'mainEnd'>): 'rise' | 'fall' | 'same' {
  const diff = d.mainEnd - d.mainStart;
  return Math.abs(diff) < 1e-9 ? 'same' : diff > 0 ? 'rise' : 'fall';
}

/** How many of the player's forecasts (rise / fall of the main score over the term) came true. */
export function forecastScore(decisions: readonly DebriefDecision[]): ForecastScore {
  const made = decisions.filter((d) => d.forecast !== undefined);
  return { correct: made.filter((d) => forecastOutcome(d) === d.forecast).length, total: made.length };
}

/** The discussion prompts that fit this game: always, for an option the game used, or for an event that happened. */
export function promptsFor(scenario: Scenario, game: GameState): DiscussionPromptDef[] {
  const options = new Set(
    game.terms.flatMap((t) => {
      const id = t.decision ? strategyOf(scenario, t.decision.strategy)?.option.id : undefined;
      return id ? [id, t.decision?.strategy ?? ''] : [];
    }),
  );
  const events = new Set(game.history.flatMap((r) => r.events.map((e) => e.id)));
  return (scenario.discussionPrompts ?? []).filter(
    (p) => p.when.always === true || (p.when.options ?? []).some((o) => options.has(o)) || (p.when.events ?? []).some((e) => events.has(e)),
  );
}

/**
 * The run as a JSON file, to hand in or to keep. Its shape (version 2):
 *   { kind: "sexenio-run", version: 2,
 *     code: "SX3.…",                 the run code: paste it, or read it from this file, to open the same game
 *     class?: "…", nickname?: "…",   the class link's name and the player's nickname, when there are any
 *     exportedAt: ISO 8601 time,
 *     scenario: { id, version }, setup, decisions (one per term), actions, years (scores), changes (every one) }
 * Without the player's reasons (the hand-in box's choice) the decisions and actions carry none, as the code.
 */
export type RunExport = {
  readonly kind: 'sexenio-run';
  readonly version: 2;
  readonly code: string;
  readonly class?: string;
  readonly nickname?: string;
  readonly exportedAt: string;
  readonly scenario: { readonly id: string; readonly version: number };
  readonly setup: GameState['setup'];
  readonly decisions: readonly { term: number; startYear: number; strategy: string | null; party: string | null; by: string | null; rationale?: string; forecast?: string }[];
  readonly actions: readonly Action[];
  readonly years: readonly { year: number; term: number; strategy: string; events: readonly string[]; scores: Readonly<Record<string, number>> }[];
  readonly changes: readonly { year: number; target: string; delta: number; factor: string; rule: string; event?: string }[];
};

export type HandIn = {
  readonly code: string;
  readonly className?: string | undefined;
  readonly nickname?: string | undefined;
  readonly exportedAt: string;
  readonly includeReasoning: boolean;
};

function withoutReasoning(action: Action): Action {
  if (action.type !== 'strategy/chosen') return action;
  const { rationale: _r, forecast: _f, ...rest } = action;
  return rest;
}

export function runExport(scenario: Scenario, game: GameState, actions: readonly Action[], hand: HandIn): RunExport {
  const reasons = hand.includeReasoning;
  return {
    kind: 'sexenio-run',
    version: 2,
    code: hand.code,
    ...(hand.className ? { class: hand.className } : {}),
    ...(hand.nickname ? { nickname: hand.nickname } : {}),
    exportedAt: hand.exportedAt,
    scenario: { id: scenario.id, version: scenario.version },
    setup: game.setup,
    decisions: game.terms.map((t) => ({
      term: t.index,
      startYear: t.startYear,
      strategy: t.decision?.strategy ?? null,
      party: t.decision?.party ?? null,
      by: t.decision?.by ?? null,
      ...(reasons && t.decision?.rationale !== undefined ? { rationale: t.decision.rationale } : {}),
      ...(reasons && t.decision?.forecast !== undefined ? { forecast: t.decision.forecast } : {}),
    })),
    actions: reasons ? actions : actions.map(withoutReasoning),
    years: game.history.map((r) => ({ year: r.year, term: r.term, strategy: r.strategy, events: r.events.map((e) => e.id), scores: r.scores })),
    changes: game.history.flatMap((r) => r.changes.map((c) => ({ year: r.year, ...c }))),
  };
}

/** One row per year: year, term, strategy, every score (scenario order), events. Comma-separated, CRLF lines, formula-safe. */
export function yearlyCsv(scenario: Scenario, game: GameState): string {
  const ids = scenario.scores.map((s) => s.id);
  const head = ['year', 'term', 'strategy', ...ids, 'events'];
  const rows = game.history.map((r) => [r.year, r.term, r.strategy, ...ids.map((id) => Math.round((r.scores[id] ?? 0) * 1000) / 1000), r.events.map((e) => e.id).join(' ')]);
  return csvText([head, ...rows]);
}

/** The changes of one year, grouped by score as in the "why" list: headline scores first, then the rest by size. */
export function yearGroups(scenario: Scenario, game: GameState, year: number): WhyGroup[] {
  const i = game.history.findIndex((r) => r.year === year);
  const record = game.history[i];
  if (!record) return [];
  const before = (i > 0 ? game.history[i - 1]?.scores : undefined) ?? game.initialScores;
  return whyGroups(orderedScores(scenario), record, before);
}
