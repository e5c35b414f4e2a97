import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { defaultSetup } from './default-setup.ts';
import { play } from './drive.ts';
import { sampleGames } from './sample-games.ts';

const scenario = realScenario();
const decisions = ['C+LE', 'C+LE', 'C+LE'].map((strategy) => ({ strategy }));
const scores = ['cooperation', 'violence'];

describe('sampleGames', () => {
  it('keeps each year of each run as a full play of the same seed does', () => {
    const sample = sampleGames(scenario, defaultSetup(scenario, { seed: 40 }), decisions, 3, { scores });
    expect(sample.years[0]).toBe(2012);
    expect(sample.years.at(-1)).toBe(2030);
    for (let r = 0; r < 3; r++) {
      const game = play(scenario, { setup: defaultSetup(scenario, { seed: 40 + r }), decisions, answers: {} });
      if (!game.ok) throw new Error(game.error.message);
      sample.years.forEach((year, y) => {
        const record = year === 2012 ? game.value.initialScores : game.value.history.find((h) => h.year === year)?.scores;
        scores.forEach((id, s) => expect(sample.values[(r * sample.years.length + y) * scores.length + s]).toBe(record?.[id]));
      });
      expect(sample.incumbentKept[r]).toBe(game.value.terms[1]?.decision?.party === game.value.terms[0]?.decision?.party ? 1 : 0);
    }
  });

  it('stops after the last year asked for, and with the successor drawn gives the same party as the whole game', () => {
    const setup = defaultSetup(scenario, { seed: 7 });
    const whole = sampleGames(scenario, setup, decisions, 20, { scores });
    const short = sampleGames(scenario, setup, decisions, 20, { scores, lastYear: 2018, successor: true });
    expect(short.years).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018]);
    expect([...short.incumbentKept]).toEqual([...whole.incumbentKept]);
    const at2018 = (sample: typeof whole, r: number) => sample.values[(r * sample.years.length + sample.years.indexOf(2018)) * scores.length];
    for (let r = 0; r < 20; r++) expect(at2018(short, r)).toBe(at2018(whole, r));
    const noSuccessor = sampleGames(scenario, setup, decisions, 2, { scores, lastYear: 2018 });
    expect([...noSuccessor.incumbentKept]).toEqual([0, 0]);
  });
});
