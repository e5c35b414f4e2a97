// The lab's table: the five pure paths and one path of the user's choosing, played over the same seeds, and for each
// the numbers an instructor compares — cooperation, SEDENA and SEMAR at 2018 and 2030, deaths a year and public
// support (means over the game's years).
import type { SampleJob, PathSpec } from './play-samples.ts';
import { pureSpec } from './play-samples.ts';
import { PURE_PATHS } from './conclusions.ts';
import { meanOf, seriesAt, seriesMean, type Samples } from './samples.ts';

/** Seeds every path of the table plays; the sweep plays the first SWEEP_SEEDS of them. */
export const TABLE_SEEDS = 500;
export const FIRST_SEED = 1000;
export const TABLE_SCORES = ['cooperation', 'sedena', 'semar', 'violence', 'publicSupport'] as const;
export const CUSTOM_PATH = 'custom';

export type Metric = 'coop2018' | 'coop2030' | 'sedena2018' | 'sedena2030' | 'semar2018' | 'semar2030' | 'deaths' | 'support';
export const METRICS: readonly Metric[] = ['coop2018', 'coop2030', 'sedena2018', 'sedena2030', 'semar2018', 'semar2030', 'deaths', 'support'];

export type PathRow = { readonly id: string; readonly values: Readonly<Record<Metric, number>> };

export const tablePaths = (custom: readonly string[]): PathSpec[] => [...PURE_PATHS.map(pureSpec), { id: CUSTOM_PATH, strategies: custom }];

/** The table's games split into `chunks` jobs of consecutive seeds, one per worker or more. */
export function tableJobs(paths: readonly PathSpec[], variant: Readonly<Record<string, number>>, chunks: number, seeds = TABLE_SEEDS): SampleJob[] {
  const n = Math.max(1, Math.min(chunks, seeds));
  const jobs: SampleJob[] = [];
  for (let i = 0; i < n; i++) {
    const from = Math.floor((i * seeds) / n);
    const to = Math.floor(((i + 1) * seeds) / n);
    jobs.push({ paths, variant, firstSeed: FIRST_SEED + from, runs: to - from, scores: TABLE_SCORES });
  }
  return jobs;
}

export function pathRows(samples: Samples, paths: readonly PathSpec[]): PathRow[] {
  return paths.flatMap((p) => {
    const s = samples[p.id];
    if (!s) return [];
    const first = s.years[1] ?? 2013;
    const last = s.years[s.years.length - 1] ?? 2030;
    const at = (score: string, year: number) => meanOf(seriesAt(s, score, year));
    return [
      {
        id: p.id,
        values: {
          coop2018: at('cooperation', 2018),
          coop2030: at('cooperation', 2030),
          sedena2018: at('sedena', 2018),
          sedena2030: at('sedena', 2030),
          semar2018: at('semar', 2018),
          semar2030: at('semar', 2030),
          deaths: meanOf(seriesMean(s, 'violence', first, last)),
          support: meanOf(seriesMean(s, 'publicSupport', first, last)),
        },
      },
    ];
  });
}
