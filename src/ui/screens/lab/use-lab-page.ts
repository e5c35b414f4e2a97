// Opening and closing the model lab. Whatever page was on screen stays mounted underneath (hidden), so closing the lab
// returns the user exactly where they were, focus included.
import { useCallback } from 'react';
import { useGameStore } from '../../../state/store.ts';
import { restoreReturnPoint, takeReturnPoint, type ReturnPoint } from '../../lib/return-point.ts';

let back: ReturnPoint = { scrollY: 0, focus: null };

export function useLabPage(): { open: () => void; close: () => void } {
  const setLabOpen = useGameStore((s) => s.setLabOpen);
  const open = useCallback(() => {
    if (useGameStore.getState().labOpen) return;
    back = takeReturnPoint();
    setLabOpen(true);
  }, [setLabOpen]);
  const close = useCallback(() => {
    if (!useGameStore.getState().labOpen) return;
    setLabOpen(false);
    restoreReturnPoint(back, () => document.getElementById('main'));
  }, [setLabOpen]);
  return { open, close };
}
