// The dashboard's derived view of the list: the class's set-up, each run's row, which runs are set apart and why,
// and the runs the charts and tables count (the class's, plus the set-apart ones when the instructor includes them).
import { useMemo } from 'react';
import { choiceDistribution, scoresByPath, type ClassRun, type PathStat } from '../../../content/class-runs.ts';
import { apartReason, classReference, setupDifferences, type ClassReference } from '../../../content/class-setup-match.ts';
import type { ClassLink } from '../../../content/class-link.ts';
import type { ApartRow } from './apart-runs.tsx';
import { runRow, type RunRow } from './run-rows.ts';

export type ClassView = {
  readonly reference: ClassReference;
  readonly rows: readonly RunRow[];
  readonly inClass: readonly RunRow[];
  readonly apart: readonly ApartRow[];
  /** The rows the charts and tables count. */
  readonly counted: readonly RunRow[];
  readonly distribution: ReturnType<typeof choiceDistribution>;
  readonly strategies: readonly string[];
  readonly byPath: readonly PathStat[];
};

export function useClassView(runs: readonly ClassRun[], link: ClassLink | null, includeApart: boolean, scoreId: string): ClassView {
  const base = useMemo(() => {
    const reference = classReference(link, runs);
    const rows = runs.map(runRow);
    const inClass: RunRow[] = [];
    const apart: ApartRow[] = [];
    for (const row of rows) {
      const why = apartReason(row.run, reference);
      if (why === null) inClass.push(row);
      else apart.push({ row, why, fields: setupDifferences(row.run.run, reference) });
    }
    return { reference, rows, inClass, apart };
  }, [runs, link]);
  const counted = includeApart ? base.rows : base.inClass;
  const countedRuns = useMemo(() => counted.map((r) => r.run), [counted]);
  const distribution = useMemo(() => choiceDistribution(countedRuns), [countedRuns]);
  const strategies = useMemo(() => [...new Set(countedRuns.flatMap((r) => r.path))].sort(), [countedRuns]);
  const byPath = useMemo(() => scoresByPath(countedRuns, scoreId), [countedRuns, scoreId]);
  return { ...base, counted, distribution, strategies, byPath };
}
