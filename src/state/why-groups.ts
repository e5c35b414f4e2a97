// The "why" list's groups: a year's ledger by score, one row per factor. The ledger writes a change to overall
// cooperation for every change to a service (by its weight), so overall cooperation sees the same factor and rule
// once per service: rows merge everything of one factor, and within a row everything of one rule.
import { changesFor, type Change, type ScoreDef, type Scores, type YearRecord } from '../engine/index.ts';

/** One factor's share of a score's change in the year: its net delta and the rules (or events) behind it, largest first. */
export type FactorRow = { readonly factor: string; readonly delta: number; readonly parts: readonly Change[] };

export type WhyGroup = {
  readonly def: ScoreDef;
  readonly before: number;
  readonly after: number;
  readonly total: number;
  readonly rows: readonly FactorRow[];
};

const bySize = (a: { delta: number }, b: { delta: number }) => Math.abs(b.delta) - Math.abs(a.delta);

/** Merges changes of one factor into a row, and changes of one rule within it into one part. */
export function factorRows(changes: readonly Change[]): FactorRow[] {
  const byFactor = new Map<string, Map<string, Change>>();
  for (const c of changes) {
    const parts = byFactor.get(c.factor) ?? new Map<string, Change>();
    const same = parts.get(c.rule);
    parts.set(c.rule, same ? { ...same, delta: same.delta + c.delta } : c);
    byFactor.set(c.factor, parts);
  }
  return [...byFactor.entries()]
    .map(([factor, parts]) => {
      const list = [...parts.values()].sort(bySize);
      return { factor, delta: list.reduce((sum, p) => sum + p.delta, 0), parts: list };
    })
    .sort((a, b) => bySize(a, b) || a.factor.localeCompare(b.factor));
}

/** A year's groups, given the scores headline first (orderedScores): those in that order, then the rest by size. */
export function whyGroups(scores: readonly ScoreDef[], record: YearRecord, before: Scores): WhyGroup[] {
  const groups = scores
    .map((def): WhyGroup => {
      const rows = factorRows(changesFor(record, def.id));
      const total = rows.reduce((sum, r) => sum + r.delta, 0);
      return { def, before: before[def.id] ?? 0, after: record.scores[def.id] ?? 0, total, rows };
    })
    .filter((g) => g.rows.length > 0);
  const headline = groups.filter((g) => g.def.headline === true);
  const rest = groups.filter((g) => g.def.headline !== true).sort((a, b) => relative(b) - relative(a));
  return [...headline, ...rest];
}

/** Size of a group's change relative to its score's range, so counts and indexes sort together. */
function relative(g: WhyGroup): number {
  return Math.abs(g.total) / Math.max(1e-9, g.def.max - g.def.min);
}
