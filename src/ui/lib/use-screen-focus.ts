// Moves focus to a screen's heading when the screen changes, so keyboard and screen-reader users start at the top.
import { useEffect, useRef } from 'react';

let firstScreen = true;

export function useScreenFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // Decided once per mount (StrictMode runs effects twice in development; the answer must not change).
  const isFirst = useRef<boolean | null>(null);
  useEffect(() => {
    if (isFirst.current === null) {
      isFirst.current = firstScreen;
      firstScreen = false;
    }
    // The page's first screen keeps the browser's own start; every later screen takes focus to its heading.
    if (isFirst.current) return;
    ref.current?.focus();
    if (typeof window.scrollTo === 'function' && !/jsdom/i.test(navigator.userAgent)) window.scrollTo({ top: 0 });
  }, []);
  return ref;
}

/** Tests: make the next screen behave like a later one. */
export function markFirstScreenShown(): void {
  firstScreen = false;
}
