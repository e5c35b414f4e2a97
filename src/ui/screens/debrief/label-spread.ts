/** Spreads label positions so no two are closer than `gap`, keeping their order (labels beside a chart's lines or points). */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!;
    const cur = order[k]!;
    if (cur.y - prev.y < gap) cur.y = prev.y + gap;
  }
  const out = new Array<number>(ys.length);
  for (const o of order) out[o.i] = o.y;
  return out;
}

/** Rounded axis bounds around `values`: whole points for an index, a round step for a count. */
export function axisBounds(values: readonly number[], format: 'index' | 'count'): { lo: number; hi: number; mid: number } {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (format === 'index') return { lo: Math.floor(min - 2), hi: Math.ceil(max + 2), mid: Math.round((min + max) / 2) };
  const range = Math.max(1, max - min);
  const step = 10 ** Math.max(0, Math.floor(Math.log10(range)) - 1);
  const pad = range * 0.08;
  const lo = Math.max(0, Math.floor((min - pad) / step) * step);
  const hi = Math.ceil((max + pad) / step) * step;
  return { lo, hi, mid: Math.round((lo + hi) / 2 / step) * step };
}
