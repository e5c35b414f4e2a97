// Numbers for the outcome charts and tables: full values for tables and labels, short ones for axis ticks.
import { useMemo } from 'react';
import type { ScoreDef } from '../../../engine/index.ts';
import { useFormat } from '../../i18n/use-format.ts';

export type OutcomeFormat = {
  /** A table or label value: one decimal for an index, a whole number with thousands separators for a count. */
  readonly value: (def: Pick<ScoreDef, 'format'>, v: number) => string;
  /** An axis tick: whole points for an index, a compact count ("12K", "12 mil"). */
  readonly tick: (def: Pick<ScoreDef, 'format'>, v: number) => string;
};

export function useOutcomeFormat(): OutcomeFormat {
  const f = useFormat();
  return useMemo(() => {
    const compact = new Intl.NumberFormat(f.tag, { notation: 'compact', maximumFractionDigits: 1 });
    return {
      value: (def, v) => f.value(def, v),
      tick: (def, v) => (def.format === 'count' ? compact.format(v) : f.integer(Math.round(v))),
    };
  }, [f]);
}
