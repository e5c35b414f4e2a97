// Auto-play: while active, the next year resolves after a short pause. Any change of `stepKey` restarts the wait.
import { useEffect, useRef, useState } from 'react';

export const AUTO_PLAY_DELAY_MS = 2600;

function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => typeof document === 'undefined' || document.visibilityState !== 'hidden');
  useEffect(() => {
    const update = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return visible;
}

/** Returns whether the countdown is running. */
export function useAutoPlay(active: boolean, stepKey: string, onTick: () => void, delay = AUTO_PLAY_DELAY_MS): boolean {
  const visible = usePageVisible();
  const running = active && visible;
  const tick = useRef(onTick);
  useEffect(() => {
    tick.current = onTick;
  });
  useEffect(() => {
    if (!running) return;
    const id = window.setTimeout(() => tick.current(), delay);
    return () => window.clearTimeout(id);
  }, [running, stepKey, delay]);
  return running;
}
