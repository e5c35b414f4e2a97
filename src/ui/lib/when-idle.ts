// Runs work that can wait (prefetching code the player may need later) once the page has settled: `delayMs` after
// the call, in an idle period (requestIdleCallback where there is one, a timer where not), so it never shares a task
// with a render or competes with the start. Returns a cancel function, for an effect's clean-up.
export function whenIdle(work: () => void, delayMs = 0): () => void {
  let cancel = () => {};
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => work(), { timeout: 2000 });
      cancel = () => window.cancelIdleCallback(id);
    } else {
      const id = window.setTimeout(work, 0);
      cancel = () => window.clearTimeout(id);
    }
  }, delayMs);
  cancel = () => window.clearTimeout(timer);
  return () => cancel();
}
