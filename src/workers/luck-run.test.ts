// The worker's batches give exactly the games one Monte Carlo call over all the seeds gives, in seed order.
import { describe, expect, it } from 'vitest';
import { loadAllScenarios } from '../content/load-scenarios-node.ts';
import { defaultSetup, mainScore, monteCarlo } from '../engine/index.ts';
import type { LuckMessage } from './luck-protocol.ts';
import { LUCK_BATCH, runLuck } from './luck-run.ts';

describe('runLuck', () => {
  const scenario = loadAllScenarios()[0];
  if (!scenario) throw new Error('no scenario');
  const setup = defaultSetup(scenario, { seed: 40 });
  const runs = LUCK_BATCH + 7; // two batches, the second one short
  const paths = [
    { id: 'yours', decisions: [{ strategy: 'B' }, { strategy: 'C+LE' }, { strategy: 'D' }] },
    { id: 'A', decisions: [{ strategy: 'A' }, { strategy: 'A' }, { strategy: 'A' }] },
  ];

  it('reports every path, in order, with the finals of consecutive seeds, then done', () => {
    const messages: LuckMessage[] = [];
    let clock = 0;
    runLuck({ type: 'run', scenario, setup, paths, runs }, (m) => messages.push(m), () => (clock += 20));
    const results = messages.flatMap((m) => (m.type === 'path' ? [m.result] : []));
    expect(results.map((r) => r.id)).toEqual(['yours', 'A']);
    for (const [i, path] of paths.entries()) {
      expect(results[i]?.finals).toEqual(monteCarlo(scenario, setup, path.decisions, runs).finals[mainScore(scenario).id]);
    }
    expect(messages[messages.length - 1]?.type).toBe('done');
    const progress = messages.flatMap((m) => (m.type === 'progress' ? [m] : []));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((m) => m.total === paths.length * runs && m.done <= m.total)).toBe(true);
  });
});
