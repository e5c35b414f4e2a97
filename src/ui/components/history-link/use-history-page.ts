// Opening and closing "What happened next". Like "How the model works", it covers the current screen (the title or
// the final debrief), which stays mounted underneath, so closing it returns the player where they were.
import { useCallback } from 'react';
import { useGameStore } from '../../../state/store.ts';
import { restoreReturnPoint, takeReturnPoint, type ReturnPoint } from '../../lib/return-point.ts';

let back: ReturnPoint = { scrollY: 0, focus: null };

/** The buttons that open the page, on the title screen and in the debrief: focus returns to one if all else fails. */
export const HISTORY_BUTTON_IDS = { title: 'history-open-title', debrief: 'history-open-debrief', debriefTop: 'history-open-debrief-top' } as const;

function openingButton(): HTMLElement | null {
  return document.getElementById(HISTORY_BUTTON_IDS.debrief) ?? document.getElementById(HISTORY_BUTTON_IDS.title);
}

export function useHistoryPage(): { open: () => void; close: () => void } {
  const setHistoryOpen = useGameStore((s) => s.setHistoryOpen);
  const open = useCallback(() => {
    if (useGameStore.getState().historyOpen) return;
    back = takeReturnPoint();
    setHistoryOpen(true);
  }, [setHistoryOpen]);
  const close = useCallback(() => {
    if (!useGameStore.getState().historyOpen) return;
    setHistoryOpen(false);
    restoreReturnPoint(back, openingButton);
  }, [setHistoryOpen]);
  return { open, close };
}
