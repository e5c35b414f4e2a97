import { describe, expect, it } from 'vitest';
import { playRealCourse } from '../../../content/real-course.ts';
import { defaultSetup, play, type GameState } from '../../../engine/index.ts';
import { realScenario } from '../../test/real-scenario.ts';
import { comparedMeasure, courseRows, indexCheckpoints, indexMoves, indexRows, observedSpan, scoresByYear, seriesSummary, type IndexRow } from './history-series.ts';

const scenario = realScenario();
const history = scenario.history;
if (!history) throw new Error('the scenario has no history');

function realCourse(): GameState {
  const played = playRealCourse(scenario);
  if (!played?.ok) throw new Error('the real course did not play');
  return played.value;
}

function playerGame(start: '2012' | '2006' = '2012'): GameState {
  const decisions = [{ strategy: 'B' }, { strategy: 'C+LE' }, { strategy: 'A' }];
  const played = play(scenario, { setup: defaultSetup(scenario, { seed: 42, start }), decisions, answers: {} });
  if (!played.ok) throw new Error(played.error.message);
  return played.value;
}

describe('the numbers of "What happened next"', () => {
  const real = realCourse();

  it('compares INEGI homicides with the model’s drug-related deaths', () => {
    const measure = comparedMeasure(history);
    expect(measure?.id).toBe('inegi-homicides');
    expect(measure?.comparedWith).toBe('violence');
    expect(observedSpan(history, measure ?? history.measures[0]!)).toEqual({ start: 2012, end: 2024 });
  });

  it('has one row a year from December 2012 to the last year, with the observed series where it was counted', () => {
    const rows = courseRows(history, real);
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: history.lastYear - 2012 + 1 }, (_, i) => 2012 + i));
    expect(rows[0]?.observed).toBe(25967);
    expect(rows.find((r) => r.year === 2018)?.observed).toBe(36685);
    expect(rows.find((r) => r.year === 2025)?.observed).toBeNull();
    // 2012 is the start of the real course (the game's initial scores); 2013 on are its records.
    expect(rows[0]?.real).toEqual(real.initialScores);
    expect(rows[1]?.real).toEqual(real.history[0]?.scores);
    expect(rows.every((r) => r.player === null)).toBe(true);
  });

  it('sets the player’s game beside the real course over the same years only', () => {
    const game = playerGame();
    const rows = courseRows(history, real, game);
    expect(rows[rows.length - 1]?.year).toBe(history.lastYear);
    expect(rows[0]?.player).toEqual(game.initialScores);
    expect(rows.find((r) => r.year === 2020)?.player).toEqual(game.history.find((r) => r.year === 2020)?.scores);
  });

  it('leaves out a prologue’s years: the comparison starts in 2012 as the real course does', () => {
    const game = playerGame('2006');
    expect(game.history[0]?.year).toBe(2007);
    const rows = courseRows(history, real, game);
    expect(rows[0]?.year).toBe(2012);
    expect(rows[0]?.player).toEqual(game.history.find((r) => r.year === 2012)?.scores);
  });

  it('turns each series into an index of its own first year (2012 = 100), with gaps where there is no value', () => {
    const rows = courseRows(history, real, playerGame());
    const index = indexRows(rows, 'violence');
    expect(index[0]).toEqual({ year: 2012, observed: 100, real: 100, player: 100 });
    const y2018 = index.find((r) => r.year === 2018);
    expect(y2018?.observed).toBeCloseTo((36685 / 25967) * 100, 6);
    expect(y2018?.real).toBeCloseTo(((rows.find((r) => r.year === 2018)?.real?.['violence'] ?? 0) / 12000) * 100, 6);
    expect(index.find((r) => r.year === 2025)?.observed).toBeNull();
    expect(indexRows(courseRows(history, real), 'violence').every((r) => r.player === null)).toBe(true);
  });

  it('reads a game’s scores by year, its start included', () => {
    const years = scoresByYear(real);
    expect(years.get(2012)).toBe(real.initialScores);
    expect(years.get(2025)).toBe(real.history[real.history.length - 1]?.scores);
  });

  it('summarises a series for a chart’s text alternative', () => {
    expect(seriesSummary([2012, 2013, 2014, 2015], [null, 3, 9, 4])).toEqual({ first: 3, last: 4, max: 9, maxYear: 2014, lastYear: 2015 });
    expect(seriesSummary([2012], [null])).toBeNull();
  });

  it('reads the index table at the low of the observed series in the first term and at each change of government', () => {
    const rows: IndexRow[] = [
      { year: 2012, observed: 100, real: 100, player: null },
      { year: 2013, observed: 88.8, real: 105.7, player: null },
      { year: 2014, observed: 77.1, real: 116.7, player: null },
      { year: 2015, observed: 80, real: 115.9, player: null },
      { year: 2018, observed: 141.3, real: 122, player: null },
      { year: 2020, observed: 141.6, real: 114, player: null },
      { year: 2024, observed: 129.2, real: 107.8, player: null },
      { year: 2025, observed: null, real: 105.3, player: null },
    ];
    const points = indexCheckpoints(rows, [2018, 2024]);
    expect(points).toEqual([
      { year: 2012, observed: 100, real: 100 },
      { year: 2014, observed: 77, real: 117 },
      { year: 2018, observed: 141, real: 122 },
      { year: 2024, observed: 129, real: 108 },
    ]);
    expect(indexMoves(points)).toEqual([
      { from: 2012, to: 2014, observed: -23, real: 17 },
      { from: 2014, to: 2018, observed: 64, real: 5 },
      { from: 2018, to: 2024, observed: -12, real: -14 },
    ]);
    // A handover without an observed figure is left out; when the first year has no figure there is no base to read from.
    expect(indexCheckpoints(rows, [2018, 2025]).map((p) => p.year)).toEqual([2012, 2014, 2018]);
    expect(indexCheckpoints([{ year: 2012, observed: null, real: 100, player: null }, ...rows.slice(1)], [2018])).toEqual([]);
  });

  it('reads the real course’s own index rows at 2014, 2018 and 2024', () => {
    const handovers = history.administrations.flatMap((a) => (a.left ? [Number(a.left.slice(0, 4))] : []));
    expect(handovers).toEqual([2018, 2024]);
    const rows = indexRows(courseRows(history, real), 'violence');
    expect(indexCheckpoints(rows, handovers).map((p) => p.year)).toEqual([2012, 2014, 2018, 2024]);
  });
});
