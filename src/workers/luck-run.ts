// Luck versus choice, the computation (luck.worker.ts runs it off the main thread): each path's decisions played
// over `runs` consecutive seeds, keeping for each run the final value of the scores the request names in `finals`
// and the sum over the game's years of those in `totals`.
// The engine gets the runs in batches and no per-game callback: with a callback it must build each game's full
// record (the callback could look at it), without one it need not. Progress goes out between batches, at most
// every PROGRESS_MS, so a fast run is not slowed by messages and the page is not re-rendered for each of them.
import { monteCarlo } from '../engine/index.ts';
import { LUCK_PROTOCOL, type LuckMessage, type LuckRequest } from './luck-protocol.ts';

export const LUCK_BATCH = 100;
const PROGRESS_MS = 50;
const version = LUCK_PROTOCOL;

const lists = (ids: readonly string[]): Record<string, number[]> => Object.fromEntries(ids.map((id) => [id, []]));

function append(into: Record<string, number[]>, from: Readonly<Record<string, readonly number[]>>): void {
  for (const [id, list] of Object.entries(into)) {
    const values = from[id];
    if (!values) throw new Error(`unknown score ${id}`);
    for (const v of values) list.push(v);
  }
}

export function runLuck(request: LuckRequest, post: (message: LuckMessage) => void, now: () => number = () => performance.now()): void {
  const { scenario, setup, paths, runs } = request;
  const total = paths.length * runs;
  const began = now();
  let reported = began;
  paths.forEach((path, p) => {
    const t0 = now();
    const finals = lists(request.finals);
    const totals = lists(request.totals);
    for (let from = 0; from < runs; from += LUCK_BATCH) {
      const count = Math.min(LUCK_BATCH, runs - from);
      // Seeds setup.seed + from … + from + count - 1: the same games, in the same order, as one call for all runs.
      const batch = monteCarlo(scenario, { ...setup, seed: setup.seed + from }, path.decisions, count);
      append(finals, batch.finals);
      append(totals, batch.totals);
      const t = now();
      if (t - reported >= PROGRESS_MS) {
        reported = t;
        post({ type: 'progress', version, done: p * runs + from + count, total });
      }
    }
    post({ type: 'path', version, result: { id: path.id, finals, totals, ms: now() - t0 } });
  });
  post({ type: 'done', version, ms: now() - began });
}
