// The engine's contract, checked over every strategy path and many seeds.
import { describe, expect, it } from 'vitest';
import { allPaths, realScenario } from '../../tests/unit/load-test-scenario.ts';
import { loadSourceTexts } from '../content/load-sources-node.ts';
import { defaultSetup, play as playRecord, step, type GameState, type Scenario } from './index.ts';
import { actionsOf, stepThrough } from '../../tests/unit/record-actions.ts';

const scenario = realScenario();
const sources = loadSourceTexts();
const paths = allPaths(3);
const SEEDS_PER_PATH = 8;

function play(s: Scenario, path: readonly string[], seed: number, start: '2012' | '2006' = '2012') {
  const record = { setup: defaultSetup(s, { seed, start }), decisions: path.map((strategy) => ({ strategy })), answers: {} };
  const result = playRecord(s, record);
  const actions = actionsOf(s, record);
  if (!result.ok) throw new Error(result.error.message);
  if (!actions.ok) throw new Error(actions.error.message);
  return { state: result.value, actions: actions.value };
}

const replay = stepThrough;

function forEveryGame(check: (state: GameState, path: readonly string[], seed: number) => void) {
  for (const path of paths) for (let seed = 1; seed <= SEEDS_PER_PATH; seed++) check(play(scenario, path, seed * 7919 + path.length).state, path, seed);
}

describe(`engine invariants over ${paths.length} strategy paths × ${SEEDS_PER_PATH} seeds`, () => {
  it('plays 18 years for every path', () => {
    forEveryGame((state) => {
      expect(state.phase).toBe('finished');
      expect(state.history.map((r) => r.year)).toEqual(Array.from({ length: 18 }, (_, i) => 2013 + i));
    });
  });

  it('the deltas of each score add up to its change', () => {
    forEveryGame((state) => {
      for (const def of scenario.scores) {
        const sum = state.history.reduce((s, r) => s + r.changes.filter((c) => c.target === def.id).reduce((a, c) => a + c.delta, 0), 0);
        const change = (state.scores[def.id] ?? 0) - (state.initialScores[def.id] ?? 0);
        expect(Math.abs(sum - change)).toBeLessThan(def.format === 'count' ? 1e-6 : 1e-9);
      }
    });
  });

  it('overall cooperation is always the weighted combination of the services', () => {
    forEveryGame((state) => {
      for (const r of state.history) {
        const expected = Object.entries(scenario.cooperation.weights).reduce((s, [id, w]) => s + w * (r.scores[id] ?? 0), 0);
        expect(r.scores['cooperation']).toBeCloseTo(expected, 9);
      }
    });
  });

  it('scores stay within their bounds', () => {
    forEveryGame((state) => {
      for (const r of state.history) {
        for (const def of scenario.scores) {
          const v = r.scores[def.id] ?? Number.NaN;
          expect(v).toBeGreaterThanOrEqual(def.min - 1e-9);
          expect(v).toBeLessThanOrEqual(def.max + 1e-9);
        }
      }
    });
  });

  it('every change names a known factor and rule, and its source names a known document and existing lines', () => {
    const factors = new Set(scenario.factors.map((f) => f.id));
    const rules = new Map(scenario.rules.map((r) => [r.id, r]));
    const events = new Map(scenario.events.map((e) => [e.id, e]));
    // Every change is checked; problems are collected and asserted once (hundreds of thousands of `expect` calls
    // would make this test take a minute).
    const problems = new Set<string>();
    forEveryGame((state) => {
      for (const r of state.history) {
        for (const c of r.changes) {
          if (!factors.has(c.factor)) problems.add(`unknown factor ${c.factor}`);
          const citations = c.rule.startsWith('event:')
            ? events.get(c.rule.split(':')[1] ?? '')?.sources
            : (rules.get(c.rule)?.sources ?? scenario.factors.find((f) => f.id === c.factor)?.sources);
          if (!citations || citations.length === 0) problems.add(`no citation for ${c.rule}`);
          for (const cite of citations ?? []) {
            if (!('doc' in cite)) {
              if (!/^https?:\/\//.test(cite.url)) problems.add(`${c.rule}: web source without an address`);
              continue;
            }
            if (sources[cite.doc] === undefined) problems.add(`unknown document ${cite.doc}`);
            else if (!(cite.lines[1] <= sources[cite.doc].length)) problems.add(`${c.rule}: ${cite.doc} has no line ${cite.lines[1]}`);
          }
        }
      }
    });
    expect([...problems]).toEqual([]);
  });

  it('stepping the actions one by one gives the driven state exactly, and the state survives a JSON round trip', () => {
    for (const path of paths) {
      const { state, actions } = play(scenario, path, 4242);
      expect(replay(scenario, state.setup, actions)).toEqual(state);
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    }
  });

  it('the same seed gives the same game and another seed a different one', () => {
    const a = play(scenario, ['A', 'A', 'A'], 1).state;
    expect(play(scenario, ['A', 'A', 'A'], 1).state).toEqual(a);
    expect(play(scenario, ['A', 'A', 'A'], 2).state.history).not.toEqual(a.history);
  });

  it('a game saved as JSON at any point and continued ends exactly as the uninterrupted one', () => {
    const { state, actions } = play(scenario, ['B', 'C', 'D'], 99);
    for (const cut of [1, 7, 20, 33, actions.length - 1]) {
      const half = replay(scenario, state.setup, actions.slice(0, cut));
      let revived = JSON.parse(JSON.stringify(half)) as GameState;
      for (const action of actions.slice(cut)) {
        const next = step(revived, action, scenario);
        if (!next.ok) throw new Error(next.error.message);
        revived = next.value;
      }
      expect(revived).toEqual(state);
    }
  });

  it('plays the 2006 prologue before the three sexenios', () => {
    const { state } = play(scenario, ['A', 'B', 'C'], 5, '2006');
    expect(state.history[0]?.year).toBe(2007);
    expect(state.history).toHaveLength(24);
    expect(state.terms[0]?.decision?.by).toBe('history');
  });
});
