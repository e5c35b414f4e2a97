// Luck versus choice, the computation (luck.worker.ts runs it off the main thread): each path's decisions played
// over `runs` consecutive seeds, keeping the final main score (see mainScore: overall cooperation here) of each run.
// The engine gets the runs in batches and no per-game callback: with a callback it must build each game's full
// record (the callback could look at it), without one it need not. Progress goes out between batches, at most
// every PROGRESS_MS, so a fast run is not slowed by messages and the page is not re-rendered for each of them.
import { mainScore, monteCarlo } from '../engine/index.ts';
import type { LuckMessage, LuckRequest } from './luck-protocol.ts';

export const LUCK_BATCH = 100;
const PROGRESS_MS = 50;

export function runLuck(request: LuckRequest, post: (message: LuckMessage) => void, now: () => number = () => performance.now()): void {
  const { scenario, setup, paths, runs } = request;
  const total = paths.length * runs;
  const score = mainScore(scenario).id;
  const began = now();
  let reported = began;
  paths.forEach((path, p) => {
    const t0 = now();
    const finals: number[] = [];
    for (let from = 0; from < runs; from += LUCK_BATCH) {
      const count = Math.min(LUCK_BATCH, runs - from);
      // Seeds setup.seed + from … + from + count - 1: the same games, in the same order, as one call for all runs.
      const batch = monteCarlo(scenario, { ...setup, seed: setup.seed + from }, path.decisions, count);
      for (const value of batch.finals[score] ?? []) finals.push(value);
      const t = now();
      if (t - reported >= PROGRESS_MS) {
        reported = t;
        post({ type: 'progress', done: p * runs + from + count, total });
      }
    }
    post({ type: 'path', result: { id: path.id, finals, ms: now() - t0 } });
  });
  post({ type: 'done', ms: now() - began });
}
