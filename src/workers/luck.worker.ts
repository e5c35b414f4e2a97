// Luck versus choice, off the main thread: the debrief posts one request, the worker answers with progress, one
// result per path and, last, `done` with the whole run's milliseconds (shown on the page, and read by
// bench/browser-bench.ts). A request of another protocol version, or malformed, gets an error back. The computation
// is in luck-run.ts.
import { isLuckRequest, LUCK_PROTOCOL, protocolError, type LuckMessage } from './luck-protocol.ts';
import { runLuck } from './luck-run.ts';

const post = (message: LuckMessage) => self.postMessage(message);

self.addEventListener('message', (e: MessageEvent<unknown>) => {
  if (!isLuckRequest(e.data)) {
    post(protocolError(e.data));
    return;
  }
  try {
    runLuck(e.data, post);
  } catch (error) {
    post({ type: 'error', version: LUCK_PROTOCOL, message: error instanceof Error ? error.message : String(error) });
  }
});
