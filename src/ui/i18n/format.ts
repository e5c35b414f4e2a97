// Numbers in the player's language (es-MX or en-US), with a true minus sign.
import type { ScoreDef } from '../../engine/index.ts';
import type { Locale } from '../../state/settings-slice.ts';

export type Formatter = {
  readonly tag: string;
  /** Large numerals: whole numbers. */
  readonly whole: (def: Pick<ScoreDef, 'format'>, value: number) => string;
  /** Detail: one decimal for indexes, whole numbers for counts. */
  readonly value: (def: Pick<ScoreDef, 'format'>, value: number) => string;
  /** A signed change; small index changes keep two decimals so they do not read as zero. */
  readonly delta: (def: Pick<ScoreDef, 'format'>, delta: number) => string;
  /** A signed change in whole numbers, beside values shown as whole numerals. */
  readonly wholeDelta: (delta: number) => string;
  /** An unsigned change size for sentences ("fell 4.1 points"). */
  readonly size: (def: Pick<ScoreDef, 'format'>, delta: number) => string;
  readonly integer: (value: number) => string;
};

const minus = (s: string) => s.replace('-', '\u2212');

export function makeFormatter(locale: Locale): Formatter {
  const tag = locale === 'es' ? 'es-MX' : 'en-US';
  const nf = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, o);
  const int = nf({ maximumFractionDigits: 0 });
  const one = nf({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signedInt = nf({ maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const signedOne = nf({ minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const signedTwo = nf({ minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const twoDigits = nf({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const small = (d: number) => Math.abs(d) < 0.05;
  return {
    tag,
    whole: (_def, v) => minus(int.format(Math.round(v))),
    value: (def, v) => minus(def.format === 'count' ? int.format(Math.round(v)) : one.format(v)),
    delta: (def, d) => minus(def.format === 'count' ? signedInt.format(Math.round(d)) : small(d) ? signedTwo.format(d) : signedOne.format(d)),
    wholeDelta: (d) => minus(signedInt.format(Math.round(d))),
    size: (def, d) => (def.format === 'count' ? int.format(Math.round(Math.abs(d))) : small(d) ? twoDigits.format(Math.abs(d)) : one.format(Math.abs(d))),
    integer: (v) => minus(int.format(v)),
  };
}

/** Rounded to one decimal exactly as the formatters show it (the rounding is the same in every locale). */
const tenthsFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, useGrouping: false });
const tenths = (v: number) => Number(tenthsFormat.format(v));

/**
 * The change from one value to another as the two are shown (`whole` numerals, or detail `value`s: one decimal for
 * indexes), so that "81 → 78" reads −3 and not −2.6. A change smaller than the values' precision keeps its own finer
 * figure (delta shows it with two decimals), rather than reading as no change at all.
 */
export function shownChange(def: Pick<ScoreDef, 'format'>, from: number, to: number, shown: 'whole' | 'value'): number {
  if (shown === 'whole' || def.format === 'count') return Math.round(to) - Math.round(from);
  const d = to - from;
  return Math.abs(d) < 0.05 ? d : Math.round((tenths(to) - tenths(from)) * 10) / 10;
}
