// The short form of the "why" list: the year's three to five biggest changes, under the service they moved, or under
// the main score when one rule moved every service alike (not specific to either). Ids and numbers, never prose.
import type { FactorRow, WhyGroup } from './why-groups.ts';

/** A score's heading and, under it, its lines of the summary, largest first. */
export type SummarySection = { readonly group: WhyGroup; readonly rows: readonly FactorRow[] };

/** Always this many lines when the year has them; more only when they are as big as a third of the largest. */
const AT_LEAST = 3;
const AT_MOST = 5;
const NEAR_TOP = 1 / 3;
/** Changes smaller than this round to nothing where they are shown. */
const VISIBLE = 0.05;

type Candidate = { readonly group: WhyGroup; readonly row: FactorRow };

const rulesOf = (row: FactorRow) =>
  row.parts
    .map((p) => p.rule)
    .sort()
    .join(' ');

/**
 * `groups` as whyGroups gives them; `main` is the score the services add up to. Sections keep the groups' order, and
 * a factor appears once: under the main score if it moved every service by the same rules, else under each service.
 */
export function whySummary(groups: readonly WhyGroup[], main: string): SummarySection[] {
  const mainGroup = groups.find((g) => g.def.id === main);
  const services = groups.filter((g) => g.def.headline === true && g.def.id !== main);
  const candidates: Candidate[] = [];
  if (services.length === 0) {
    if (mainGroup) candidates.push(...mainGroup.rows.map((row) => ({ group: mainGroup, row })));
  } else {
    const shared = sharedFactors(services);
    for (const group of services) candidates.push(...group.rows.filter((r) => !shared.has(r.factor)).map((row) => ({ group, row })));
    const serviceFactors = new Set(services.flatMap((g) => g.rows.map((r) => r.factor)));
    if (mainGroup) candidates.push(...mainGroup.rows.filter((r) => shared.has(r.factor) || !serviceFactors.has(r.factor)).map((row) => ({ group: mainGroup, row })));
  }
  const order = new Map(groups.map((g, i) => [g, i]));
  const ranked = candidates
    .filter((c) => Math.abs(c.row.delta) >= VISIBLE)
    .sort((a, b) => Math.abs(b.row.delta) - Math.abs(a.row.delta) || (order.get(a.group) ?? 0) - (order.get(b.group) ?? 0) || a.row.factor.localeCompare(b.row.factor));
  const largest = Math.abs(ranked[0]?.row.delta ?? 0);
  const chosen = ranked.filter((c, i) => i < AT_LEAST || (i < AT_MOST && Math.abs(c.row.delta) >= largest * NEAR_TOP));
  return groups
    .map((group) => ({ group, rows: chosen.filter((c) => c.group === group).map((c) => c.row) }))
    .filter((s) => s.rows.length > 0);
}

/** Factors that moved every service, each by the same rules: one decision or event, not a service's own story. */
function sharedFactors(services: readonly WhyGroup[]): Set<string> {
  const [first, ...others] = services;
  if (!first || others.length === 0) return new Set();
  return new Set(
    first.rows
      .filter((row) => others.every((g) => g.rows.some((r) => r.factor === row.factor && rulesOf(r) === rulesOf(row))))
      .map((row) => row.factor),
  );
}
