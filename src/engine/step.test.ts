import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { createGame, defaultSetup, step, type Action, type GameState } from './index.ts';

const scenario = realScenario();
const fresh = (): GameState => createGame(scenario, defaultSetup(scenario, { seed: 3 }));

function expectRejected(state: GameState, action: Action, code: string) {
  const before = JSON.stringify(state);
  const result = step(state, action, scenario);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
  expect(JSON.stringify(state)).toBe(before);
}

describe('step rejects illegal actions and leaves the state unchanged', () => {
  it('an unknown option', () => expectRejected(fresh(), { type: 'strategy/chosen', strategy: 'E' }, 'unknown-strategy'));
  it('advancing a year before choosing a strategy', () => expectRejected(fresh(), { type: 'year/advanced' }, 'not-playing'));
  it('closing a term that has not ended', () => expectRejected(fresh(), { type: 'term/closed' }, 'term-not-over'));
  it('answering an event when none waits', () => expectRejected(fresh(), { type: 'event/answered', choice: 'x' }, 'no-event'));
  it('a strategy out of turn (mid-term)', () => {
    const playing = step(fresh(), { type: 'strategy/chosen', strategy: 'A' }, scenario);
    if (!playing.ok) throw new Error('setup failed');
    expectRejected(playing.value, { type: 'strategy/chosen', strategy: 'B' }, 'not-choosing');
  });
  it('an unknown party, lever, or too many levers', () => {
    expectRejected(fresh(), { type: 'strategy/chosen', strategy: 'A', party: 'XYZ' }, 'unknown-party');
    expectRejected(fresh(), { type: 'strategy/chosen', strategy: 'A', levers: ['nope'] }, 'unknown-lever');
    const levers = scenario.usLevers.map((l) => l.id).slice(0, scenario.usLeverBudget + 1);
    expectRejected(fresh(), { type: 'strategy/chosen', strategy: 'A', levers }, 'over-budget');
  });
  it('an option the class set-up does not allow', () => {
    const state = createGame(scenario, defaultSetup(scenario, { allowedOptions: ['A', 'B'] }));
    expectRejected(state, { type: 'strategy/chosen', strategy: 'D' }, 'option-not-allowed');
  });
  it('a game of another scenario', () => {
    const other = { ...fresh(), scenarioId: 'another' };
    expectRejected(other, { type: 'year/advanced' }, 'wrong-scenario');
  });
});

/** Plays to the end choosing `strategy` whenever asked and answering events with their defaults; returns the phases seen. */
function playThrough(start: GameState, strategy: string): { state: GameState; phases: string[] } {
  let state = start;
  const phases: string[] = [state.phase];
  for (let guard = 0; state.phase !== 'finished' && guard < 200; guard++) {
    const action: Action =
      state.phase === 'choosing' ? { type: 'strategy/chosen', strategy }
      : state.phase === 'playing' ? { type: 'year/advanced' }
      : state.phase === 'event' ? { type: 'event/answered', choice: scenario.events.find((e) => e.id === state.pendingEvents[0]?.id)?.choice?.default ?? '' }
      : { type: 'term/closed' };
    const next = step(state, action, scenario);
    if (!next.ok) throw new Error(next.error.message);
    state = next.value;
    if (phases[phases.length - 1] !== state.phase) phases.push(state.phase);
  }
  return { state, phases };
}

describe('flow', () => {
  it('goes choosing → playing → term-end → choosing, and finished after the last term', () => {
    const { state, phases } = playThrough(fresh(), 'B');
    expect(state.phase).toBe('finished');
    expect(phases.filter((p) => p === 'choosing')).toHaveLength(3);
    expect(phases.filter((p) => p === 'term-end')).toHaveLength(3);
  });

  it('in one-term mode the succession model decides the later sexenios', () => {
    const { state } = playThrough(createGame(scenario, defaultSetup(scenario, { seed: 11, succession: 'model' })), 'A');
    expect(state.terms.map((t) => t.decision?.by)).toEqual(['player', 'model', 'model']);
  });
});
