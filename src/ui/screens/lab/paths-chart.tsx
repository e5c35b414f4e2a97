// A small bar chart beside the paths' table: one measure (the user picks which) for each path, the standard model's
// value as an outlined bar and the changed model's as a filled one. The table beside it holds every number.
import { useTranslation } from 'react-i18next';
import type { Metric, PathRow } from '../../../lab/lab-table.ts';
import type { LabNumber } from './lab-number.ts';

type Props = {
  readonly metric: Metric;
  readonly standard: readonly PathRow[];
  readonly changed: readonly PathRow[] | null;
  readonly pathLabel: (id: string) => string;
  readonly label: string;
  readonly number: LabNumber;
};

const ROW = 34;
const LABEL_W = 120;
const WIDTH = 420;

export function PathsChart({ metric, standard, changed, pathLabel, label, number }: Props) {
  const { t } = useTranslation();
  const values = [...standard, ...(changed ?? [])].map((r) => r.values[metric]);
  const top = Math.max(1e-9, ...values);
  const scale = (v: number) => (Math.max(0, v) / top) * (WIDTH - LABEL_W - 60);
  const height = standard.length * ROW + 8;
  return (
    <figure className="lab-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t('lab.chart.label', { measure: label })} className="lab-chart__svg">
        {standard.map((row, i) => {
          const now = changed?.find((r) => r.id === row.id);
          const y = 4 + i * ROW;
          return (
            <g key={row.id}>
              <text x={LABEL_W - 6} y={y + ROW / 2} className="lab-chart__label" textAnchor="end" dominantBaseline="middle">
                {pathLabel(row.id)}
              </text>
              <rect x={LABEL_W} y={y + 4} width={scale(row.values[metric])} height={now ? 11 : 22} className="lab-chart__standard" />
              {now && <rect x={LABEL_W} y={y + 17} width={scale(now.values[metric])} height={11} className="lab-chart__changed" />}
              <text x={LABEL_W + scale(Math.max(row.values[metric], now?.values[metric] ?? 0)) + 4} y={y + ROW / 2} className="lab-chart__value" dominantBaseline="middle">
                {number(now ? now.values[metric] : row.values[metric], 1)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="lab-chart__legend">
        <span className="lab-chart__key lab-chart__key--standard" aria-hidden="true" /> {t('lab.chart.standard')}
        {changed && (
          <>
            {' '}
            <span className="lab-chart__key lab-chart__key--changed" aria-hidden="true" /> {t('lab.chart.changed')}
          </>
        )}
      </figcaption>
    </figure>
  );
}
