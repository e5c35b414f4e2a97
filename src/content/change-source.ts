// Where a ledger change comes from, in content terms: the rule or event behind it, its explanation and its citations.
import type { Change, Citation, EventChoice, EventDef, FactorDef, LocalizedText, RuleDef, Scenario } from '../engine/index.ts';

export type ChangeSource = {
  readonly factor: FactorDef | undefined;
  /** The rule's explanation, or the event choice's explanation, or the event's body. */
  readonly explain: LocalizedText | undefined;
  readonly sources: readonly Citation[];
  readonly assumption: LocalizedText | undefined;
  readonly rule: RuleDef | undefined;
  readonly event: EventDef | undefined;
  readonly choice: EventChoice | undefined;
};

const byScenario = new WeakMap<Scenario, { rules: Map<string, RuleDef>; events: Map<string, EventDef>; factors: Map<string, FactorDef> }>();

function indexOf(scenario: Scenario) {
  let index = byScenario.get(scenario);
  if (!index) {
    index = {
      rules: new Map(scenario.rules.map((r) => [r.id, r])),
      events: new Map(scenario.events.map((e) => [e.id, e])),
      factors: new Map(scenario.factors.map((f) => [f.id, f])),
    };
    byScenario.set(scenario, index);
  }
  return index;
}

export function factorById(scenario: Scenario, id: string): FactorDef | undefined {
  return indexOf(scenario).factors.get(id);
}

export function eventById(scenario: Scenario, id: string): EventDef | undefined {
  return indexOf(scenario).events.get(id);
}

/** Rule ids are plain ids, or `event:<id>` / `event:<id>:<choice>` for event effects. */
export function changeSource(scenario: Scenario, change: Pick<Change, 'rule' | 'factor'>): ChangeSource {
  const index = indexOf(scenario);
  const factor = index.factors.get(change.factor);
  if (change.rule.startsWith('event:')) {
    const [, eventId = '', choiceId] = change.rule.split(':');
    const event = index.events.get(eventId);
    const choice = choiceId === undefined ? undefined : event?.choice?.options.find((c) => c.id === choiceId);
    return {
      factor,
      explain: choice?.explain ?? event?.body,
      sources: event?.sources ?? factor?.sources ?? [],
      assumption: event?.assumption ?? factor?.assumption,
      rule: undefined,
      event,
      choice,
    };
  }
  const rule = index.rules.get(change.rule);
  return {
    factor,
    explain: rule?.explain,
    sources: rule?.sources ?? factor?.sources ?? [],
    assumption: rule?.assumption ?? factor?.assumption,
    rule,
    event: undefined,
    choice: undefined,
  };
}
