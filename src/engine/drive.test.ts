import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { answerKey, defaultSetup, play, recordOf, stepsOf, type Action, type GameRecord, type GameState } from './index.ts';
import { actionsOf, stepThrough } from '../../tests/unit/record-actions.ts';

const scenario = realScenario();

const stepAll = (setup: GameRecord['setup'], actions: readonly Action[]): GameState => stepThrough(scenario, setup, actions);

const records: GameRecord[] = [
  { setup: defaultSetup(scenario, { seed: 20121201 }), decisions: [{ strategy: 'B', rationale: 'slowly', forecast: 'fall' }, { strategy: 'C+LE', party: 'PAN' }, { strategy: 'A', levers: [scenario.usLevers[0]?.id ?? ''] }], answers: { '2014:hurricane-relief-offer': 'decline' } },
  { setup: defaultSetup(scenario, { seed: 5, start: '2006', usPosture: 'slow-aid' }), decisions: [{ strategy: 'D' }, { strategy: 'C' }, { strategy: 'B' }], answers: {} },
  { setup: defaultSetup(scenario, { seed: 99, succession: 'model' }), decisions: [{ strategy: 'B', party: 'PRI' }], answers: {} },
];

describe('drive: one way through the phases', () => {
  it('gives the same state as stepping its actions one by one', () => {
    for (const record of records) {
      const actions = actionsOf(scenario, record);
      if (!actions.ok) throw new Error(actions.error.message);
      const played = play(scenario, record);
      expect(played.ok && played.value).toEqual(stepAll(record.setup, actions.value));
    }
  });

  it('reads the record back from a state (recordOf), and that record plays the same game', () => {
    for (const record of records) {
      const played = play(scenario, record);
      if (!played.ok) throw new Error(played.error.message);
      const back = recordOf(played.value);
      expect(back.decisions).toEqual(record.decisions);
      const again = play(scenario, back);
      expect(again.ok && again.value).toEqual(played.value);
    }
  });

  it('stops after any number of steps exactly where stepping would be, and stepsOf counts them', () => {
    const record = records[0]!;
    const actions = actionsOf(scenario, record);
    if (!actions.ok) throw new Error(actions.error.message);
    const phases = new Set<string>();
    for (let n = 0; n <= actions.value.length; n++) {
      const stepped = stepAll(record.setup, actions.value.slice(0, n));
      expect(stepsOf(stepped)).toBe(n);
      const partial = play(scenario, recordOf(stepped), { steps: stepsOf(stepped) });
      expect(partial.ok && partial.value).toEqual(stepped);
      phases.add(stepped.phase);
    }
    expect([...phases].sort()).toEqual(['choosing', 'event', 'finished', 'playing', 'term-end']);
  });

  it('says why a record does not fit the game', () => {
    const setup = defaultSetup(scenario, { seed: 1 });
    const code = (record: GameRecord) => {
      const r = play(scenario, record);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({ setup, decisions: [{ strategy: 'A' }], answers: {} })).toBe('missing-decision');
    expect(code({ setup, decisions: [{ strategy: 'A' }, { strategy: 'A' }, { strategy: 'A' }, { strategy: 'A' }], answers: {} })).toBe('extra-decisions');
    expect(code({ setup, decisions: [{ strategy: 'E' }, { strategy: 'A' }, { strategy: 'A' }], answers: {} })).toBe('unknown-strategy');
    const decisions = [{ strategy: 'A' }, { strategy: 'A' }, { strategy: 'A' }];
    const played = play(scenario, { setup, decisions, answers: {} });
    // The first event of this game that asked the player, answered with something that is not one of its answers.
    const asked = played.ok ? played.value.history.flatMap((r) => r.events.filter((e) => e.choice !== undefined).map((e) => answerKey(r.year, e.id)))[0] : undefined;
    expect(asked).toBeDefined();
    expect(code({ setup, decisions, answers: { [asked as string]: 'nonsense' } })).toBe('unknown-choice');
  });

  it('stops before a term’s decision or at a term’s end when asked', () => {
    const record = records[0]!;
    const before = play(scenario, record, { stopAtTerm: 1 });
    expect(before.ok && [before.value.phase, before.value.termIndex]).toEqual(['choosing', 1]);
    const end = play(scenario, record, { stopAtTermEnd: true });
    expect(end.ok && [end.value.phase, end.value.termIndex, end.value.year]).toEqual(['term-end', 0, 2018]);
  });
});
