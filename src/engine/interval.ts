// Interval analysis of lowered expressions: the range a number can take while the scores stay within their bounds.
// The year program uses it to skip, in one comparison, drawn events that cannot happen this year.
import type { NumIR } from './ir.ts';

/** A closed range of numbers, possibly unbounded. */
export type Interval = readonly [number, number];

const ANY: Interval = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];

function span(values: readonly number[]): Interval {
  if (values.some(Number.isNaN)) return ANY;
  return [Math.min(...values), Math.max(...values)];
}

/**
 * Every value `ir` can take (other than NaN) while each score slot `i` lies in `scores[i]`. Sound in floating point:
 * each operation rounds monotonically, so evaluating it at the ends of its operands' ranges bounds every result.
 */
export function interval(ir: NumIR, scores: readonly Interval[]): Interval {
  switch (ir.t) {
    case 'const':
      return [ir.v, ir.v];
    case 'score':
      return scores[ir.i] ?? ANY;
    case 'random':
      return [0, 1];
    case 'bool':
      return [0, 1];
    case 'binary': {
      const [al, ah] = interval(ir.a, scores);
      const [bl, bh] = interval(ir.b, scores);
      switch (ir.op) {
        case 'add': return span([al + bl, ah + bh]);
        case 'sub': return span([al - bh, ah - bl]);
        case 'mul': return span([al * bl, al * bh, ah * bl, ah * bh]);
        case 'min': return span([Math.min(al, bl), Math.min(ah, bh)]);
        default: return span([Math.max(al, bl), Math.max(ah, bh)]);
      }
    }
    case 'div': {
      const [al, ah] = interval(ir.a, scores);
      const [bl, bh] = interval(ir.b, scores);
      // A divisor that can be 0 gives 0 there, and anything near it: no bound.
      if (bl <= 0 && bh >= 0) return ANY;
      return span([al / bl, al / bh, ah / bl, ah / bh]);
    }
    case 'clamp': {
      const [xl, xh] = interval(ir.x, scores);
      const [ll, lh] = interval(ir.lo, scores);
      const [hl, hh] = interval(ir.hi, scores);
      return span([Math.min(hl, Math.max(ll, xl)), Math.min(hh, Math.max(lh, xh))]);
    }
    case 'if': {
      const [al, ah] = interval(ir.a, scores);
      const [bl, bh] = interval(ir.b, scores);
      return span([Math.min(al, bl), Math.max(ah, bh)]);
    }
    default:
      return ANY;
  }
}
