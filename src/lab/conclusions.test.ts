import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { CONCLUSION_SCORES, CONCLUSIONS, CONCLUSIONS_LAST_YEAR, judge, PURE_PATHS } from './conclusions.ts';
import { playSamples, pureSpec } from './play-samples.ts';

const scenario = realScenario();
const play = (variant: Record<string, number>, runs = 500) =>
  playSamples(scenario, { paths: PURE_PATHS.map(pureSpec), variant, firstSeed: 1000, runs, scores: CONCLUSION_SCORES, lastYear: CONCLUSIONS_LAST_YEAR, successor: true });

describe('the model’s conclusions', () => {
  it('each holds under the standard model, as the claims tests assert, on 500 paired seeds', () => {
    const samples = play({});
    const verdicts = Object.fromEntries(CONCLUSIONS.map((c) => [c.id, judge(c, samples).verdict]));
    expect(verdicts).toEqual(Object.fromEntries(CONCLUSIONS.map((c) => [c.id, 'holds'])));
  });
});

describe('a conclusion under changed assumptions', () => {
  it('fails when an assumption undoes it: almost no drift back to traditional missions leaves C as high as C+LE', () => {
    const samples = play({ reversionTraditional: scenario.parameters['reversionTraditional']?.min ?? 0 }, 200);
    const c = CONCLUSIONS.find((x) => x.id === 'cle-above-c');
    if (!c) throw new Error('no cle-above-c');
    const result = judge(c, samples);
    expect(result.verdict).toBe('fails');
    expect(result.margin).toBeLessThan(0);
  });
});
