// A small SVG of one sexenio: the player's main score, overall cooperation here (dark, solid) and each alternative (faint, dashed),
// each labelled at its end. Decorative for screen readers beyond its label: the table beside it has the numbers.
import type { GhostRun, GhostYear } from '../../../engine/index.ts';
import type { TermGhosts } from './ghost-section.tsx';

const W = 360;
const H = 170;
const PAD = { top: 12, right: 52, bottom: 22, left: 30 };

type Props = { readonly data: TermGhosts; readonly label: string };

const pointsOf = (run: GhostRun) => [run.start, ...run.years];

/** Spreads label positions so no two are closer than `gap`, keeping their order. */
function spread(ys: readonly number[], gap: number): number[] {
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

export function GhostChart({ data, label }: Props) {
  const runs = [...data.ghosts, data.own];
  const at = (p: GhostYear) => p.scores[data.score] ?? 0;
  const all = runs.flatMap((r) => pointsOf(r).map(at));
  const lo = Math.floor(Math.min(...all) - 2);
  const hi = Math.ceil(Math.max(...all) + 2);
  const firstYear = data.own.start.year;
  const lastYear = data.own.years[data.own.years.length - 1]?.year ?? firstYear + 1;
  const x = (year: number) => PAD.left + ((year - firstYear) / Math.max(1, lastYear - firstYear)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / Math.max(1e-9, hi - lo)) * (H - PAD.top - PAD.bottom);
  const path = (run: GhostRun) => pointsOf(run).map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year).toFixed(1)},${y(at(p)).toFixed(1)}`).join(' ');
  const ends = runs.map((r) => y(at(r.years[r.years.length - 1] ?? r.start)));
  const labelY = spread(ends, 12);
  const ticks = [lo, Math.round((lo + hi) / 2), hi];

  return (
    <svg className="ghost-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="ghost-chart__grid" />
          <text x={PAD.left - 4} y={y(v) + 4} className="ghost-chart__tick" textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      <text x={x(firstYear)} y={H - 4} className="ghost-chart__tick" textAnchor="start">
        {firstYear}
      </text>
      <text x={x(lastYear)} y={H - 4} className="ghost-chart__tick" textAnchor="end">
        {lastYear}
      </text>
      {runs.map((r, i) => {
        const own = r === data.own;
        return (
          <g key={r.strategy} className={own ? 'ghost-chart__own' : 'ghost-chart__ghost'} data-strategy={r.strategy}>
            <path d={path(r)} fill="none" />
            <text x={W - PAD.right + 6} y={(labelY[i] ?? 0) + 4} className="ghost-chart__label">
              {r.strategy}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
