// Luck versus choice, off the main thread: the debrief posts one request, the worker answers with progress, one
// result per path and, last, `done` with the whole run's milliseconds (shown on the page, and read by
// bench/browser-bench.ts). The computation is in luck-run.ts.
import type { LuckMessage, LuckRequest } from './luck-protocol.ts';
import { runLuck } from './luck-run.ts';

const post = (message: LuckMessage) => self.postMessage(message);

self.addEventListener('message', (e: MessageEvent<LuckRequest>) => {
  try {
    runLuck(e.data, post);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
