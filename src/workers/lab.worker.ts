// The model lab's games, off the main thread: the page sends the scenario once, then runs; each run is answered with
// its samples (buffers transferred) or an error. The computation is in lab-run.ts.
import { handleLabRequest, transferables, type LabWorkerState } from './lab-run.ts';

const state: LabWorkerState = { scenario: null };

self.addEventListener('message', (e: MessageEvent<unknown>) => {
  const answer = handleLabRequest(state, e.data);
  if (answer) self.postMessage(answer, { transfer: transferables(answer) });
});
