// The debrief's line chart (loaded lazily: recharts stays out of the main bundle). Overall, SEDENA and SEMAR differ
// by dash pattern and weight as well as by colour (Okabe–Ito); vertical rules mark decisions; diamonds along the
// bottom mark years with events (with their number when more than one).
// The screen chart fills its frame; the printed one has a fixed size (PRINT_SIZE) and every year labelled, so what is
// printed never depends on the width of the window it is printed from.
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DebriefRow } from '../../../state/selectors.ts';
import { ON_SCREEN_TOOLTIP, TOOLTIP_CONTENT_STYLE } from '../../lib/chart-tooltip.ts';
import { EventMark, INK } from './event-mark.tsx';

export type ChartSeries = { readonly id: string; readonly label: string; readonly color: string; readonly dash: string | undefined; readonly width: number };
export type ChartMarker = { readonly year: number; readonly label: string };

type Props = {
  readonly rows: readonly DebriefRow[];
  readonly series: readonly ChartSeries[];
  readonly decisions: readonly ChartMarker[];
  readonly eventCounts: ReadonlyMap<number, number>;
  readonly format: (value: number) => string;
  readonly title: string;
  /** The year whose changes are shown below the chart, drawn as a shaded band. */
  readonly focusYear?: number | null;
  /** Called with the year under the pointer. */
  readonly onHoverYear?: (year: number) => void;
};

const AXIS = '#5d646b';
const EVENT_ROW = 5;
/** The printed chart's drawing size in CSS pixels; print styles scale it to the page's width (about 700 px). */
export const PRINT_SIZE = { width: 700, height: 220 } as const;

export default function DebriefChart(props: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      {chart(props, null)}
    </ResponsiveContainer>
  );
}

/** The same chart at PRINT_SIZE, every year labelled (smaller type when the game starts with the prologue). */
export function PrintChart(props: Omit<Props, 'focusYear' | 'onHoverYear'>) {
  return chart(props, PRINT_SIZE);
}

function chart({ rows, series, decisions, eventCounts, format, title, focusYear = null, onHoverYear }: Props, size: { readonly width: number; readonly height: number } | null) {
  const data = rows.map((r) => ({ year: r.year, ...Object.fromEntries(series.map((s) => [s.id, r.scores[s.id] ?? null])) }));
  const tick = { fill: '#3b4148', fontSize: size === null ? 14 : rows.length > 20 ? 10 : 12 };
  return (
    <LineChart
      {...(size ?? {})}
      data={data}
      margin={{ top: 30, right: 28, bottom: 8, left: 0 }}
      accessibilityLayer={false}
      title={title}
      onMouseMove={(state) => {
        const year = Number(state.activeLabel);
        if (onHoverYear && Number.isFinite(year)) onHoverYear(year);
      }}
    >
      <CartesianGrid stroke="#d9d5cc" strokeDasharray="2 4" vertical={false} />
      {size === null ? (
        <XAxis dataKey="year" tick={tick} tickMargin={8} stroke={AXIS} interval="preserveStartEnd" minTickGap={14} />
      ) : (
        <XAxis dataKey="year" tick={tick} tickMargin={6} stroke={AXIS} interval={0} />
      )}
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={tick} stroke={AXIS} width={46} />
      {size === null && (
        <Tooltip
          {...ON_SCREEN_TOOLTIP}
          isAnimationActive={false}
          formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
          contentStyle={{ ...TOOLTIP_CONTENT_STYLE, borderRadius: 6, borderColor: AXIS }}
          itemStyle={{ color: INK }}
          labelStyle={{ color: INK, fontWeight: 700 }}
        />
      )}
      {focusYear !== null && <ReferenceLine x={focusYear} stroke="#0072B2" strokeOpacity={0.18} strokeWidth={18} />}
      {decisions.map((d) => (
        <ReferenceLine key={d.year} x={d.year} stroke={INK} strokeWidth={1.5} strokeDasharray="5 4" label={{ value: d.label, position: 'top', fill: INK, fontSize: 15, fontWeight: 700 }} />
      ))}
      {series.map((s) => (
        <Line
          key={s.id}
          type="linear"
          dataKey={s.id}
          name={s.label}
          stroke={s.color}
          strokeWidth={s.width}
          {...(s.dash ? { strokeDasharray: s.dash } : {})}
          strokeLinecap="round"
          dot={false}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
      ))}
      {[...eventCounts].map(([year, count]) => (
        <ReferenceDot key={year} x={year} y={EVENT_ROW} r={6} shape={(p) => <EventMark cx={p.cx} cy={p.cy} count={count} />} />
      ))}
    </LineChart>
  );
}
