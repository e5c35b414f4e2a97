// Runs luck versus choice in a Web Worker: progress, results as each path finishes, cancel (terminate), timing. A
// message the page cannot read (another protocol version, a malformed result) ends the run with an error.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isLuckMessage, LUCK_PROTOCOL, type LuckPathResult, type LuckRequest } from '../../../workers/luck-protocol.ts';

export type LuckStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error' | 'unsupported';

export type LuckState = {
  readonly status: LuckStatus;
  readonly done: number;
  readonly total: number;
  readonly results: readonly LuckPathResult[];
  /** Whole run, in the worker. */
  readonly ms: number | null;
  readonly error: string | null;
};

const IDLE: LuckState = { status: 'idle', done: 0, total: 0, results: [], ms: null, error: null };

export function useLuck(): { state: LuckState; start: (request: LuckRequest) => void; cancel: () => void } {
  const [state, setState] = useState<LuckState>(IDLE);
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  const start = useCallback(
    (request: LuckRequest) => {
      stop();
      if (typeof Worker === 'undefined') {
        setState({ ...IDLE, status: 'unsupported' });
        return;
      }
      const w = new Worker(new URL('../../../workers/luck.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      setState({ ...IDLE, status: 'running', total: request.paths.length * request.runs });
      w.addEventListener('message', (e: MessageEvent<unknown>) => {
        if (worker.current !== w) return;
        const m = e.data;
        if (!isLuckMessage(m)) {
          setState((s) => ({ ...s, status: 'error', error: `unreadable message from the simulation (protocol ${LUCK_PROTOCOL} expected)` }));
          stop();
          return;
        }
        if (m.type === 'progress') setState((s) => ({ ...s, done: m.done, total: m.total }));
        else if (m.type === 'path') setState((s) => ({ ...s, results: [...s.results, m.result] }));
        else if (m.type === 'done') {
          setState((s) => ({ ...s, status: 'done', done: s.total, ms: m.ms }));
          stop();
        } else {
          setState((s) => ({ ...s, status: 'error', error: m.message }));
          stop();
        }
      });
      w.addEventListener('error', (e) => {
        if (worker.current !== w) return;
        setState((s) => ({ ...s, status: 'error', error: e.message || 'worker error' }));
        stop();
      });
      w.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    if (!worker.current) return;
    stop();
    setState((s) => ({ ...s, status: 'cancelled' }));
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { state, start, cancel };
}
