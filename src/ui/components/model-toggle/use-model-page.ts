// Opening and closing "How the model works". The current screen stays mounted underneath (hidden and paused), so
// closing the page returns the player exactly where they were: same scroll position, focus back where it was.
import { useCallback } from 'react';
import { useGameStore } from '../../../state/store.ts';
import { restoreReturnPoint, takeReturnPoint, type ReturnPoint } from '../../lib/return-point.ts';

let back: ReturnPoint = { scrollY: 0, focus: null };

export const MODEL_TOGGLE_ID = 'model-toggle';

export function useModelPage(): { open: () => void; close: () => void } {
  const setModelOpen = useGameStore((s) => s.setModelOpen);
  const open = useCallback(() => {
    if (useGameStore.getState().modelOpen) return;
    back = takeReturnPoint();
    setModelOpen(true);
  }, [setModelOpen]);
  const close = useCallback(() => {
    if (!useGameStore.getState().modelOpen) return;
    setModelOpen(false);
    restoreReturnPoint(back, () => document.getElementById(MODEL_TOGGLE_ID));
  }, [setModelOpen]);
  return { open, close };
}
