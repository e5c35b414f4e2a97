// Which situational text speaks to the term about to begin: the term's number, the strategy before, a score's level.
import type { SituationalText, SituationTest } from '../engine/index.ts';

export type Situation = {
  readonly term: number;
  /** The strategy of the term before, or null in the first term. */
  readonly previous: string | null;
  readonly scores: Readonly<Record<string, number>>;
};

function holds(test: SituationTest, s: Situation): boolean {
  if (test.term && !test.term.includes(s.term)) return false;
  if (test.after) {
    const prev = s.previous;
    if (prev === null || !test.after.some((a) => a === prev || a === prev.charAt(0))) return false;
  }
  if (test.score !== undefined) {
    const v = s.scores[test.score];
    if (v === undefined) return false;
    if (test.below !== undefined && !(v < test.below)) return false;
    if (test.above !== undefined && !(v > test.above)) return false;
  }
  return true;
}

export function situational(list: readonly SituationalText[] | undefined, s: Situation): SituationalText | undefined {
  return list?.find((n) => holds(n.when, s));
}
