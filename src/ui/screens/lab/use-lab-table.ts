// The lab's table and conclusions, kept up to date with the assumptions: the standard model's games once (again only
// when the chosen path changes), the changed model's after every committed change. A newer change cancels the run
// still going, so only the latest assumptions are ever shown; the time from the change to the result is measured.
import { useEffect, useState } from 'react';
import type { GameSample } from '../../../engine/index.ts';
import { tableJobs, tablePaths } from '../../../lab/lab-table.ts';
import { joinSamples, type Samples } from '../../../lab/samples.ts';
import type { LabPool } from '../../../workers/lab-pool.ts';

export type TableRun = {
  readonly status: 'running' | 'done' | 'error';
  /** The last finished games: those of the previous assumptions while a newer run is going. */
  readonly samples: Samples | null;
  /** From the change to the result, in the page. */
  readonly ms: number | null;
  readonly error: string | null;
  readonly games: number;
};

type Finished = { readonly key: string; readonly status: 'done' | 'error'; readonly samples: Samples | null; readonly ms: number | null; readonly error: string | null; readonly games: number };

/** Jobs per worker: small enough that a cancelled run frees the workers soon. */
const CHUNKS_PER_WORKER = 2;

function useRun(pool: LabPool | null, variant: Readonly<Record<string, number>> | null, custom: readonly string[], priority: number): TableRun {
  const [finished, setFinished] = useState<Finished | null>(null);
  // `key` stands for variant and custom by value: a new object with the same values is not a new run.
  const key = JSON.stringify([variant, custom]);
  useEffect(() => {
    if (!pool) return;
    const [wanted, path] = JSON.parse(key) as [Record<string, number> | null, string[]];
    if (wanted === null) return;
    const began = performance.now();
    const paths = tablePaths(path);
    const jobs = tableJobs(paths, wanted, pool.size * CHUNKS_PER_WORKER);
    const parts: (Readonly<Record<string, GameSample>> | undefined)[] = jobs.map(() => undefined);
    const games = jobs.reduce((n, j) => n + j.runs * j.paths.length, 0);
    const batch = pool.run(jobs, priority, {
      onJob: (i, result) => {
        parts[i] = result.samples;
      },
      onDone: () => {
        const done = parts.filter((p): p is Readonly<Record<string, GameSample>> => p !== undefined);
        const samples = Object.fromEntries(paths.map((p) => [p.id, joinSamples(done.map((d) => d[p.id]).filter((s): s is GameSample => s !== undefined))]));
        setFinished({ key, status: 'done', samples, ms: performance.now() - began, error: null, games });
      },
      onError: (message) => setFinished((f) => ({ key, status: 'error', samples: f?.samples ?? null, ms: null, error: message, games })),
    });
    return () => batch.cancel();
  }, [pool, key, priority]);
  if (!pool) return { status: 'error', samples: null, ms: null, error: null, games: 0 };
  if (finished?.key === key) return finished;
  return { status: 'running', samples: finished?.samples ?? null, ms: null, error: null, games: 0 };
}

/** The standard model's run and the changed model's (null when nothing is changed: the standard one stands for it). */
export function useLabTable(pool: LabPool | null, variant: Readonly<Record<string, number>>, custom: readonly string[]): { standard: TableRun; changed: TableRun | null } {
  const changedAny = Object.keys(variant).length > 0;
  const standard = useRun(pool, {}, custom, 0);
  const changed = useRun(pool, changedAny ? variant : null, custom, 1);
  return { standard, changed: changedAny ? changed : null };
}
