// A tornado: for each parameter (largest swing on top) a bar from the conclusion's current margin to its margin at
// the parameter's minimum and another to its maximum. The solid line at zero is where the conclusion flips; a row
// whose bar crosses it is marked. The data table beside it holds every number.
import { useTranslation } from 'react-i18next';
import type { Tornado } from '../../../lab/sweep.ts';
import type { LabNumber } from './lab-number.ts';

type Props = { readonly tornado: Tornado; readonly label: (name: string) => string; readonly rows: number; readonly number: LabNumber; readonly title: string };

const ROW = 26;
const LABEL_W = 170;
const WIDTH = 560;
const PAD = 24;

export function TornadoChart({ tornado, label, rows, number, title }: Props) {
  const { t } = useTranslation();
  const shown = tornado.rows.slice(0, rows);
  const margins = [0, tornado.base.margin, ...shown.flatMap((r) => [r.min?.result.margin, r.max?.result.margin].filter((v): v is number => v !== undefined))];
  const lo = Math.min(...margins);
  const hi = Math.max(...margins);
  const span = hi - lo || 1;
  const x = (m: number) => LABEL_W + PAD + ((m - lo) / span) * (WIDTH - LABEL_W - 2 * PAD);
  const height = shown.length * ROW + 30;
  const bar = (from: number, to: number) => ({ x: Math.min(x(from), x(to)), width: Math.max(1, Math.abs(x(to) - x(from))) });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="lab-tornado" role="img" aria-label={t('lab.tornado.label', { conclusion: title })}>
      <line x1={x(0)} x2={x(0)} y1={0} y2={height - 22} className="lab-tornado__zero" />
      <line x1={x(tornado.base.margin)} x2={x(tornado.base.margin)} y1={0} y2={height - 22} className="lab-tornado__base" />
      <text x={x(0)} y={height - 8} textAnchor="middle" className="lab-tornado__axis">
        {t('lab.tornado.zero')}
      </text>
      {shown.map((r, i) => {
        const y = i * ROW + 4;
        const flips = r.flipsAt !== null;
        return (
          <g key={r.name}>
            <text x={LABEL_W - 4} y={y + ROW / 2 - 2} textAnchor="end" dominantBaseline="middle" className={`lab-tornado__label${flips ? ' lab-tornado__label--flips' : ''}`}>
              {flips ? '⇄ ' : ''}
              {label(r.name)}
            </text>
            {r.min && <rect {...bar(tornado.base.margin, r.min.result.margin)} y={y + 2} height={9} className="lab-tornado__min" />}
            {r.max && <rect {...bar(tornado.base.margin, r.max.result.margin)} y={y + 12} height={9} className="lab-tornado__max" />}
          </g>
        );
      })}
      <text x={WIDTH - 4} y={height - 8} textAnchor="end" className="lab-tornado__axis">
        {number(hi, 2)}
      </text>
      <text x={LABEL_W + 4} y={height - 8} className="lab-tornado__axis">
        {number(lo, 2)}
      </text>
    </svg>
  );
}
