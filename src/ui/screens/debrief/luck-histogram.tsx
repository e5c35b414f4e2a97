// A histogram of one outcome over many draws, with the player's own result marked by a line and label.
import type { ScoreDef } from '../../../engine/index.ts';
import type { Bin } from './luck-stats.ts';
import { useOutcomeFormat } from './outcome-format.ts';

const W = 300;
const H = 96;
const PAD = { top: 16, bottom: 18, left: 4, right: 4 };

type Props = {
  readonly bins: readonly Bin[];
  readonly def: Pick<ScoreDef, 'format' | 'id'>;
  readonly label: string;
  /** The player's own result, marked on the axis; null for fixed paths. */
  readonly mark: number | null;
  readonly markLabel: string;
  readonly emphasis: boolean;
  readonly min: number;
  readonly max: number;
};

export function LuckHistogram({ bins, def, label, mark, markLabel, emphasis, min, max }: Props) {
  const fmt = useOutcomeFormat();
  const top = Math.max(1, ...bins.map((b) => b.count));
  const x = (v: number) => PAD.left + ((v - min) / Math.max(1e-9, max - min)) * (W - PAD.left - PAD.right);
  const base = H - PAD.bottom;
  return (
    <svg className={`luck-hist${emphasis ? ' luck-hist--yours' : ''}`} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-measure={def.id}>
      {bins.map((b) => {
        const h = (b.count / top) * (base - PAD.top);
        return <rect key={b.from} x={x(b.from) + 0.5} width={Math.max(0, x(b.to) - x(b.from) - 1)} y={base - h} height={h} className="luck-hist__bar" />;
      })}
      <line x1={PAD.left} x2={W - PAD.right} y1={base} y2={base} className="luck-hist__axis" />
      {[min, (min + max) / 2, max].map((v) => (
        <text key={v} x={x(v)} y={H - 4} className="luck-hist__tick" textAnchor={v === min ? 'start' : v === max ? 'end' : 'middle'}>
          {fmt.tick(def, v)}
        </text>
      ))}
      {mark !== null && (
        <g className="luck-hist__mark">
          <line x1={x(mark)} x2={x(mark)} y1={PAD.top - 4} y2={base} />
          <text x={x(mark)} y={PAD.top - 6} textAnchor={mark > min + (max - min) * 0.7 ? 'end' : mark < min + (max - min) * 0.3 ? 'start' : 'middle'}>
            {markLabel}
          </text>
        </g>
      )}
    </svg>
  );
}
