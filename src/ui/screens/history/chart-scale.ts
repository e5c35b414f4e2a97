// The arithmetic of the page's small charts: round axis ticks, year positions, and label rows that do not collide.

/** Ticks from 0 to a round number at or above `max`, at steps of 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(max: number, most = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / (most - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** Every how many years a year label fits, given the room per year and a label's width. */
export function labelEvery(slot: number, labelWidth: number): number {
  return Math.max(1, Math.ceil((labelWidth + 8) / Math.max(1, slot)));
}

/**
 * Rows for labels laid out left to right: each goes on the first row where it does not overlap the label before it
 * on that row. Returns each label's row (0 is the top).
 */
export function labelRows(spans: readonly { readonly start: number; readonly end: number }[], gap = 6): number[] {
  const rowEnds: number[] = [];
  return spans.map((s) => {
    let row = rowEnds.findIndex((end) => s.start >= end + gap);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = s.end;
    return row;
  });
}

/** Roughly how wide a line of text is at a font size (for layout only; the browser draws the text). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58;
}
