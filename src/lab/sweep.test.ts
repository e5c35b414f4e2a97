import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { conclusionById } from './conclusions.ts';
import { labParameters, stepFor } from './parameter-docs.ts';
import { playSamples } from './play-samples.ts';
import { flipCounts, sweepJobs, sweepPoints, tornado } from './sweep.ts';

const scenario = realScenario();
const parameters = labParameters(scenario).flatMap((g) => g.parameters);
const byName = (name: string) => {
  const p = parameters.find((x) => x.name === name);
  if (!p) throw new Error(`no parameter ${name}`);
  return p;
};

describe('the sensitivity sweep', () => {
  it('has a run for each end of each parameter, except an end the parameter already stands at', () => {
    const p = byName('reversionTraditional');
    expect(sweepPoints([p], {})).toEqual([
      { name: p.name, side: 'min', value: p.min },
      { name: p.name, side: 'max', value: p.max },
    ]);
    expect(sweepPoints([p], { [p.name]: p.max })).toEqual([{ name: p.name, side: 'min', value: p.min }]);
  });

  it('plays only the paths its conclusions need, to 2018, the others at their current values', () => {
    const p = byName('reversionTraditional');
    const jobs = sweepJobs(sweepPoints([p], {}), [conclusionById('cle-above-c')], { baselineSemar: 41 }, 20);
    expect(jobs).toHaveLength(3);
    expect(jobs.map((j) => j.paths.map((x) => x.id))).toEqual([['C', 'C+LE'], ['C', 'C+LE'], ['C', 'C+LE']]);
    expect(jobs.map((j) => j.variant)).toEqual([{ baselineSemar: 41 }, { baselineSemar: 41, [p.name]: p.min }, { baselineSemar: 41, [p.name]: p.max }]);
    expect(jobs.every((j) => j.lastYear === 2018 && j.successor === false && j.runs === 20)).toBe(true);
  });

  it('marks a parameter that flips a conclusion, with the crossing between the current value and that end', () => {
    const p = byName('reversionTraditional');
    const conclusion = conclusionById('cle-above-c');
    const points = sweepPoints([p], {});
    const runs = sweepJobs(points, [conclusion], {}, 100).map((job) => playSamples(scenario, job));
    const t = tornado(conclusion, points, runs, {}, [p]);
    const row = t.rows[0];
    expect(t.base.margin).toBeGreaterThan(0);
    expect(row?.min?.result.margin).toBeLessThan(0);
    expect(row?.flipsAt).toBeGreaterThan(p.min);
    expect(row?.flipsAt).toBeLessThan(p.standard);
    expect(flipCounts([t])).toEqual([{ name: p.name, conclusions: ['cle-above-c'] }]);
  });

  it('gives a slider about two hundred round steps', () => {
    expect(stepFor(0, 1)).toBe(0.005);
    expect(stepFor(0, 100)).toBe(0.5);
    expect(stepFor(2, 2)).toBe(1);
  });
});
