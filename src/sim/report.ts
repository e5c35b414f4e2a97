// Shapes engine results into the simulator's JSON and CSV.
import { strategyIds, type Citation, type GameState, type MonteCarloResult, type Scenario } from '../engine/index.ts';
import { parameterList } from './parameter-list.ts';

const round = (v: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

function roundScores(scenario: Scenario, scores: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(scenario.scores.map((d) => [d.id, round(scores[d.id] ?? 0, d.format === 'count' ? 0 : 2)]));
}

const cite = (c: Citation | undefined) => {
  if (!c) return null;
  return 'doc' in c ? { doc: c.doc, section: c.section, lines: c.lines } : { title: c.title, publisher: c.publisher, date: c.date, url: c.url };
};

export function sourceOfRule(scenario: Scenario, ruleId: string, factorId: string): Citation | undefined {
  if (ruleId.startsWith('event:')) return scenario.events.find((e) => e.id === ruleId.split(':')[1])?.sources[0];
  const rule = scenario.rules.find((r) => r.id === ruleId);
  return rule?.sources?.[0] ?? scenario.factors.find((f) => f.id === factorId)?.sources[0];
}

export function gameReport(scenario: Scenario, state: GameState, tokens: readonly string[]) {
  return {
    scenario: scenario.id,
    seed: state.setup.seed,
    choices: tokens,
    setup: { start: state.setup.start, theory: state.setup.theory, us: state.setup.usPosture, successors: state.setup.succession, ...(state.setup.variant ? { variant: state.setup.variant } : {}) },
    terms: state.terms.map((t) => ({ startYear: t.startYear, strategy: t.decision?.strategy ?? null, party: t.decision?.party ?? null, by: t.decision?.by ?? null })),
    years: state.history.map((r) => ({
      year: r.year,
      term: r.term + 1,
      strategy: r.strategy,
      party: r.party,
      posture: r.posture,
      scores: roundScores(scenario, r.scores),
      events: r.events.map((e) => ({ id: e.id, ...(e.choice ? { choice: e.choice } : {}), source: cite(scenario.events.find((x) => x.id === e.id)?.sources[0]) })),
      changes: r.changes.map((c) => ({
        target: c.target,
        delta: round(c.delta, 3),
        factor: c.factor,
        rule: c.rule,
        source: cite(sourceOfRule(scenario, c.rule, c.factor)),
      })),
    })),
    final: roundScores(scenario, state.scores),
  };
}

export function monteCarloReport(scenario: Scenario, result: MonteCarloResult, tokens: readonly string[], seed: number, variant: Readonly<Record<string, number>> = {}) {
  return {
    scenario: scenario.id,
    runs: result.runs,
    seed,
    choices: tokens,
    ...(Object.keys(variant).length > 0 ? { variant } : {}),
    final: Object.fromEntries(
      Object.entries(result.final).map(([id, s]) => [id, { mean: round(s.mean, 2), p10: round(s.p10, 2), p50: round(s.p50, 2), p90: round(s.p90, 2) }]),
    ),
    byYear: result.byYear.map((y) => ({ year: y.year, mean: Object.fromEntries(Object.entries(y.mean).map(([k, v]) => [k, round(v, 2)])) })),
    terms: result.terms.map((t) => ({
      startYear: t.startYear,
      incumbentKept: t.incumbentKept === null ? null : round(t.incumbentKept, 3),
      parties: Object.fromEntries(Object.entries(t.parties).map(([k, v]) => [k, round(v, 3)])),
    })),
  };
}

export function gameCsv(scenario: Scenario, state: GameState): string {
  const ids = scenario.scores.map((s) => s.id);
  const rows = [['year', 'term', 'strategy', 'party', 'posture', ...ids, 'events'].join(',')];
  for (const r of state.history) {
    const scores = roundScores(scenario, r.scores);
    rows.push([r.year, r.term + 1, r.strategy, r.party, r.posture, ...ids.map((id) => scores[id]), r.events.map((e) => e.id).join(' ')].join(','));
  }
  return rows.join('\n') + '\n';
}

export function listIds(scenario: Scenario) {
  return {
    scenario: scenario.id,
    options: strategyIds(scenario),
    theories: scenario.theories.map((t) => t.id),
    postures: scenario.usPostures.map((p) => p.id),
    parties: scenario.parties.map((p) => p.id),
    levers: scenario.usLevers.map((l) => l.id),
    factors: scenario.factors.map((f) => f.id),
    events: scenario.events.map((e) => e.id),
    parameters: parameterList(scenario),
  };
}
