import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { actionsOf, allStrategies, decisionsOf, defaultSetup, ghostRuns, playDecisions, replay } from './index.ts';

const scenario = realScenario();
const setup = defaultSetup(scenario, { seed: 4242 });
const played = playDecisions(scenario, setup, [{ strategy: 'B' }, { strategy: 'C+LE' }, { strategy: 'A' }]);
if (!played.ok) throw new Error(played.error.message);
const { state, actions } = played.value;

describe('ghostRuns', () => {
  it('replays the player’s own strategy for a term exactly (no events asked, defaults otherwise)', () => {
    for (const termIndex of [0, 1, 2]) {
      const own = state.terms[termIndex]?.decision?.strategy ?? '';
      const [ghost] = ghostRuns(scenario, setup, actions, termIndex, [own]);
      const real = state.history.filter((r) => r.term === termIndex);
      expect(ghost?.years.map((y) => y.year)).toEqual(real.map((r) => r.year));
      expect(ghost?.years.at(-1)?.cooperation).toBeCloseTo(real.at(-1)?.scores['cooperation'] ?? NaN, 9);
    }
  });

  it('starts every alternative from the same state and plays exactly the term’s years', () => {
    const others = allStrategies(scenario).filter((s) => s !== 'C+LE');
    const ghosts = ghostRuns(scenario, setup, actions, 1, others);
    expect(ghosts.map((g) => g.strategy)).toEqual(others);
    const startCoop = state.history.filter((r) => r.term === 0).at(-1)?.scores['cooperation'];
    for (const g of ghosts) {
      expect(g.start.cooperation).toBeCloseTo(startCoop ?? NaN, 9);
      expect(g.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    }
    // Different strategies give different paths.
    expect(new Set(ghosts.map((g) => g.years.at(-1)?.cooperation.toFixed(6))).size).toBeGreaterThan(1);
  });

  it('is deterministic and leaves out what the set-up forbids', () => {
    expect(ghostRuns(scenario, setup, actions, 2, ['A', 'D'])).toEqual(ghostRuns(scenario, setup, actions, 2, ['A', 'D']));
    const limited = { ...setup, allowedOptions: ['B', 'C', 'A'] };
    const p = playDecisions(scenario, limited, [{ strategy: 'B' }, { strategy: 'C+LE' }, { strategy: 'A' }]);
    if (!p.ok) throw new Error(p.error.message);
    expect(ghostRuns(scenario, limited, p.value.actions, 0, ['A', 'D']).map((g) => g.strategy)).toEqual(['A']);
  });

  it('returns nothing for a term the player did not choose', () => {
    expect(ghostRuns(scenario, setup, actions, 7, ['A'])).toEqual([]);
  });
});

describe('decisionsOf / actionsOf', () => {
  it('rebuilds the actions of a finished game from its state alone', () => {
    expect(decisionsOf(state).decisions.map((d) => d.strategy)).toEqual(['B', 'C+LE', 'A']);
    const rebuilt = actionsOf(scenario, state);
    expect(rebuilt.ok).toBe(true);
    if (!rebuilt.ok) return;
    const again = replay(scenario, setup, rebuilt.value);
    expect(again.ok && again.value.scores).toEqual(state.scores);
  });
});
