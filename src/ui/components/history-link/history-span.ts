// The years "What happened next" covers: from the first real government's inauguration to the history's last year.
import type { HistoryDef } from '../../../engine/index.ts';

export function historySpan(history: HistoryDef): { readonly start: number; readonly end: number } {
  const took = history.administrations[0]?.took;
  return { start: took ? Number(took.slice(0, 4)) : history.lastYear, end: history.lastYear };
}
