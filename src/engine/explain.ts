// Reads the ledger: how much each factor moved a score over a span of years. Ids and numbers, never prose.
import type { Change, YearRecord } from './types.ts';

export type FactorContribution = { readonly factor: string; readonly delta: number; readonly rules: readonly string[] };

export function contributions(records: readonly YearRecord[], target: string): FactorContribution[] {
  const byFactor = new Map<string, { delta: number; rules: Set<string> }>();
  for (const record of records) {
    for (const c of record.changes) {
      if (c.target !== target) continue;
      const entry = byFactor.get(c.factor) ?? { delta: 0, rules: new Set<string>() };
      entry.delta += c.delta;
      entry.rules.add(c.rule);
      byFactor.set(c.factor, entry);
    }
  }
  return [...byFactor.entries()]
    .map(([factor, e]) => ({ factor, delta: e.delta, rules: [...e.rules] }))
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.factor.localeCompare(b.factor));
}

export function changesFor(record: YearRecord, target: string): Change[] {
  return record.changes.filter((c) => c.target === target);
}
