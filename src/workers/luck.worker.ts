// Luck versus choice, off the main thread: each path's decisions played over `runs` consecutive seeds.
import { monteCarlo } from '../engine/index.ts';
import type { LuckMessage, LuckRequest } from './luck-protocol.ts';

const post = (message: LuckMessage) => self.postMessage(message);

self.addEventListener('message', (e: MessageEvent<LuckRequest>) => {
  const { scenario, setup, paths, runs } = e.data;
  const total = paths.length * runs;
  const began = performance.now();
  try {
    paths.forEach((path, p) => {
      const t0 = performance.now();
      const result = monteCarlo(scenario, setup, path.decisions, runs, (_state, i) => {
        if ((i + 1) % 50 === 0) post({ type: 'progress', done: p * runs + i + 1, total });
      });
      post({ type: 'path', result: { id: path.id, finals: result.finals['cooperation'] ?? [], ms: performance.now() - t0 } });
    });
    post({ type: 'done', ms: performance.now() - began });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
