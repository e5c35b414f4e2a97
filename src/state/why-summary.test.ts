import { describe, expect, it } from 'vitest';
import type { Change, YearRecord } from '../engine/index.ts';
import { miniScenario } from '../../tests/fixtures/mini-scenario.ts';
import { orderedScores } from './selectors.ts';
import { factorRows, whyGroups, type WhyGroup } from './why-groups.ts';
import { whySummary } from './why-summary.ts';

const before = { cooperation: 60, sedena: 50, semar: 70, publicSupport: 40, violence: 1000 };

/** A service change and its echo on overall cooperation (weight one half), as the ledger writes them. */
function service(target: 'sedena' | 'semar', factor: string, rule: string, delta: number): Change[] {
  return [
    { target, factor, rule, delta },
    { target: 'cooperation', factor, rule, delta: delta / 2 },
  ];
}

function groupsOf(changes: readonly Change[]): WhyGroup[] {
  const scores: Record<string, number> = { ...before };
  for (const c of changes) scores[c.target] = (scores[c.target] ?? 0) + c.delta;
  const record: YearRecord = { year: 2013, term: 0, yearOfTerm: 1, strategy: 'A', posture: 'military-lead', party: 'PRI', changes, events: [], scores };
  return whyGroups(orderedScores(miniScenario), record, before);
}

/** The summary as [score, factor, delta] in its order. */
function lines(groups: readonly WhyGroup[]): [string, string, number][] {
  return whySummary(groups, 'cooperation').flatMap((s) => s.rows.map((r): [string, string, number] => [s.group.def.id, r.factor, r.delta]));
}

describe('the why list', () => {
  it('merges the changes of one factor into one row, and of one rule into one part', () => {
    const rows = factorRows([
      { target: 'cooperation', factor: 'mandate', rule: 'orders-sedena', delta: 1 },
      { target: 'cooperation', factor: 'leaks', rule: 'cables', delta: -0.5 },
      { target: 'cooperation', factor: 'mandate', rule: 'orders-semar', delta: 0.5 },
      { target: 'cooperation', factor: 'leaks', rule: 'cables', delta: -0.5 },
    ]);
    expect(rows.map((r) => [r.factor, r.delta, r.parts.map((p) => [p.rule, p.delta])])).toEqual([
      ['mandate', 1.5, [['orders-sedena', 1], ['orders-semar', 0.5]]],
      ['leaks', -1, [['cables', -1]]],
    ]);
  });

  it('shows each factor once under overall cooperation, although the ledger echoes every service change there', () => {
    const groups = groupsOf([...service('sedena', 'leaks', 'cables', -2), ...service('semar', 'leaks', 'cables', -2), ...service('sedena', 'mandate', 'orders', 1)]);
    const cooperation = groups.find((g) => g.def.id === 'cooperation');
    expect(cooperation?.rows.map((r) => [r.factor, r.delta])).toEqual([
      ['leaks', -2],
      ['mandate', 0.5],
    ]);
    expect(cooperation?.total).toBeCloseTo(-1.5);
  });

  it('keeps the biggest changes by size, three at least and five at most, grouped under the score they moved', () => {
    const groups = groupsOf([
      ...service('sedena', 'mandate', 'orders-sedena', 4),
      ...service('semar', 'mandate', 'orders-semar', 1.5),
      ...service('sedena', 'leaks', 'cables-sedena', -3),
      ...service('semar', 'opinion', 'opinion-semar', 2),
      ...service('sedena', 'opinion', 'opinion-sedena', 0.2),
      { target: 'publicSupport', factor: 'opinion', rule: 'mood', delta: -9 },
    ]);
    // 4, -3, 2 and 1.5 (within a third of 4); 0.2 is not; the other indicators are never in the summary.
    expect(lines(groups)).toEqual([
      ['sedena', 'mandate', 4],
      ['sedena', 'leaks', -3],
      ['semar', 'opinion', 2],
      ['semar', 'mandate', 1.5],
    ]);
  });

  it('puts a factor that moved both services by the same rule under overall cooperation, once', () => {
    const groups = groupsOf([
      ...service('sedena', 'leaks', 'cables', -3),
      ...service('semar', 'leaks', 'cables', -3),
      ...service('sedena', 'mandate', 'orders-sedena', 2),
      ...service('semar', 'mandate', 'orders-semar', 1),
      ...service('semar', 'opinion', 'opinion-semar', 0.5),
    ]);
    expect(lines(groups)).toEqual([
      ['cooperation', 'leaks', -3],
      ['sedena', 'mandate', 2],
      ['semar', 'mandate', 1],
    ]);
    const summary = whySummary(groups, 'cooperation');
    expect(summary.map((s) => s.group.def.id)).toEqual(['cooperation', 'sedena', 'semar']);
    const seen = summary.flatMap((s) => s.rows.map((r) => `${s.group.def.id}:${r.factor}`));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('takes five at most, and leaves out changes too small to show', () => {
    const factors = ['mandate', 'leaks', 'opinion', 'a', 'b', 'c'];
    const groups = groupsOf([...factors.map((f, i) => service('sedena', f, `${f}-rule`, 3 - i * 0.1)).flat(), ...service('semar', 'tiny', 'tiny-rule', 0.01)]);
    expect(lines(groups).map(([, factor]) => factor)).toEqual(['mandate', 'leaks', 'opinion', 'a', 'b']);
    expect(lines(groupsOf(service('semar', 'tiny', 'tiny-rule', 0.01)))).toEqual([]);
  });
});
