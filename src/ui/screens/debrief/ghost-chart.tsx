// A small SVG of one sexenio: one outcome (overall cooperation, deaths per year or public support) along the player's
// run (dark, solid) and each alternative (faint, dashed), each labelled at its end. Decorative for screen readers
// beyond its label: the table beside it has the numbers.
import type { GhostRun, GhostYear, ScoreDef } from '../../../engine/index.ts';
import type { TermGhosts } from './ghost-section.tsx';
import { axisBounds, spreadLabels } from './label-spread.ts';
import { useOutcomeFormat } from './outcome-format.ts';

const W = 360;
const H = 170;
const PAD = { top: 12, right: 52, bottom: 22, left: 38 };

type Props = { readonly data: TermGhosts; readonly def: ScoreDef; readonly label: string };

const pointsOf = (run: GhostRun) => [run.start, ...run.years];

export function GhostChart({ data, def, label }: Props) {
  const fmt = useOutcomeFormat();
  const runs = [...data.ghosts, data.own];
  const at = (p: GhostYear) => p.scores[def.id] ?? 0;
  const { lo, hi, mid } = axisBounds(
    runs.flatMap((r) => pointsOf(r).map(at)),
    def.format,
  );
  const firstYear = data.own.start.year;
  const lastYear = data.own.years[data.own.years.length - 1]?.year ?? firstYear + 1;
  const x = (year: number) => PAD.left + ((year - firstYear) / Math.max(1, lastYear - firstYear)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / Math.max(1e-9, hi - lo)) * (H - PAD.top - PAD.bottom);
  const path = (run: GhostRun) => pointsOf(run).map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year).toFixed(1)},${y(at(p)).toFixed(1)}`).join(' ');
  const ends = runs.map((r) => y(at(r.years[r.years.length - 1] ?? r.start)));
  const labelY = spreadLabels(ends, 12);

  return (
    <svg className="ghost-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet" data-measure={def.id}>
      {[lo, mid, hi].map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="ghost-chart__grid" />
          <text x={PAD.left - 4} y={y(v) + 4} className="ghost-chart__tick" textAnchor="end">
            {fmt.tick(def, v)}
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
