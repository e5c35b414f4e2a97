// Reading the lab's games: per path, a GameSample (the engine's sampleGames) of the same seeds, so the runs of two
// paths pair up by index. Chunks played on different workers join back in seed order.
import type { GameSample } from '../engine/index.ts';

/** Samples by path id, all over the same seeds. */
export type Samples = Readonly<Record<string, GameSample>>;

export const runsOf = (sample: GameSample) => sample.incumbentKept.length;

/** Each run's `score` at the end of `year` (the year before the first played: the start), in seed order. */
export function seriesAt(sample: GameSample, score: string, year: number): number[] {
  const y = sample.years.indexOf(year);
  const s = sample.scores.indexOf(score);
  if (y < 0 || s < 0) throw new Error(`the games kept no ${score} for ${year}`);
  const stride = sample.years.length * sample.scores.length;
  const values = sample.values;
  const runs = runsOf(sample);
  const out = new Array<number>(runs);
  for (let r = 0, at = y * sample.scores.length + s; r < runs; r++, at += stride) out[r] = values[at] ?? Number.NaN;
  return out;
}

/** Each run's mean of `score` over the years `from`..`to`. */
export function seriesMean(sample: GameSample, score: string, from: number, to: number): number[] {
  const out = new Array<number>(runsOf(sample)).fill(0);
  for (let year = from; year <= to; year++) {
    const list = seriesAt(sample, score, year);
    for (let r = 0; r < out.length; r++) out[r] = (out[r] as number) + (list[r] as number);
  }
  const years = to - from + 1;
  for (let r = 0; r < out.length; r++) out[r] = (out[r] as number) / years;
  return out;
}

export const meanOf = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);

/** Chunks of consecutive seeds, in seed order, as one sample. */
export function joinSamples(chunks: readonly GameSample[]): GameSample {
  const first = chunks[0];
  if (!first) throw new Error('no games to join');
  if (chunks.length === 1) return first;
  const values = new Float64Array(chunks.reduce((n, c) => n + c.values.length, 0));
  const kept = new Uint8Array(chunks.reduce((n, c) => n + c.incumbentKept.length, 0));
  let v = 0;
  let k = 0;
  for (const c of chunks) {
    if (c.years.join() !== first.years.join() || c.scores.join() !== first.scores.join()) throw new Error('chunks kept different years or scores');
    values.set(c.values, v);
    kept.set(c.incumbentKept, k);
    v += c.values.length;
    k += c.incumbentKept.length;
  }
  return { years: first.years, scores: first.scores, values, incumbentKept: kept };
}
