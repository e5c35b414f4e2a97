// What every recharts tooltip shares: it stays inside its chart (so on a phone it never runs off the screen), and long
// series names wrap within a width that fits a phone beside the chart's axis instead of widening the box past the
// screen's edge.
import type { CSSProperties } from 'react';

export const ON_SCREEN_TOOLTIP = {
  allowEscapeViewBox: { x: false, y: false },
  wrapperStyle: { maxWidth: '100%', zIndex: 1 } satisfies CSSProperties,
} as const;

export const TOOLTIP_CONTENT_STYLE: CSSProperties = { whiteSpace: 'normal', maxWidth: 'min(24rem, calc(100vw - 7.5rem))', overflowWrap: 'anywhere' };
