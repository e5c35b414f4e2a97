import { describe, expect, it } from 'vitest';
import { realScenario } from '../../../../tests/unit/load-test-scenario.ts';
import { defaultSetup, mainScore, play as playRecord, type Decision, type YearRecord } from '../../../engine/index.ts';
import { actionsOf } from '../../../../tests/unit/record-actions.ts';
import { selectDebrief } from '../../../state/selectors.ts';
import type { GameStore } from '../../../state/store.ts';
import { luckPaths } from './luck-section.tsx';
import { forecastOutcome, forecastScore, OTHER_FACTORS, promptsFor, runExport, waterfalls, yearGroups, yearlyCsv } from './debrief-data.ts';
import { termGhosts } from './ghost-section.tsx';
import { monteCarlo } from '../../../engine/index.ts';
import { outcomeRow, outcomeScoreIds, outcomesOf, outcomeValue } from './outcomes.ts';
import { extremes, purePaths, spanOf, tradeoffRows, YOURS } from './tradeoff-data.ts';

const scenario = realScenario();

const MAIN = mainScore(scenario).id;

function play(seed: number, decisions: readonly Decision[], start: '2012' | '2006' = '2012') {
  const record = { setup: defaultSetup(scenario, { seed, start }), decisions, answers: {} };
  const r = playRecord(scenario, record);
  const actions = actionsOf(scenario, record);
  if (!r.ok) throw new Error(r.error.message);
  if (!actions.ok) throw new Error(actions.error.message);
  return { state: r.value, actions: actions.value };
}

function sumDeltas(records: readonly YearRecord[], target: string): number {
  let sum = 0;
  for (const r of records) for (const c of r.changes) if (c.target === target) sum += c.delta;
  return sum;
}

const { state: game, actions } = play(11, [
  { strategy: 'A', rationale: 'Stay the course', forecast: 'rise' },
  { strategy: 'C', forecast: 'fall' },
  { strategy: 'D', forecast: 'rise' },
]);

describe('waterfalls', () => {
  it.each([
    ['AAA', 3, ['A', 'A', 'A']],
    ['B C+LE D', 5, ['B', 'C+LE', 'D']],
    ['D C B', 9, ['D', 'C', 'B']],
  ])('bars sum exactly to end − start for each term (%s, seed %i)', (_name, seed, path) => {
    const { state } = play(seed, path.map((strategy) => ({ strategy })));
    const falls = waterfalls(state, MAIN);
    expect(falls).toHaveLength(3);
    for (const w of falls) {
      const sum = w.bars.reduce((s, b) => s + b.delta, 0);
      expect(sum).toBeCloseTo(w.end - w.start, 9);
      expect(w.bars.at(-1)?.to ?? w.start).toBeCloseTo(w.end, 9);
      expect(w.bars.length).toBeLessThanOrEqual(6);
      // Each bar starts where the previous one ended.
      w.bars.forEach((b, i) => expect(b.from).toBeCloseTo(i === 0 ? w.start : (w.bars[i - 1]?.to ?? NaN), 9));
    }
    expect(falls[0]?.start).toBeCloseTo(state.initialScores['cooperation'] ?? NaN, 9);
    expect(falls[2]?.end).toBeCloseTo(state.scores['cooperation'] ?? NaN, 9);
  });

  it('folds small factors into one "other" bar, and matches the ledger', () => {
    const falls = waterfalls(game, 'cooperation', 3);
    const w = falls[1];
    if (!w) throw new Error('no term');
    expect(w.bars).toHaveLength(3);
    expect(w.bars[2]?.factor).toBe(OTHER_FACTORS);
    const records = game.history.filter((r) => r.term === 1);
    expect(w.end - w.start).toBeCloseTo(sumDeltas(records, 'cooperation'), 9);
  });

  it('covers the prologue as a term of its own', () => {
    const { state } = play(2, [{ strategy: 'B' }, { strategy: 'B' }, { strategy: 'B' }], '2006');
    expect(waterfalls(state, MAIN).map((w) => w.term)).toEqual([0, 1, 2, 3]);
  });
});

describe('forecasts', () => {
  const decisions = selectDebrief({ scenario, game } as unknown as GameStore)?.decisions ?? [];

  it('scores each forecast against what cooperation did over the term', () => {
    const expected = decisions.filter((d) => d.forecast && forecastOutcome(d) === d.forecast).length;
    expect(forecastScore(decisions)).toEqual({ correct: expected, total: 3 });
  });

  it('reads rise, fall and same', () => {
    expect(forecastOutcome({ mainStart: 40, mainEnd: 45 })).toBe('rise');
    expect(forecastOutcome({ mainStart: 40, mainEnd: 35 })).toBe('fall');
    expect(forecastOutcome({ mainStart: 40, mainEnd: 40 })).toBe('same');
    expect(forecastScore([])).toEqual({ correct: 0, total: 0 });
  });
});

describe('discussion prompts', () => {
  it('the scenario has about a dozen prompts whose options and events exist', () => {
    const prompts = scenario.discussionPrompts ?? [];
    expect(prompts.length).toBeGreaterThanOrEqual(12);
    const strategies = new Set(scenario.options.flatMap((o) => [o.id, ...o.variants.map((v) => v.id)]));
    const events = new Set(scenario.events.map((e) => e.id));
    for (const p of prompts) {
      for (const o of p.when.options ?? []) expect(strategies.has(o), `${p.id}: ${o}`).toBe(true);
      for (const e of p.when.events ?? []) expect(events.has(e), `${p.id}: ${e}`).toBe(true);
      expect(p.when.always || (p.when.options?.length ?? 0) + (p.when.events?.length ?? 0) > 0, p.id).toBeTruthy();
    }
  });

  it('chooses prompts for the options used and the events met', () => {
    const ids = promptsFor(scenario, game).map((p) => p.id);
    expect(ids).toContain('two-schools');
    expect(ids).toContain('option-a-costs');
    expect(ids).toContain('option-c-law-enforcement');
    expect(ids).toContain('option-d-what-survives');
    expect(ids).not.toContain('option-b-time');
    const met = new Set(game.history.flatMap((r) => r.events.map((e) => e.id)));
    for (const p of promptsFor(scenario, game)) {
      if (p.when.events && !p.when.always && !p.when.options) expect(p.when.events.some((e) => met.has(e)), p.id).toBe(true);
    }
  });
});

describe('year groups and decisions', () => {
  it('groups a year’s changes by score with before, after and total', () => {
    const year = game.history[4]?.year ?? 0;
    const groups = yearGroups(scenario, game, year);
    expect(groups[0]?.def.id).toBe('cooperation');
    for (const g of groups) expect(g.after - g.before).toBeCloseTo(g.total, 9);
    expect(yearGroups(scenario, game, 1900)).toEqual([]);
  });

  it('reads the player’s decisions for luck versus choice from the game’s record, without their notes', () => {
    const [yours, ...fixed] = luckPaths(scenario, game);
    expect(yours?.decisions.map((d) => d.strategy)).toEqual(['A', 'C', 'D']);
    expect(yours?.decisions[0]).not.toHaveProperty('rationale');
    expect(yours?.decisions[0]).not.toHaveProperty('party');
    expect(fixed.map((p) => p.id)).toEqual(['A', 'B', 'C', 'C+LE', 'D']);
    const chosen = play(11, [{ strategy: 'A', party: 'PAN' }, { strategy: 'C' }, { strategy: 'D' }]).state;
    expect(luckPaths(scenario, chosen)[0]?.decisions.map((d) => d.party)).toEqual(['PAN', undefined, undefined]);
  });
});

describe('outcomes', () => {
  it('reads cooperation and support at the end and deaths summed over the years', () => {
    const [coop, deaths, support] = outcomesOf(scenario);
    expect([coop?.id, deaths?.id, support?.id]).toEqual(['cooperation', 'deaths', 'support']);
    expect(coop && outcomeValue(coop, game.history)).toBeCloseTo(game.scores['cooperation'] ?? NaN, 9);
    expect(support && outcomeValue(support, game.history)).toBeCloseTo(game.scores['publicSupport'] ?? NaN, 9);
    const total = game.history.reduce((s, r) => s + (r.scores['violence'] ?? 0), 0);
    expect(deaths && outcomeValue(deaths, game.history)).toBeCloseTo(total, 6);
    expect(total).toBeGreaterThan(18 * 1000);
    expect(outcomeScoreIds(scenario)).toEqual(['cooperation', 'sedena', 'semar', 'violence', 'publicSupport']);
  });

  it('makes a table row of finals, total and last-year deaths, and support', () => {
    const row = outcomeRow(scenario, 'x', game.history);
    const last = game.history.at(-1);
    expect(row.lastYear).toBe(2030);
    expect(Object.keys(row.finals)).toEqual(['cooperation', 'sedena', 'semar']);
    expect(row.finals['semar']).toBe(last?.scores['semar']);
    expect(row.deathsLast).toBe(last?.scores['violence']);
    expect(row.support).toBe(last?.scores['publicSupport']);
    expect(row.deaths).toBeCloseTo(game.history.reduce((s, r) => s + (r.scores['violence'] ?? 0), 0), 6);
  });

  it('carries deaths and support through each sexenio’s roads not taken', () => {
    const [first] = termGhosts(scenario, game);
    expect(first?.ghosts.map((g) => g.strategy)).toEqual(['B', 'C', 'C+LE', 'D']);
    for (const run of [first?.own, ...(first?.ghosts ?? [])]) expect(Object.keys(run?.years[0]?.scores ?? {})).toEqual(outcomeScoreIds(scenario));
    const own = game.history.filter((r) => r.term === 0);
    expect(first?.own.years.map((y) => y.scores['violence'])).toEqual(own.map((r) => r.scores['violence']));
  });
});

describe('trade-off', () => {
  const rows = tradeoffRows(scenario, game);

  it('plays each pure path on the player’s seed, after the player’s own game', () => {
    expect(rows.map((r) => r.id)).toEqual([YOURS, 'A', 'B', 'C', 'C+LE', 'D']);
    expect(rows[0]).toEqual(outcomeRow(scenario, YOURS, game.history));
    const paths = purePaths(scenario, game);
    expect(paths.map((p) => p.decisions.map((d) => d.strategy).join(''))).toEqual(['AAA', 'BBB', 'CCC', 'C+LEC+LEC+LE', 'DDD']);
    const d = monteCarlo(scenario, game.setup, paths[4]?.decisions ?? [], 1);
    expect(rows[5]?.finals['cooperation']).toBe(d.finals['cooperation']?.[0]);
    expect(rows[5]?.deaths).toBeCloseTo(d.totals['violence']?.[0] ?? NaN, 6);
    // Different strategies end in different places.
    expect(new Set(rows.map((r) => Math.round(r.deaths ?? 0))).size).toBeGreaterThan(3);
  });

  it('names the lowest and highest of a number, and the years the totals cover', () => {
    const c = extremes(rows, (r) => r.finals['cooperation'] ?? null);
    const values = rows.map((r) => r.finals['cooperation'] ?? NaN);
    expect(c?.low.value).toBe(Math.min(...values));
    expect(c?.high.value).toBe(Math.max(...values));
    expect(rows.find((r) => r.id === c?.high.id)?.finals['cooperation']).toBe(c?.high.value);
    expect(extremes([], () => 1)).toBeNull();
    expect(spanOf(game)).toBe('2013–2030');
    expect(spanOf(play(2, [{ strategy: 'B' }, { strategy: 'B' }, { strategy: 'B' }], '2006').state)).toBe('2007–2030');
  });
});

describe('exports', () => {
  it('JSON holds set-up, decisions, actions, yearly scores and every change, and survives a round trip', () => {
    const data = runExport(scenario, game, actions, { code: 'SX3.body.check', className: 'Seminar 3', nickname: 'Pair 7', exportedAt: '2026-12-02T10:34:00.000Z', includeReasoning: true });
    const back = JSON.parse(JSON.stringify(data)) as typeof data;
    expect(back).toMatchObject({ kind: 'sexenio-run', version: 2, code: 'SX3.body.check', class: 'Seminar 3', nickname: 'Pair 7', exportedAt: '2026-12-02T10:34:00.000Z' });
    expect(back.setup).toEqual(game.setup);
    expect(back.decisions.map((d) => d.strategy)).toEqual(['A', 'C', 'D']);
    expect(back.decisions[0]?.rationale).toBe('Stay the course');
    expect(back.actions).toHaveLength(actions.length);
    expect(back.years).toHaveLength(18);
    expect(back.changes).toHaveLength(game.history.reduce((s, r) => s + r.changes.length, 0));
  });

  it('JSON leaves the reasons and forecasts out of decisions and actions when the player leaves them out of the code', () => {
    const data = runExport(scenario, game, actions, { code: 'SX3.x.y', exportedAt: '2026-12-02T10:34:00.000Z', includeReasoning: false });
    expect(JSON.stringify(data)).not.toContain('Stay the course');
    expect(data.decisions.every((d) => d.rationale === undefined && d.forecast === undefined)).toBe(true);
    expect(data.actions).toHaveLength(actions.length);
    expect('class' in data || 'nickname' in data).toBe(false);
  });

  it('CSV has a header and one row per year, with every score', () => {
    const csv = yearlyCsv(scenario, game);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(19);
    const head = lines[0]?.split(',') ?? [];
    expect(head.slice(0, 3)).toEqual(['year', 'term', 'strategy']);
    expect(head).toContain('cooperation');
    expect(head.at(-1)).toBe('events');
    const first = lines[1]?.split(',') ?? [];
    expect(first[0]).toBe('2013');
    expect(Number(first[head.indexOf('cooperation')])).toBeCloseTo(game.history[0]?.scores['cooperation'] ?? NaN, 2);
  });
});
