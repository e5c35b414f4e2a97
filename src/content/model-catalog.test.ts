import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { buildModelCatalog } from './model-catalog.ts';

const scenario = realScenario();
const catalog = buildModelCatalog(scenario, { theory: scenario.defaultTheory, usPosture: scenario.defaultUsPosture });

describe('the model catalog behind "How the model works"', () => {
  it('lists every factor, and every rule and event exactly once under its factor', () => {
    expect(catalog.factors.map((f) => f.factor.id)).toEqual(scenario.factors.map((f) => f.id));
    expect(catalog.factors.flatMap((f) => f.rules.map((r) => r.rule.id)).sort()).toEqual(scenario.rules.map((r) => r.id).sort());
    expect(catalog.factors.flatMap((f) => f.events.map((e) => e.id)).sort()).toEqual(scenario.events.map((e) => e.id).sort());
  });
  it('gives the value of every parameter a rule uses, under the chosen theory', () => {
    const reversion = catalog.factors.flatMap((f) => f.rules).find((r) => r.rule.id === 'reversion-sedena');
    expect(reversion?.params.find((p) => p.name === 'reversionScale')?.value).toBe(1);
    const deare = buildModelCatalog(scenario, { theory: 'reversion', usPosture: scenario.defaultUsPosture });
    expect(deare.factors.flatMap((f) => f.rules).find((r) => r.rule.id === 'reversion-sedena')?.params.find((p) => p.name === 'reversionScale')?.value).toBe(1.6);
    for (const r of catalog.factors.flatMap((f) => f.rules)) for (const p of r.params) expect(Number.isFinite(p.value), `${r.rule.id}.${p.name}`).toBe(true);
  });
  it('collects every assumption the content marks', () => {
    const marked =
      scenario.factors.filter((f) => f.assumption).length +
      scenario.rules.filter((r) => r.assumption).length +
      scenario.events.filter((e) => e.assumption).length +
      Object.values(scenario.start.scores).filter((v) => v.assumption).length +
      (scenario.cooperation.assumption ? 1 : 0) +
      [...scenario.theories, ...scenario.usPostures].filter((s) => s.assumption).length;
    expect(catalog.assumptions).toHaveLength(marked);
    expect(marked).toBeGreaterThan(10);
  });
});
