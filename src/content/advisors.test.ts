// The real advisors stay short, speak to C's sub-choice, and vary with the situation in ways a game can reach.
import { describe, expect, it } from 'vitest';
import type { AdviceDef } from '../engine/index.ts';
import { loadAllScenarios } from './load-scenarios-node.ts';
import { situational, type Situation } from './situation.ts';

const scenario = loadAllScenarios().find((s) => s.id === 'sexenio-2012')!;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const entries = scenario.advisors.flatMap((a) => Object.entries(a.advice).map(([key, advice]) => ({ who: `${a.id} on ${key}`, advice })));
const advice = (advisor: string, key: string): AdviceDef => scenario.advisors.find((a) => a.id === advisor)!.advice[key]!;
const start: Situation = { term: 1, previous: null, scores: { policeCapacity: 28, publicSupport: 45, violence: 12000 } };

describe('the real advisors', () => {
  it('say at most 22 English words, in every base and situational text', () => {
    const long = entries.flatMap(({ who, advice: a }) =>
      [a.text, ...(a.now ?? []).map((n) => n.text)].filter((t) => words(t.en) > 22).map((t) => `${who}: ${t.en}`),
    );
    expect(long).toEqual([]);
  });

  it('tie every "after" test to a later term, since the first term follows the 2006–2012 prologue when a game starts there', () => {
    const loose = entries.flatMap(({ who, advice: a }) => (a.now ?? []).filter((n) => n.when.after && (!n.when.term || n.when.term.includes(1))).map(() => who));
    expect(loose).toEqual([]);
  });

  it('speak to the situation in 15 to 25 places', () => {
    const count = entries.reduce((n, e) => n + (e.advice.now?.length ?? 0), 0);
    expect(count).toBeGreaterThanOrEqual(15);
    expect(count).toBeLessThanOrEqual(25);
  });

  it('give the base advice at the start of the first term, before any situation has built up', () => {
    const shifted = entries.filter(({ advice: a }) => situational(a.now, start) !== undefined).map((e) => e.who);
    expect(shifted).toEqual([]);
    expect(entries.filter(({ advice: a }) => situational(a.now, { ...start, previous: 'A' }) !== undefined).map((e) => e.who)).toEqual([]);
  });

  it('let the Interior secretary stop asking for the police reform once it is far along, whatever he is asked about', () => {
    const far: Situation = { term: 3, previous: 'B', scores: { ...start.scores, policeCapacity: 60 } };
    for (const key of ['A', 'B', 'C+LE']) {
      const a = advice('interior-minister', key);
      const said = situational(a.now, far)?.text.en;
      expect(said, key).toBeDefined();
      expect(said, key).not.toBe(a.text.en);
    }
  });

  it('take the first situational text whose test holds: after D, the Interior secretary speaks of purging the police before using the reform', () => {
    const a = advice('interior-minister', 'B');
    const afterD: Situation = { term: 2, previous: 'D', scores: { ...start.scores, policeCapacity: 60 } };
    expect(situational(a.now, afterD)).toBe(a.now?.[0]);
    expect(situational(a.now, { ...afterD, previous: 'B' })).toBe(a.now?.[1]);
  });
});
