// Everything "How the model works" shows: each factor with the rules and events that give it force, the
// numbers those rules use, and every place where the model extrapolates beyond the documents.
import { collectNames, paramsFor, type Citation, type EventDef, type FactorDef, type LocalizedText, type RuleDef, type Scenario } from '../engine/index.ts';

export type ParamValue = { readonly name: string; readonly value: number };

export type CatalogRule = { readonly rule: RuleDef; readonly targets: readonly string[]; readonly params: readonly ParamValue[]; readonly sources: readonly Citation[] };

export type CatalogFactor = {
  readonly factor: FactorDef;
  readonly rules: readonly CatalogRule[];
  readonly events: readonly EventDef[];
  /** Scores this factor moves, through its rules and events. */
  readonly targets: readonly string[];
};

export type Assumption = { readonly kind: 'factor' | 'rule' | 'event' | 'start' | 'setting'; readonly id: string; readonly label: LocalizedText; readonly text: LocalizedText };

export type ModelCatalog = { readonly factors: readonly CatalogFactor[]; readonly assumptions: readonly Assumption[] };

function paramsOf(rule: RuleDef, values: Readonly<Record<string, number>>): ParamValue[] {
  const names = { facts: new Set<string>(), params: new Set<string>(), random: new Set<string>() };
  if (rule.when) collectNames(rule.when, names);
  for (const e of rule.effects) collectNames(e.amount, names);
  return [...names.params].sort().map((name) => ({ name, value: values[name] ?? Number.NaN }));
}

export function buildModelCatalog(scenario: Scenario, setup: { theory: string; usPosture: string }): ModelCatalog {
  const values = paramsFor(scenario, setup);
  const factors = scenario.factors.map((factor): CatalogFactor => {
    const rules = scenario.rules
      .filter((r) => r.factor === factor.id)
      .map((rule) => ({ rule, targets: [...new Set(rule.effects.map((e) => e.target))], params: paramsOf(rule, values), sources: rule.sources ?? factor.sources }));
    const events = scenario.events.filter((e) => e.factor === factor.id);
    const targets = [...new Set([...rules.flatMap((r) => r.targets), ...events.flatMap((e) => e.effects.map((x) => x.target))])];
    return { factor, rules, events, targets };
  });

  const assumptions: Assumption[] = [];
  for (const f of scenario.factors) if (f.assumption) assumptions.push({ kind: 'factor', id: f.id, label: f.label, text: f.assumption });
  for (const r of scenario.rules) {
    const factor = scenario.factors.find((f) => f.id === r.factor);
    if (r.assumption) assumptions.push({ kind: 'rule', id: r.id, label: factor?.label ?? { en: r.id, es: r.id }, text: r.assumption });
  }
  for (const e of scenario.events) if (e.assumption) assumptions.push({ kind: 'event', id: e.id, label: e.title, text: e.assumption });
  for (const [id, v] of Object.entries(scenario.start.scores)) {
    const def = scenario.scores.find((s) => s.id === id);
    if (v.assumption && def) assumptions.push({ kind: 'start', id, label: def.label, text: v.assumption });
  }
  if (scenario.cooperation.assumption) {
    assumptions.push({ kind: 'setting', id: 'cooperation-weights', label: scenario.scores.find((s) => s.id === 'cooperation')?.label ?? { en: 'cooperation', es: 'cooperación' }, text: scenario.cooperation.assumption });
  }
  for (const set of [...scenario.theories, ...scenario.usPostures]) if (set.assumption) assumptions.push({ kind: 'setting', id: set.id, label: set.label, text: set.assumption });
  return { factors, assumptions };
}
