// The title's text on screen first, whatever can wait after it: `firstPaint()` resolves once the browser reports the
// page's first contentful paint. The scenario chunk (main.tsx) and the animation features (motion.ts) wait for it, so
// neither their download nor their parsing holds up that paint. Where paint timing is not reported it waits for two
// frames; where nothing paints (a hidden tab, a test DOM) it resolves at once; a timer makes sure it always resolves.
let painted: Promise<void> | null = null;

export function firstPaint(): Promise<void> {
  painted ??= new Promise<void>((resolve) => {
    let observer: PerformanceObserver | null = null;
    const done = () => {
      observer?.disconnect();
      window.clearTimeout(fallback);
      resolve();
    };
    const fallback = window.setTimeout(done, 2000);
    if (document.visibilityState !== 'visible' || typeof requestAnimationFrame !== 'function') return done();
    if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint')) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
      return;
    }
    requestAnimationFrame(() => requestAnimationFrame(() => window.setTimeout(done, 0)));
  });
  return painted;
}
