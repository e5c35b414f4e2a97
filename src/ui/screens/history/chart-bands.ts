// The governments as bands along a chart's top. A government that took office late in a year (Peña Nieto on
// December 1, 2012) starts its band after that year, as the model's terms do; one that took office early in a year
// starts before it.
import type { HistoryAdministration } from '../../../engine/index.ts';
import type { ChartBand } from './history-chart.tsx';

/** The surnames that name a president in a small space ("Andrés Manuel López Obrador" → "López Obrador"). */
export function shortName(president: string): string {
  const words = president.trim().split(/\s+/);
  return words.length >= 3 ? words.slice(-2).join(' ') : (words[words.length - 1] ?? president);
}

function startsAt(took: string): number {
  const year = Number(took.slice(0, 4));
  const month = Number(took.slice(5, 7) || '1');
  return month >= 7 ? year + 0.5 : year - 0.5;
}

/**
 * Bands for the years first…last, each government from its start to the next one's. The chart's first point is
 * the state at the first inauguration, so the first government's band starts at the chart's left edge.
 */
export function governmentBands(administrations: readonly HistoryAdministration[], first: number, last: number): ChartBand[] {
  const starts = administrations.map((a, i) => (i === 0 ? first - 0.5 : Math.max(first - 0.5, startsAt(a.took))));
  return administrations
    .map((a, i) => ({ from: starts[i] ?? first - 0.5, to: Math.min(last + 0.5, starts[i + 1] ?? last + 0.5), label: shortName(a.president) }))
    .filter((b) => b.to > b.from && b.from < last + 0.5);
}
