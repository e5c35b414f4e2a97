import { describe, expect, it } from 'vitest';
import { playRealCourse } from '../../../content/real-course.ts';
import { defaultSetup, play, type GameState } from '../../../engine/index.ts';
import { realScenario } from '../../test/real-scenario.ts';
import { comparedMeasure, courseRows, indexRows, observedSpan, scoresByYear, seriesSummary } from './history-series.ts';

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
});
