import { describe, expect, it } from 'vitest';
import { realScenario } from '../../../../tests/unit/load-test-scenario.ts';
import { defaultSetup, play, type AimId, type GameRecord, type GameState } from '../../../engine/index.ts';
import { AIM_MEASURES, aimValue, judgePriorities, placeAmong } from './priorities-judgement.ts';

const scenario = realScenario();
const ranking: readonly AimId[] = ['lives', 'law', 'support', 'sovereignty', 'cooperation'];

function finished(record: GameRecord): GameState {
  const played = play(scenario, record);
  if (!played.ok) throw new Error(played.error.message);
  return played.value;
}

const setup = { ...defaultSetup(scenario, { seed: 31337 }), priorities: ranking };
const mixed = finished({ setup, decisions: [{ strategy: 'B' }, { strategy: 'C+LE' }, { strategy: 'A' }], answers: {} });

describe('placing a result among the paths', () => {
  it('counts only the paths that do strictly better, either way round, and marks ties', () => {
    expect(placeAmong(5, [5, 7, 3, 9], 'higher')).toEqual({ place: 3, tied: false });
    expect(placeAmong(5, [5, 7, 3, 9], 'lower')).toEqual({ place: 2, tied: false });
    expect(placeAmong(5, [5, 5, 9], 'higher')).toEqual({ place: 2, tied: true });
    expect(placeAmong(5, [5], 'lower')).toEqual({ place: 1, tied: false });
  });

  it('reads a measure over the player’s years only: total, mean or the last year', () => {
    const prologue = finished({ setup: defaultSetup(scenario, { seed: 5, start: '2006' }), decisions: [{ strategy: 'A' }, { strategy: 'A' }, { strategy: 'A' }], answers: {} });
    const years = prologue.history.filter((r) => r.year >= 2013);
    expect(prologue.history[0]?.year).toBeLessThan(2013);
    const deaths = years.reduce((s, r) => s + (r.scores['violence'] ?? 0), 0);
    expect(aimValue(prologue, AIM_MEASURES.lives, 2013)).toBeCloseTo(deaths, 6);
    expect(aimValue(prologue, AIM_MEASURES.support, 2013)).toBeCloseTo(years.reduce((s, r) => s + (r.scores['publicSupport'] ?? 0), 0) / years.length, 9);
    expect(aimValue(prologue, AIM_MEASURES.law, 2013)).toBe(years.at(-1)?.scores['policeCapacity']);
  });
});

describe('judging a game against the player’s priorities', () => {
  const judgement = judgePriorities(scenario, mixed);
  if (!judgement) throw new Error('no judgement');

  it('is absent when the player ranked nothing', () => {
    const { priorities: _p, ...unranked } = setup;
    expect(judgePriorities(scenario, finished({ setup: unranked, decisions: [{ strategy: 'B' }, { strategy: 'C+LE' }, { strategy: 'A' }], answers: {} }))).toBeNull();
  });

  it('reads every aim in the player’s order against the five pure paths, over 2013–2030', () => {
    expect(judgement.readings.map((r) => r.aim)).toEqual(ranking);
    expect(judgement.readings.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(judgement.strategies).toEqual(['A', 'B', 'C', 'C+LE', 'D']);
    expect(judgement.paths).toBe(6);
    expect([judgement.firstYear, judgement.lastYear]).toEqual([2013, 2030]);
  });

  it('places the player’s value by hand-countable rule, and the pure paths are real full games', () => {
    for (const r of judgement.readings) {
      expect(r.value).toBe(r.values[0]);
      expect(r.values).toHaveLength(6);
      const better = r.values.filter((v) => (r.measure.better === 'higher' ? v > r.value : v < r.value)).length;
      expect(r.place).toBe(better + 1);
    }
    const pureC = finished({ setup, decisions: [{ strategy: 'C' }, { strategy: 'C' }, { strategy: 'C' }], answers: {} });
    const lives = judgement.readings.find((r) => r.aim === 'lives');
    expect(lives?.values[3]).toBeCloseTo(aimValue(pureC, AIM_MEASURES.lives, 2013), 6);
  });

  it('weights the places by rank: five for the first aim down to one for the last', () => {
    const expected = judgement.readings.reduce((s, r) => s + (6 - r.rank) * r.place, 0) / 15;
    expect(judgement.weightedPlace).toBeCloseTo(expected, 12);
  });

  it('ties a player who played one strategy throughout with that pure path, on every aim', () => {
    const allD = finished({ setup, decisions: [{ strategy: 'D' }, { strategy: 'D' }, { strategy: 'D' }], answers: {} });
    const j = judgePriorities(scenario, allD);
    for (const r of j?.readings ?? []) {
      expect(r.values[5]).toBe(r.value);
      expect(r.tied).toBe(true);
    }
    expect(j?.readings).toHaveLength(5);
  });

  it('leaves out strategies the set-up does not allow', () => {
    const restricted = finished({ setup: { ...setup, allowedOptions: ['A', 'B'] }, decisions: [{ strategy: 'A' }, { strategy: 'B' }, { strategy: 'B' }], answers: {} });
    expect(judgePriorities(scenario, restricted)?.strategies).toEqual(['A', 'B']);
    expect(judgePriorities(scenario, restricted)?.paths).toBe(3);
  });
});

describe('the ranking is not a model input', () => {
  it('a game played with any ranking, or none, has the same years, scores and luck', () => {
    const { priorities: _p, ...unranked } = setup;
    const decisions = [{ strategy: 'B' }, { strategy: 'C+LE' }, { strategy: 'A' }];
    const plain = finished({ setup: unranked, decisions, answers: {} });
    const reversed = finished({ setup: { ...unranked, priorities: [...ranking].reverse() }, decisions, answers: {} });
    for (const g of [mixed, reversed]) {
      expect(g.history).toEqual(plain.history);
      expect(g.rng).toEqual(plain.rng);
      expect(g.scores).toEqual(plain.scores);
    }
  });
});
