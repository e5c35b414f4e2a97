import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { defaultSetup, ghostRuns, headlineIds, play, strategyIds, type GameRecord } from './index.ts';

const scenario = realScenario();
const setup = defaultSetup(scenario, { seed: 4242 });
const record: GameRecord = { setup, decisions: [{ strategy: 'B' }, { strategy: 'C+LE' }, { strategy: 'A' }], answers: {} };
const played = play(scenario, record);
if (!played.ok) throw new Error(played.error.message);
const state = played.value;

describe('ghostRuns', () => {
  it('replays the player’s own strategy for a term exactly (no events asked, defaults otherwise)', () => {
    for (const termIndex of [0, 1, 2]) {
      const own = state.terms[termIndex]?.decision?.strategy ?? '';
      const [ghost] = ghostRuns(scenario, record, termIndex, [own]);
      const real = state.history.filter((r) => r.term === termIndex);
      expect(ghost?.years.map((y) => y.year)).toEqual(real.map((r) => r.year));
      expect(ghost?.years.at(-1)?.scores['cooperation']).toBeCloseTo(real.at(-1)?.scores['cooperation'] ?? NaN, 9);
    }
  });

  it('starts every alternative from the same state and plays exactly the term’s years', () => {
    const others = strategyIds(scenario).filter((s) => s !== 'C+LE');
    const ghosts = ghostRuns(scenario, record, 1, others);
    expect(ghosts.map((g) => g.strategy)).toEqual(others);
    const startCoop = state.history.filter((r) => r.term === 0).at(-1)?.scores['cooperation'];
    for (const g of ghosts) {
      expect(g.start.scores['cooperation']).toBeCloseTo(startCoop ?? NaN, 9);
      expect(g.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    }
    // Different strategies give different paths.
    expect(new Set(ghosts.map((g) => g.years.at(-1)?.scores['cooperation']?.toFixed(6))).size).toBeGreaterThan(1);
  });

  it('carries the content’s headline scores, and only those', () => {
    const [ghost] = ghostRuns(scenario, record, 0, ['D']);
    expect(Object.keys(ghost?.start.scores ?? {})).toEqual(headlineIds(scenario));
    expect(headlineIds(scenario).length).toBeGreaterThan(0);
  });

  it('carries other scores when asked, with the same years', () => {
    const ids = ['cooperation', 'violence', 'publicSupport'];
    const [ghost] = ghostRuns(scenario, record, 0, ['B'], ids);
    const real = state.history.filter((r) => r.term === 0);
    expect(Object.keys(ghost?.start.scores ?? {})).toEqual(ids);
    ghost?.years.forEach((y, i) => {
      expect(Object.keys(y.scores)).toEqual(ids);
      expect(y.scores['violence']).toBeCloseTo(real[i]?.scores['violence'] ?? NaN, 6);
    });
    expect(ghost?.years.at(-1)?.scores['violence']).toBeGreaterThan(1000);
  });

  it('is deterministic and leaves out what the set-up forbids', () => {
    expect(ghostRuns(scenario, record, 2, ['A', 'D'])).toEqual(ghostRuns(scenario, record, 2, ['A', 'D']));
    const limited = { ...record, setup: { ...setup, allowedOptions: ['B', 'C', 'A'] } };
    expect(ghostRuns(scenario, limited, 0, ['A', 'D']).map((g) => g.strategy)).toEqual(['A']);
  });

  it('returns nothing for a term the player did not choose', () => {
    expect(ghostRuns(scenario, record, 7, ['A'])).toEqual([]);
    const oneTerm = { ...record, setup: { ...setup, succession: 'model' as const }, decisions: [{ strategy: 'B' }] };
    expect(ghostRuns(scenario, oneTerm, 1, ['A'])).toEqual([]);
    expect(ghostRuns(scenario, oneTerm, 0, ['A'])).toHaveLength(1);
  });
});
