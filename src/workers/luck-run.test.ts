// The worker's batches give exactly the games one Monte Carlo call over all the seeds gives, in seed order.
import { describe, expect, it } from 'vitest';
import { loadAllScenarios } from '../content/load-scenarios-node.ts';
import { defaultSetup, monteCarlo } from '../engine/index.ts';
import { isLuckMessage, LUCK_PROTOCOL, type LuckMessage } from './luck-protocol.ts';
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
  const request = { type: 'run', version: LUCK_PROTOCOL, scenario, setup, paths, runs, finals: ['cooperation', 'publicSupport'], totals: ['violence'] } as const;

  it('reports every path, in order, with the requested finals and totals of consecutive seeds, then done', () => {
    const messages: LuckMessage[] = [];
    let clock = 0;
    runLuck(request, (m) => messages.push(m), () => (clock += 20));
    expect(messages.every(isLuckMessage)).toBe(true);
    const results = messages.flatMap((m) => (m.type === 'path' ? [m.result] : []));
    expect(results.map((r) => r.id)).toEqual(['yours', 'A']);
    for (const [i, path] of paths.entries()) {
      const whole = monteCarlo(scenario, setup, path.decisions, runs);
      expect(results[i]?.finals).toEqual({ cooperation: whole.finals['cooperation'], publicSupport: whole.finals['publicSupport'] });
      expect(Object.keys(results[i]?.totals ?? {})).toEqual(['violence']);
      results[i]?.totals['violence']?.forEach((v, k) => expect(v).toBeCloseTo(whole.totals['violence']?.[k] ?? NaN, 6));
    }
    expect(messages[messages.length - 1]?.type).toBe('done');
    const progress = messages.flatMap((m) => (m.type === 'progress' ? [m] : []));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((m) => m.total === paths.length * runs && m.done <= m.total)).toBe(true);
  });

  it('fails on a score the scenario does not have', () => {
    expect(() => runLuck({ ...request, runs: 2, totals: ['nope'] }, () => undefined)).toThrow('unknown score nope');
  });
});
