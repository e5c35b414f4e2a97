// Starts the pace guard's pause whenever something new is on screen: every change to the game (a year, an event that
// asks for an answer, an answer, a decision), every change of screen, and the return from a page shown over one.
import { useEffect } from 'react';
import { useGameStore } from '../../state/store.ts';
import { markNewStep, trackPresses } from './pace-guard.ts';

export function usePaceSteps(): void {
  useEffect(() => {
    const untrack = trackPresses(window);
    const unsubscribe = useGameStore.subscribe((s, prev) => {
      const uncovered = (prev.modelOpen && !s.modelOpen) || (prev.historyOpen && !s.historyOpen);
      if (s.game !== prev.game || s.screen !== prev.screen || uncovered) markNewStep();
    });
    return () => {
      unsubscribe();
      untrack();
    };
  }, []);
}
