// The sensitivity sweep on the lab's workers: progress as runs come back, a Cancel that drops what is left, and the
// tornadoes of the chosen conclusions when every run is in. Its time and size are shown (and read by the bench).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conclusion } from '../../../lab/conclusions.ts';
import type { LabParameter } from '../../../lab/parameter-docs.ts';
import type { Samples } from '../../../lab/samples.ts';
import { sweepJobs, sweepPoints, tornado, type Tornado } from '../../../lab/sweep.ts';
import type { Batch, LabPool } from '../../../workers/lab-pool.ts';

export type SweepState = {
  readonly status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  readonly done: number;
  readonly total: number;
  readonly tornadoes: readonly Tornado[];
  readonly games: number;
  readonly ms: number | null;
  readonly error: string | null;
};

const PROGRESS_MS = 100;

const IDLE: SweepState = { status: 'idle', done: 0, total: 0, tornadoes: [], games: 0, ms: null, error: null };

export function useSweep(pool: LabPool | null): { state: SweepState; start: (conclusions: readonly Conclusion[], parameters: readonly LabParameter[], current: Readonly<Record<string, number>>) => void; cancel: () => void } {
  const [state, setState] = useState<SweepState>(IDLE);
  const batch = useRef<Batch | null>(null);

  const cancel = useCallback(() => {
    if (!batch.current) return;
    batch.current.cancel();
    batch.current = null;
    setState((s) => ({ ...s, status: 'cancelled' }));
  }, []);

  const start = useCallback(
    (conclusions: readonly Conclusion[], parameters: readonly LabParameter[], current: Readonly<Record<string, number>>) => {
      if (!pool) return;
      batch.current?.cancel();
      const began = performance.now();
      const points = sweepPoints(parameters, current);
      const jobs = sweepJobs(points, conclusions, current);
      const games = jobs.reduce((n, j) => n + j.runs * j.paths.length, 0);
      const runs: Samples[] = new Array<Samples>(jobs.length);
      let done = 0;
      let shown = began;
      setState({ ...IDLE, status: 'running', total: jobs.length, games });
      const mine: Batch = pool.run(jobs, 2, {
        onJob: (i, result) => {
          runs[i] = result.samples;
          done++;
          // Progress at most every PROGRESS_MS: a re-render per run would take the main thread from the results.
          const now = performance.now();
          if (now - shown >= PROGRESS_MS) {
            shown = now;
            setState((s) => ({ ...s, done }));
          }
        },
        onDone: () => {
          if (batch.current !== mine) return;
          batch.current = null;
          const tornadoes = conclusions.map((c) => tornado(c, points, runs, current, parameters));
          setState({ status: 'done', done: jobs.length, total: jobs.length, tornadoes, games, ms: performance.now() - began, error: null });
        },
        onError: (message) => {
          batch.current = null;
          setState((s) => ({ ...s, status: 'error', error: message }));
        },
      });
      batch.current = mine;
    },
    [pool],
  );

  useEffect(() => () => batch.current?.cancel(), []);
  return { state, start, cancel };
}
