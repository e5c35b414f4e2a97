// A tornado: for each parameter (largest swing on top) a bar from the conclusion's current margin to its margin at
// the parameter's minimum and another to its maximum. The solid line at zero is where the conclusion flips; a row
// whose bar crosses it is marked. The data table beside it holds every number. Two layouts: labels beside the bars
// (wide), or above them (narrow, a phone), so that the text stays readable; CSS shows the one that fits.
import { useTranslation } from 'react-i18next';
import type { Tornado } from '../../../lab/sweep.ts';
import type { LabNumber } from './lab-number.ts';

type Props = {
  readonly tornado: Tornado;
  readonly label: (name: string) => string;
  readonly rows: number;
  readonly number: LabNumber;
  readonly title: string;
  readonly layout: 'wide' | 'narrow';
};

const PAD = 24;
/** Width of the bars' area beside the labels, and a generous width per character of an 11 px label (bold when it flips). */
const BARS_W = 390;
const CHAR_W = 7;
/** The narrow layout's width: about a phone's, so its text shows at about its own size. */
const NARROW_W = 360;
/** Labels longer than this are shortened with an ellipsis (the table names every parameter in full). */
const MAX_LABEL_CHARS = 46;

const shorten = (text: string) => (text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : text);

export function TornadoChart({ tornado, label, rows, number, title, layout }: Props) {
  const { t } = useTranslation();
  const shown = tornado.rows.slice(0, rows);
  const narrow = layout === 'narrow';
  // Wide: the label column fits the longest label shown, so none is cut at the chart's edge. Narrow: labels sit on
  // their own line above the bars.
  const longest = Math.max(12, ...shown.map((r) => shorten(label(r.name)).length + (r.flipsAt !== null ? 2 : 0)));
  const labelW = narrow ? 0 : Math.ceil(longest * CHAR_W) + 8;
  const width = narrow ? NARROW_W : labelW + BARS_W;
  const row = narrow ? 40 : 26;
  const barsTop = narrow ? 16 : 0;
  const margins = [0, tornado.base.margin, ...shown.flatMap((r) => [r.min?.result.margin, r.max?.result.margin].filter((v): v is number => v !== undefined))];
  const lo = Math.min(...margins);
  const hi = Math.max(...margins);
  const span = hi - lo || 1;
  const left = narrow ? PAD / 2 : labelW + PAD;
  const x = (m: number) => left + ((m - lo) / span) * (width - left - (narrow ? PAD / 2 : PAD));
  const height = shown.length * row + 50;
  const axisY = height - 28;
  const bar = (from: number, to: number) => ({ x: Math.min(x(from), x(to)), width: Math.max(1, Math.abs(x(to) - x(from))) });
  const legendGap = Math.max(150, t('lab.tornado.atMin').length * 6 + 30);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className={`lab-tornado lab-tornado--${layout}`} role="img" aria-label={t('lab.tornado.label', { conclusion: title })}>
      <line x1={x(0)} x2={x(0)} y1={0} y2={axisY - 14} className="lab-tornado__zero" />
      <line x1={x(tornado.base.margin)} x2={x(tornado.base.margin)} y1={0} y2={axisY - 14} className="lab-tornado__base" />
      <text x={x(0)} y={axisY} textAnchor="middle" className="lab-tornado__axis">
        {t('lab.tornado.zero')}
      </text>
      {shown.map((r, i) => {
        const y = i * row + 4;
        const flips = r.flipsAt !== null;
        return (
          <g key={r.name}>
            <text
              x={narrow ? PAD / 2 : labelW - 4}
              y={narrow ? y + 8 : y + row / 2 - 2}
              textAnchor={narrow ? 'start' : 'end'}
              dominantBaseline="middle"
              className={`lab-tornado__label${flips ? ' lab-tornado__label--flips' : ''}`}
            >
              <title>{label(r.name)}</title>
              {flips ? '⇄ ' : ''}
              {shorten(label(r.name))}
            </text>
            {r.min && <rect {...bar(tornado.base.margin, r.min.result.margin)} y={y + barsTop + 2} height={9} className="lab-tornado__min" />}
            {r.max && <rect {...bar(tornado.base.margin, r.max.result.margin)} y={y + barsTop + 12} height={9} className="lab-tornado__max" />}
          </g>
        );
      })}
      <text x={width - 4} y={axisY} textAnchor="end" className="lab-tornado__axis">
        {number(hi, 2)}
      </text>
      <text x={left - (narrow ? 0 : PAD - 4)} y={axisY} className="lab-tornado__axis">
        {number(lo, 2)}
      </text>
      <rect x={left} y={height - 16} width={10} height={10} className="lab-tornado__min" />
      <text x={left + 14} y={height - 7} className="lab-tornado__axis">
        {t('lab.tornado.atMin')}
      </text>
      <rect x={left + legendGap} y={height - 16} width={10} height={10} className="lab-tornado__max" />
      <text x={left + legendGap + 14} y={height - 7} className="lab-tornado__axis">
        {t('lab.tornado.atMax')}
      </text>
    </svg>
  );
}
