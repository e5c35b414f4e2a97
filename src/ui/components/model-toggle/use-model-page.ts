// Opening and closing "How the model works". The current screen stays mounted underneath (hidden and paused), so
// closing the page returns the player exactly where they were: same scroll position, focus back where it was.
import { useCallback } from 'react';
import { useGameStore } from '../../../state/store.ts';

type Return = { readonly scrollY: number; readonly focus: HTMLElement | null };
let back: Return = { scrollY: 0, focus: null };

export const MODEL_TOGGLE_ID = 'model-toggle';

function canScroll(): boolean {
  return typeof window.scrollTo === 'function' && !/jsdom/i.test(navigator.userAgent);
}

export function useModelPage(): { open: () => void; close: () => void } {
  const setModelOpen = useGameStore((s) => s.setModelOpen);
  const open = useCallback(() => {
    if (useGameStore.getState().modelOpen) return;
    const active = document.activeElement;
    back = { scrollY: window.scrollY, focus: active instanceof HTMLElement && active !== document.body ? active : null };
    setModelOpen(true);
  }, [setModelOpen]);
  const close = useCallback(() => {
    if (!useGameStore.getState().modelOpen) return;
    setModelOpen(false);
    const { scrollY, focus } = back;
    // After React has shown the screen again: restore the scroll, then the focus (without scrolling to it).
    requestAnimationFrame(() => {
      if (canScroll()) window.scrollTo({ top: scrollY });
      const target = focus?.isConnected && focus.offsetParent !== null ? focus : document.getElementById(MODEL_TOGGLE_ID);
      target?.focus({ preventScroll: true });
    });
  }, [setModelOpen]);
  return { open, close };
}
