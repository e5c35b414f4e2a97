// Whether a scrolling box is wider inside than out, and whether it is scrolled to its end: the cue that a table
// continues sideways is shown only while there is more to see.
import { useEffect, useState, type RefObject } from 'react';

export type Overflow = { readonly overflowing: boolean; readonly atEnd: boolean };

export function useOverflow(ref: RefObject<HTMLElement | null>): Overflow {
  const [state, setState] = useState<Overflow>({ overflowing: false, atEnd: true });
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const measure = () => {
      const overflowing = el.scrollWidth > el.clientWidth + 1;
      const atEnd = el.scrollLeft + el.clientWidth >= el.scrollWidth - 2;
      setState((s) => (s.overflowing === overflowing && s.atEnd === atEnd ? s : { overflowing, atEnd }));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    el.addEventListener('scroll', measure, { passive: true });
    measure();
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [ref]);
  return state;
}
