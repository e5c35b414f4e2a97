// The class view's charts (lazy: recharts stays out of the main bundle): the strategies chosen in each sexenio, one
// dot per run for a final score by path, and every run's year-by-year line. Each has a table with the same numbers.
// Every run is drawn, whatever the class size: the dot chart grows a row per path, its labels written across.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { PathStat } from '../../../content/class-runs.ts';
import { ON_SCREEN_TOOLTIP, TOOLTIP_CONTENT_STYLE } from '../../lib/chart-tooltip.ts';
import { ClassLinesChart, type ClassLine } from './class-lines-chart.tsx';
import { strategyColor } from './strategy-colors.ts';

const tick = { fill: '#3b4148', fontSize: 14 };
const ROW = 34;

type Props = {
  readonly distribution: readonly { term: number; counts: Record<string, number> }[];
  readonly strategies: readonly string[];
  readonly byPath: readonly PathStat[];
  readonly lines: readonly ClassLine[];
  readonly format: (v: number) => string;
  readonly formatMain: (v: number) => string;
  readonly termLabel: (i: number) => string;
  readonly titles: { readonly choices: string; readonly scores: string; readonly runs: string; readonly lines: string; readonly legend: string };
};

type Dot = { readonly x: number; readonly y: number; readonly n: number; readonly path: string };

export default function DashboardCharts({ distribution, strategies, byPath, lines, format, formatMain, termLabel, titles }: Props) {
  const bars = distribution.map((d) => ({ term: termLabel(d.term), ...d.counts }));
  // A path's runs spread a little up and down its row, so equal results stay visible as separate dots.
  const points: Dot[] = byPath.flatMap((p, i) => p.values.map((v, j) => ({ x: v, y: i + (p.values.length > 1 ? (j / (p.values.length - 1) - 0.5) * 0.5 : 0), n: p.runs[j] ?? 0, path: p.path })));
  const label = (i: number) => (byPath[i]?.path ?? '').replace(/ → /g, '→');
  return (
    <>
      <div className="dashboard__charts">
        <figure className="dashboard__chart" aria-label={titles.choices}>
          <figcaption>{titles.choices}</figcaption>
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={bars} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#e4e0d7" vertical={false} />
              <XAxis dataKey="term" tick={tick} />
              <YAxis allowDecimals={false} tick={tick} label={{ value: titles.runs, angle: -90, position: 'insideLeft', fill: '#3b4148', fontSize: 13 }} />
              <Tooltip {...ON_SCREEN_TOOLTIP} contentStyle={TOOLTIP_CONTENT_STYLE} />
              <Legend />
              {strategies.map((s, i) => (
                <Bar key={s} dataKey={s} stackId="a" fill={strategyColor(s, i)} stroke="#ffffff" isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <figure className="dashboard__chart dashboard__dots" aria-label={titles.scores} data-dots={points.length}>
          <figcaption>{titles.scores}</figcaption>
          <ResponsiveContainer width="100%" height={Math.max(200, byPath.length * ROW + 56)}>
            <ScatterChart margin={{ top: 8, right: 20, bottom: 8, left: 4 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#e4e0d7" horizontal={false} />
              <XAxis type="number" dataKey="x" tick={tick} tickFormatter={(v: number) => format(v)} domain={['auto', 'auto']} />
              <YAxis type="number" dataKey="y" reversed domain={[-0.5, Math.max(0.5, byPath.length - 0.5)]} ticks={byPath.map((_, i) => i)} tickFormatter={label} tick={{ ...tick, fontSize: 13 }} interval={0} width={132} />
              <ZAxis range={[60, 60]} />
              <Tooltip {...ON_SCREEN_TOOLTIP} contentStyle={TOOLTIP_CONTENT_STYLE} formatter={(v, name) => (name === 'x' && typeof v === 'number' ? format(v) : null)} labelFormatter={() => ''} />
              <Scatter data={points} isAnimationActive={false} shape={(p: { cx?: number | undefined; cy?: number | undefined; payload?: unknown }) => {
                  const dot = p.payload as Dot | undefined;
                  return <circle className="dashboard__dot" data-run={dot?.n} cx={p.cx} cy={p.cy} r={5} fill={strategyColor(dot?.path.split(' → ')[0] ?? '')} fillOpacity={0.8} stroke="#ffffff" />;
                }} />
            </ScatterChart>
          </ResponsiveContainer>
        </figure>
      </div>
      <ClassLinesChart lines={lines} format={formatMain} title={titles.lines} legend={titles.legend} />
    </>
  );
}
