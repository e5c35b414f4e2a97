// The model's conclusions: the documents' claims the game reproduces (tests/claims/claims.test.ts asserts them under
// the standard model), each judged on paired games with the same test as the claims tests, so that a lab can say
// which of them survive a change of assumptions. Pure: runs in Node, a worker or the page.
import type { DocCitation } from '../engine/index.ts';
import { meanAbove, paired, verdictOf, weakest, type Margin, type Verdict } from './paired-stats.ts';
import { seriesAt, seriesMean, type Samples } from './samples.ts';

/** The strategy played in all three terms, which names the path. */
export type PurePathId = 'A' | 'B' | 'C' | 'C+LE' | 'D';
export const PURE_PATHS: readonly PurePathId[] = ['A', 'B', 'C', 'C+LE', 'D'];

export type ConclusionId =
  | 'a-above-b'
  | 'b-above-c'
  | 'cle-above-c'
  | 'c-above-d'
  | 'd-falls-hardest'
  | 'semar-outlasts-sedena'
  | 'a-keeps-improving'
  | 'cle-keeps-presidency'
  | 'd-fewest-deaths';

/** What a margin counts: cooperation points, deaths a year, or a share of games. */
export type MarginUnit = 'points' | 'deaths' | 'share';

export type Conclusion = {
  readonly id: ConclusionId;
  readonly paths: readonly PurePathId[];
  /** Whether it needs who holds the presidency after the first term. */
  readonly successor: boolean;
  readonly unit: MarginUnit;
  readonly citations: readonly DocCitation[];
  /** The comparisons it makes; it holds when every one does. */
  readonly compare: (samples: Samples) => readonly Margin[];
};

/** Every conclusion is about the first term: games need not be played past this year. */
export const CONCLUSIONS_LAST_YEAR = 2018;
const START = 2012;
const COOP = 'cooperation';
/** The scores the conclusions read. */
export const CONCLUSION_SCORES = [COOP, 'sedena', 'semar', 'violence'] as const;

const downie = (section: string, from: number, to: number): DocCitation => ({ doc: 'downie-2011', section, lines: [from, to] });
const RANKING = [downie('Option B', 569, 569), downie('Option D', 741, 741)];

function path(samples: Samples, id: PurePathId) {
  const sample = samples[id];
  if (!sample) throw new Error(`no games for path ${id}`);
  return sample;
}

const coopAt = (samples: Samples, id: PurePathId, year: number) => seriesAt(path(samples, id), COOP, year);
const above = (hi: PurePathId, lo: PurePathId, by = 0) => (samples: Samples) => [paired(`${hi} − ${lo}`, coopAt(samples, hi, 2018), coopAt(samples, lo, 2018), by)];
const others = (except: PurePathId) => PURE_PATHS.filter((p) => p !== except);

export const CONCLUSIONS: readonly Conclusion[] = [
  { id: 'a-above-b', paths: ['A', 'B'], successor: false, unit: 'points', citations: RANKING, compare: above('A', 'B') },
  { id: 'b-above-c', paths: ['B', 'C'], successor: false, unit: 'points', citations: [...RANKING, downie('4. Recommendations', 896, 898)], compare: above('B', 'C') },
  // "Well above": the claims test sets the bar at 5 points.
  { id: 'cle-above-c', paths: ['C+LE', 'C'], successor: false, unit: 'points', citations: [downie('Option C', 652, 653)], compare: above('C+LE', 'C', 5) },
  { id: 'c-above-d', paths: ['C', 'D'], successor: false, unit: 'points', citations: RANKING, compare: above('C', 'D') },
  {
    id: 'd-falls-hardest',
    paths: PURE_PATHS,
    successor: false,
    unit: 'points',
    citations: [downie('Option D', 743, 745)],
    compare: (samples) => {
      const firstYear = (id: PurePathId) => {
        const before = coopAt(samples, id, START);
        return coopAt(samples, id, START + 1).map((v, i) => v - (before[i] ?? Number.NaN));
      };
      return others('D').map((id) => paired(`${id} − D`, firstYear(id), firstYear('D')));
    },
  },
  {
    id: 'semar-outlasts-sedena',
    paths: ['D'],
    successor: false,
    unit: 'points',
    citations: [downie('2. Historical Context', 216, 217), downie('Option D', 744, 746)],
    compare: (samples) => [paired('SEMAR − SEDENA', seriesAt(path(samples, 'D'), 'semar', 2018), seriesAt(path(samples, 'D'), 'sedena', 2018))],
  },
  {
    id: 'a-keeps-improving',
    paths: ['A'],
    successor: false,
    unit: 'points',
    citations: [downie('Option A', 514, 519), downie('Summary of Options', 890, 891)],
    compare: (samples) => {
      const start = coopAt(samples, 'A', START);
      return [meanAbove('A: slope a year, 2012–2018', coopAt(samples, 'A', 2018).map((v, i) => (v - (start[i] ?? Number.NaN)) / (2018 - START)))];
    },
  },
  {
    id: 'cle-keeps-presidency',
    paths: ['C+LE', 'A'],
    successor: true,
    unit: 'share',
    citations: [downie('3. Where is the Relationship Going—and Why?', 387, 438), downie('4. Recommendations', 924, 931)],
    // The claims test's bar: at least 15 points of share more often.
    compare: (samples) => [paired('C+LE − A', [...path(samples, 'C+LE').incumbentKept], [...path(samples, 'A').incumbentKept], 0.15)],
  },
  {
    id: 'd-fewest-deaths',
    paths: PURE_PATHS,
    successor: false,
    unit: 'deaths',
    citations: [downie('Option D', 719, 723)],
    compare: (samples) => {
      const early = (id: PurePathId) => seriesMean(path(samples, id), 'violence', 2013, 2014);
      return others('D').map((id) => paired(`${id} − D`, early(id), early('D')));
    },
  },
];

export type ConclusionResult = {
  readonly id: ConclusionId;
  readonly verdict: Verdict;
  /** The comparison closest to failing. */
  readonly closest: Margin;
  /** How far the closest comparison's mean clears its bar, in the conclusion's unit; below 0 it falls short. */
  readonly margin: number;
};

export function judge(conclusion: Conclusion, samples: Samples): ConclusionResult {
  const family = conclusion.compare(samples);
  const closest = weakest(family);
  const margin = Math.min(...family.map((m) => m.diff - m.by));
  return { id: conclusion.id, verdict: verdictOf(closest), closest, margin };
}

export const conclusionById = (id: ConclusionId): Conclusion => {
  const found = CONCLUSIONS.find((c) => c.id === id);
  if (!found) throw new Error(`unknown conclusion ${id}`);
  return found;
};

/** The paths a set of conclusions needs, in the pure paths' order. */
export const pathsFor = (conclusions: readonly Conclusion[]): PurePathId[] => PURE_PATHS.filter((p) => conclusions.some((c) => c.paths.includes(p)));
