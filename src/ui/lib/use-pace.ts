// React's view of the pace guard: whether the pause after the last new step is over, and a wrapper that lets an
// action through only when it is (for shortcuts; buttons use PacedButton).
import { useSyncExternalStore } from 'react';
import { isPaceReady, mayAdvance, subscribePace } from './pace-guard.ts';

export function usePaceReady(): boolean {
  return useSyncExternalStore(subscribePace, isPaceReady, () => true);
}

/** The action, run only when the pause is over; otherwise the call is ignored. */
export function paced(action: () => void): () => void {
  return () => {
    if (mayAdvance()) action();
  };
}
