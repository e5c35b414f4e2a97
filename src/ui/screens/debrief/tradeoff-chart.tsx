// A scatter of whole games: total deaths across, final cooperation up, each point labelled beside it (the player's
// game bold and filled, each pure path a ring). Decorative for screen readers beyond its label: the table has the numbers.
import type { ScoreDef } from '../../../engine/index.ts';
import { axisBounds, spreadLabels } from './label-spread.ts';
import { useOutcomeFormat } from './outcome-format.ts';

const W = 400;
const H = 270;
const PAD = { top: 26, right: 78, bottom: 40, left: 40 };

export type ScatterPoint = { readonly id: string; readonly label: string; readonly x: number; readonly y: number; readonly own: boolean };

type Props = {
  readonly points: readonly ScatterPoint[];
  readonly xDef: ScoreDef;
  readonly yDef: ScoreDef;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly label: string;
};

export function TradeoffChart({ points, xDef, yDef, xTitle, yTitle, label }: Props) {
  const fmt = useOutcomeFormat();
  const xs = axisBounds(points.map((p) => p.x), xDef.format);
  const ys = axisBounds(points.map((p) => p.y), yDef.format);
  const x = (v: number) => PAD.left + ((v - xs.lo) / Math.max(1e-9, xs.hi - xs.lo)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - ys.lo) / Math.max(1e-9, ys.hi - ys.lo)) * (H - PAD.top - PAD.bottom);
  const labelY = spreadLabels(points.map((p) => y(p.y)), 14);
  const right = W - PAD.right;
  const bottom = H - PAD.bottom;

  return (
    <svg className="tradeoff-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
      {[ys.lo, ys.mid, ys.hi].map((v) => (
        <g key={`y${v}`}>
          <line x1={PAD.left} x2={right} y1={y(v)} y2={y(v)} className="tradeoff-chart__grid" />
          <text x={PAD.left - 5} y={y(v) + 4} className="tradeoff-chart__tick" textAnchor="end">
            {fmt.tick(yDef, v)}
          </text>
        </g>
      ))}
      {[xs.lo, xs.mid, xs.hi].map((v) => (
        <g key={`x${v}`}>
          <line x1={x(v)} x2={x(v)} y1={PAD.top} y2={bottom} className="tradeoff-chart__grid" />
          <text x={x(v)} y={bottom + 15} className="tradeoff-chart__tick" textAnchor={v === xs.lo ? 'start' : v === xs.hi ? 'end' : 'middle'}>
            {fmt.tick(xDef, v)}
          </text>
        </g>
      ))}
      <text x={PAD.left - 36} y={12} className="tradeoff-chart__axis-title">
        {`↑ ${yTitle}`}
      </text>
      <text x={right} y={H - 6} className="tradeoff-chart__axis-title" textAnchor="end">
        {`${xTitle} →`}
      </text>
      {points.map((p, i) => {
        const px = x(p.x);
        const py = y(p.y);
        const ly = labelY[i] ?? py;
        return (
          <g key={p.id} className={p.own ? 'tradeoff-chart__own' : 'tradeoff-chart__path'} data-point={p.id}>
            {Math.abs(ly - py) > 3 && <line x1={px + 6} y1={py} x2={px + 12} y2={ly} className="tradeoff-chart__leader" />}
            {p.own ? <rect x={px - 6} y={py - 6} width={12} height={12} transform={`rotate(45 ${px} ${py})`} /> : <circle cx={px} cy={py} r={5} />}
            <text x={px + 13} y={ly + 4} className="tradeoff-chart__label">
              {p.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
