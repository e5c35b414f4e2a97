// Checks a schema-valid scenario for what a schema cannot see: unique ids and references that resolve.
import { checkParameters } from './check-parameters.ts';
import type { ScenarioSource } from './schema.ts';
import type { SituationalText } from '../engine/scenario-types.ts';

export type ContentIssue = { readonly path: string; readonly message: string };

/** Ids and references other than those inside formulas (which src/content/formula checks as it compiles them). */
export function checkReferences(s: ScenarioSource): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const scoreIds = new Set(s.scores.map((x) => x.id));
  const factorIds = new Set(s.factors.map((x) => x.id));
  const postureIds = new Set(s.postures.map((x) => x.id));
  const partyIds = new Set(s.parties.map((x) => x.id));
  const strategyIds = new Set(s.options.flatMap((o) => o.variants.map((v) => v.id)));

  const unique = (list: readonly { id: string }[], path: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) add(`${path}[${i}].id`, `duplicate id "${x.id}"`);
      seen.add(x.id);
    });
  };
  unique(s.scores, 'scores');
  unique(s.factors, 'factors');
  unique(s.rules, 'rules');
  unique(s.events, 'events');
  unique(s.options, 'options');
  unique(s.postures, 'postures');

  if (!scoreIds.has('cooperation')) add('scores', 'a "cooperation" score is required');
  for (const id of Object.keys(s.cooperation.weights)) if (!scoreIds.has(id)) add(`cooperation.weights.${id}`, `unknown score "${id}"`);
  const weightSum = Object.values(s.cooperation.weights).reduce((a, b) => a + b, 0);
  if (Math.abs(weightSum - 1) > 1e-9) add('cooperation.weights', `weights must add up to 1 (they add up to ${weightSum})`);

  const checkStart = (start: ScenarioSource['start'], path: string) => {
    for (const id of Object.keys(start.scores)) if (!scoreIds.has(id)) add(`${path}.scores.${id}`, `unknown score "${id}"`);
    for (const def of s.scores) {
      const v = start.scores[def.id];
      if (def.id === 'cooperation') {
        if (v) add(`${path}.scores.cooperation`, 'cooperation is computed from its weights; do not set it');
        continue;
      }
      if (!v) add(`${path}.scores`, `missing a start value for "${def.id}"`);
      else if (v.value < def.min || v.value > def.max) add(`${path}.scores.${def.id}.value`, `must lie between ${def.min} and ${def.max}`);
    }
    if (start.previous) {
      if (!strategyIds.has(start.previous.strategy)) add(`${path}.previous.strategy`, `unknown strategy "${start.previous.strategy}"`);
      if (!postureIds.has(start.previous.posture)) add(`${path}.previous.posture`, `unknown posture "${start.previous.posture}"`);
    }
  };
  checkStart(s.start, 'start');
  if (s.prologue) {
    checkStart(s.prologue.start, 'prologue.start');
    if (!strategyIds.has(s.prologue.strategy)) add('prologue.strategy', `unknown strategy "${s.prologue.strategy}"`);
    if (!partyIds.has(s.prologue.party)) add('prologue.party', `unknown party "${s.prologue.party}"`);
  }

  s.options.forEach((o, i) =>
    o.variants.forEach((v, j) =>
      v.phases.forEach((p, k) => {
        if (!postureIds.has(p.posture)) add(`options[${i}].variants[${j}].phases[${k}].posture`, `unknown posture "${p.posture}"`);
      }),
    ),
  );
  if (!s.theories.some((t) => t.id === s.defaultTheory)) add('defaultTheory', `unknown theory "${s.defaultTheory}"`);
  if (!s.usPostures.some((t) => t.id === s.defaultUsPosture)) add('defaultUsPosture', `unknown US posture "${s.defaultUsPosture}"`);

  const checkEffects = (effects: ScenarioSource['rules'][number]['effects'], path: string) =>
    effects.forEach((e, k) => {
      if (!scoreIds.has(e.target)) add(`${path}[${k}].target`, `unknown score "${e.target}"`);
      if (e.target === 'cooperation') add(`${path}[${k}].target`, 'cooperation moves only through the service scores');
    });

  s.rules.forEach((r, i) => {
    if (!factorIds.has(r.factor)) add(`rules[${i}].factor`, `unknown factor "${r.factor}"`);
    checkEffects(r.effects, `rules[${i}].effects`);
  });
  s.events.forEach((e, i) => {
    if (!factorIds.has(e.factor)) add(`events[${i}].factor`, `unknown factor "${e.factor}"`);
    if (e.year === undefined && e.probability === undefined) add(`events[${i}]`, 'an event needs a year (scripted) or a probability (drawn)');
    checkEffects(e.effects, `events[${i}].effects`);
    e.choice?.options.forEach((c, j) => checkEffects(c.effects, `events[${i}].choice.options[${j}].effects`));
    if (e.choice && !e.choice.options.some((c) => c.id === e.choice?.default)) add(`events[${i}].choice.default`, `no option "${e.choice.default}"`);
  });
  if (s.succession) {
    for (const party of Object.keys(s.succession.partyWeights)) {
      if (!partyIds.has(party)) add(`succession.partyWeights.${party}`, `unknown party "${party}"`);
    }
    for (const strategy of Object.keys(s.succession.strategyWeights)) {
      if (!strategyIds.has(strategy)) add(`succession.strategyWeights.${strategy}`, `unknown strategy "${strategy}"`);
    }
  }
  if (s.history) checkHistory(s, s.history, { add, factorIds, partyIds, strategyIds, scoreIds, checkEffects });
  const checkSituations = (list: readonly SituationalText[] | undefined, path: string) =>
    list?.forEach((n, j) => {
      const w = n.when;
      if (w.score !== undefined && !scoreIds.has(w.score)) add(`${path}.now[${j}].when.score`, `unknown score "${w.score}"`);
      if ((w.below !== undefined || w.above !== undefined) && w.score === undefined) add(`${path}.now[${j}].when`, 'below and above need a score');
      for (const a of w.after ?? []) if (!strategyIds.has(a) && !s.options.some((o) => o.id === a)) add(`${path}.now[${j}].when.after`, `unknown strategy "${a}"`);
    });
  s.options.forEach((o, i) => checkSituations(o.now, `options[${i}]`));
  issues.push(...checkParameters(s));
  s.advisors.forEach((a, i) => {
    for (const [key, advice] of Object.entries(a.advice)) {
      if (!s.options.some((o) => o.id === key) && !strategyIds.has(key)) add(`advisors[${i}].advice.${key}`, `unknown option or strategy "${key}"`);
      checkSituations(advice.now, `advisors[${i}].advice.${key}`);
    }
  });
  return issues;
}

type HistoryContext = {
  readonly add: (path: string, message: string) => void;
  readonly factorIds: ReadonlySet<string>;
  readonly partyIds: ReadonlySet<string>;
  readonly strategyIds: ReadonlySet<string>;
  readonly scoreIds: ReadonlySet<string>;
  readonly checkEffects: (effects: ScenarioSource['rules'][number]['effects'], path: string) => void;
};

/** The real course: its governments play the scenario's parties and strategies, one per term, and its facts, events and series refer to each other. */
function checkHistory(s: ScenarioSource, h: NonNullable<ScenarioSource['history']>, x: HistoryContext): void {
  const { add } = x;
  const eventIds = new Set(s.events.map((e) => e.id));
  h.events.forEach((e, i) => {
    if (eventIds.has(e.id)) add(`history.events[${i}].id`, `duplicate id "${e.id}" (an event of that name is in events.json or earlier here)`);
    eventIds.add(e.id);
    if (!x.factorIds.has(e.factor)) add(`history.events[${i}].factor`, `unknown factor "${e.factor}"`);
    if (e.probability !== undefined) add(`history.events[${i}].probability`, 'a real event happens in its year; it is not drawn');
    x.checkEffects(e.effects, `history.events[${i}].effects`);
    e.choice?.options.forEach((c, j) => x.checkEffects(c.effects, `history.events[${i}].choice.options[${j}].effects`));
    if (e.choice && !e.choice.options.some((c) => c.id === e.choice?.default)) add(`history.events[${i}].choice.default`, `no option "${e.choice.default}"`);
    if (e.year !== undefined && (e.year < s.start.firstYear || e.year > h.lastYear)) add(`history.events[${i}].year`, `must fall between ${s.start.firstYear} and ${h.lastYear}`);
  });
  const historyEvents = new Set(h.events.map((e) => e.id));
  const factIds = new Set<string>();
  h.facts.forEach((f, i) => {
    if (factIds.has(f.id)) add(`history.facts[${i}].id`, `duplicate id "${f.id}"`);
    factIds.add(f.id);
    if (f.event !== undefined && !historyEvents.has(f.event)) add(`history.facts[${i}].event`, `no event "${f.event}" in history.events`);
    if (i > 0 && f.date < (h.facts[i - 1]?.date ?? '')) add(`history.facts[${i}].date`, 'facts are listed in date order');
  });
  if (h.administrations.length > s.terms.length) add('history.administrations', `one government per term: the scenario has ${s.terms.length} terms`);
  h.administrations.forEach((a, i) => {
    if (!x.partyIds.has(a.party)) add(`history.administrations[${i}].party`, `unknown party "${a.party}"`);
    if (!x.strategyIds.has(a.strategy)) add(`history.administrations[${i}].strategy`, `unknown strategy "${a.strategy}"`);
    const term = s.terms[i];
    if (term && Number(a.took.slice(0, 4)) !== term.startYear - 1) add(`history.administrations[${i}].took`, `term ${i + 1} begins in December ${term.startYear - 1}`);
  });
  const measureIds = new Set(h.measures.map((m) => m.id));
  h.measures.forEach((m, i) => {
    if (m.comparedWith !== undefined && !x.scoreIds.has(m.comparedWith)) add(`history.measures[${i}].comparedWith`, `unknown score "${m.comparedWith}"`);
  });
  const seen = new Set<string>();
  h.observed.forEach((o, i) => {
    if (!measureIds.has(o.measure)) add(`history.observed[${i}].measure`, `unknown measure "${o.measure}"`);
    const key = `${o.measure}:${o.year}`;
    if (seen.has(key)) add(`history.observed[${i}].year`, `${o.measure} already has a value for ${o.year}`);
    seen.add(key);
  });
}
