// The width a chart is drawn at: its container's, in CSS pixels, so text and lines keep their size on a phone and
// on a projector. When the page is printed the container's screen width means nothing, so the chart is drawn at a
// fixed width the print stylesheet scales to the paper (text then prints at about its screen size).
import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export const PRINT_WIDTH = 620;
const FALLBACK_WIDTH = 560;

function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof window.matchMedia === 'function' && window.matchMedia('print').matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('print');
    // beforeprint runs before the browser lays the page out for paper: the new width must be drawn by then.
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(query.matches);
    const change = () => setPrinting(query.matches);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    query.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      query.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

export function useChartWidth(ref: RefObject<HTMLElement | null>): number {
  const printing = usePrinting();
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return printing ? PRINT_WIDTH : width;
}
