// The class view's charts (lazy: recharts stays out of the main bundle). Each has a table beside it with the
// same numbers. Strategies keep the Okabe–Ito colours across both charts.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { PathStat } from '../../../content/class-runs.ts';
import { ON_SCREEN_TOOLTIP, TOOLTIP_CONTENT_STYLE } from '../../lib/chart-tooltip.ts';

const COLORS: Record<string, string> = { A: '#0072B2', B: '#009E73', C: '#E69F00', 'C+LE': '#CC79A7', D: '#D55E00' };
const FALLBACK = ['#56B4E9', '#F0E442', '#000000'];
const tick = { fill: '#3b4148', fontSize: 14 };

type Props = {
  readonly distribution: readonly { term: number; counts: Record<string, number> }[];
  readonly strategies: readonly string[];
  readonly byPath: readonly PathStat[];
  readonly scoreLabel: string;
  readonly format: (v: number) => string;
  readonly termLabel: (i: number) => string;
  readonly titles: { readonly choices: string; readonly scores: string; readonly runs: string };
};

export default function DashboardCharts({ distribution, strategies, byPath, format, termLabel, titles }: Props) {
  const colorOf = (s: string, i: number) => COLORS[s] ?? FALLBACK[i % FALLBACK.length] ?? '#000000';
  const bars = distribution.map((d) => ({ term: termLabel(d.term), ...d.counts }));
  const paths = byPath.slice(0, 12);
  const points = paths.flatMap((p, i) => p.values.map((v, j) => ({ x: i + (j - (p.values.length - 1) / 2) * Math.min(0.06, 0.5 / p.values.length), y: v })));
  return (
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
              <Bar key={s} dataKey={s} stackId="a" fill={colorOf(s, i)} stroke="#ffffff" isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure className="dashboard__chart" aria-label={titles.scores}>
        <figcaption>{titles.scores}</figcaption>
        <ResponsiveContainer width="100%" height={280}>
          <ScatterChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e4e0d7" />
            <XAxis type="number" dataKey="x" domain={[-0.5, Math.max(0.5, paths.length - 0.5)]} ticks={paths.map((_, i) => i)} tickFormatter={(i: number) => (paths[i]?.path ?? '').replace(/ → /g, '→')} tick={{ ...tick, fontSize: 12 }} interval={0} />
            <YAxis type="number" dataKey="y" tick={tick} tickFormatter={(v: number) => format(v)} domain={['auto', 'auto']} />
            <ZAxis range={[70, 70]} />
            <Tooltip {...ON_SCREEN_TOOLTIP} contentStyle={TOOLTIP_CONTENT_STYLE} formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} labelFormatter={() => ''} />
            <Scatter data={points} fill="#1d4e6e" fillOpacity={0.7} isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
