// A small SVG chart of yearly series: lines (the model's runs) or bars (an observed count), on one axis that starts
// at zero, with the governments as bands along the top. It is drawn at its container's width in pixels (see
// use-chart-width.ts). For screen readers it is one image with a label; the table after it has the numbers.
import { useRef } from 'react';
import { labelEvery, labelRows, textWidth } from './chart-scale.ts';
import { useChartWidth } from './use-chart-width.ts';

export type ChartTone = 'overall' | 'sedena' | 'semar' | 'player' | 'observed';

export type ChartSeries = {
  readonly id: string;
  readonly label: string;
  readonly tone: ChartTone;
  readonly kind: 'line' | 'bar';
  readonly dash?: string | undefined;
  /** One value per year of the chart, null where there is none. */
  readonly values: readonly (number | null)[];
};

/** A span of years along the top (a government), from and to as fractional years (2018.5: between 2018 and 2019). */
export type ChartBand = { readonly from: number; readonly to: number; readonly label: string };

type Props = {
  readonly years: readonly number[];
  readonly series: readonly ChartSeries[];
  readonly ticks: readonly number[];
  readonly formatTick: (value: number) => string;
  readonly label: string;
  readonly bands?: readonly ChartBand[];
};

export function HistoryChart({ years, series, ticks, formatTick, label, bands = [] }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useChartWidth(frame);
  // Text grows with the chart, so a projected chart reads as well as the page around it.
  const font = Math.round(Math.min(18, Math.max(12, width / 48)));
  const first = years[0] ?? 0;
  const top = ticks[ticks.length - 1] ?? 1;
  const left = Math.max(...ticks.map((v) => textWidth(formatTick(v), font))) + 12;
  const right = 12;
  const slot = (width - left - right) / Math.max(1, years.length);
  const x = (year: number) => left + (year - first + 0.5) * slot;

  // Government labels: at the band's start, or ending at the plot's edge when they would run past it.
  const plotEnd = width - right;
  const spans = bands.map((b) => {
    const w = textWidth(b.label, font - 1);
    const start = Math.min(Math.max(left, x(b.from)) + 4, plotEnd - w);
    return { start, end: start + w };
  });
  const rows = labelRows(spans);
  const bandRows = bands.length > 0 ? Math.max(...rows) + 1 : 0;
  const plotTop = bandRows * (font + 4) + font / 2 + 4;
  const plotHeight = Math.round(Math.min(300, Math.max(170, width * 0.36)));
  const bottom = plotTop + plotHeight;
  const height = bottom + font + 14;
  const y = (v: number) => bottom - (v / top) * plotHeight;
  const every = labelEvery(slot, textWidth('2000', font));
  const bars = series.filter((s) => s.kind === 'bar');
  const barWidth = Math.max(2, (slot * 0.66) / Math.max(1, bars.length));

  const path = (values: readonly (number | null)[]) => {
    let d = '';
    values.forEach((v, i) => {
      if (v === null) return;
      d += `${i === 0 || values[i - 1] === null ? 'M' : 'L'}${x(first + i).toFixed(1)},${y(v).toFixed(1)} `;
    });
    return d.trim();
  };
  const isolated = (values: readonly (number | null)[]) => values.flatMap((v, i) => (v !== null && (values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null ? [i] : []));

  return (
    <div ref={frame} className="history-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label} style={{ fontSize: font }}>
        {ticks.map((v) => (
          <g key={v}>
            <line className="history-chart__grid" x1={left} x2={plotEnd} y1={y(v)} y2={y(v)} />
            <text className="history-chart__tick" x={left - 8} y={y(v) + font * 0.35} textAnchor="end">
              {formatTick(v)}
            </text>
          </g>
        ))}
        {bands.map((b, i) => (
          <g key={b.label} className="history-chart__band">
            {b.from > first - 0.5 && <line x1={x(b.from)} x2={x(b.from)} y1={plotTop - font / 2} y2={bottom} />}
            <text x={spans[i]?.start ?? left} y={(rows[i] ?? 0) * (font + 4) + font} style={{ fontSize: font - 1 }}>
              {b.label}
            </text>
          </g>
        ))}
        {years.map((year, i) =>
          i % every === 0 ? (
            <text key={year} className="history-chart__tick" x={x(year)} y={bottom + font + 6} textAnchor="middle">
              {year}
            </text>
          ) : null,
        )}
        <line className="history-chart__axis" x1={left} x2={plotEnd} y1={bottom} y2={bottom} />
        {bars.map((s, k) =>
          s.values.map((v, i) =>
            v === null ? null : <rect key={`${s.id}-${i}`} className={`history-chart__bar history-chart--${s.tone}`} x={x(first + i) - (barWidth * bars.length) / 2 + k * barWidth} y={y(v)} width={barWidth} height={bottom - y(v)} />,
          ),
        )}
        {series
          .filter((s) => s.kind === 'line')
          .map((s) => (
            <g key={s.id} className={`history-chart__line history-chart--${s.tone}`} data-series={s.id}>
              <path d={path(s.values)} fill="none" strokeDasharray={s.dash} />
              {isolated(s.values).map((i) => (
                <circle key={i} cx={x(first + i)} cy={y(s.values[i] ?? 0)} r={3.5} />
              ))}
            </g>
          ))}
      </svg>
    </div>
  );
}
