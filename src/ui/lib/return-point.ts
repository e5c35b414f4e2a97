// Where the player was when a page opened over the current screen (scroll position and focus), so closing the page
// puts them back exactly there.

export type ReturnPoint = { readonly scrollY: number; readonly focus: HTMLElement | null };

function canScroll(): boolean {
  return typeof window.scrollTo === 'function' && !/jsdom/i.test(navigator.userAgent);
}

export function takeReturnPoint(): ReturnPoint {
  const active = document.activeElement;
  return { scrollY: window.scrollY, focus: active instanceof HTMLElement && active !== document.body ? active : null };
}

/** After React has shown the screen again: the scroll, then the focus (without scrolling to it), or the fallback. */
export function restoreReturnPoint(point: ReturnPoint, fallback: () => HTMLElement | null): void {
  requestAnimationFrame(() => {
    if (canScroll()) window.scrollTo({ top: point.scrollY });
    const { focus } = point;
    const target = focus?.isConnected && focus.offsetParent !== null ? focus : fallback();
    target?.focus({ preventScroll: true });
  });
}
