// Two runs' main score year by year on one chart, for the projector (lazy: recharts loads only when it is shown).
// White on black, thick lines, one solid and one dashed so they differ without colour too (the key is in the
// caption, beside the chart).
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export type CompareSeries = { readonly name: string; readonly points: readonly { readonly year: number; readonly value: number }[] };

const tick = { fill: '#ffffff', fontSize: 20 };

export default function CompareChart({ series, format }: { readonly series: readonly [CompareSeries, CompareSeries]; readonly format: (v: number) => string }) {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const data = years.map((year) => ({ year, a: series[0].points.find((p) => p.year === year)?.value ?? null, b: series[1].points.find((p) => p.year === year)?.value ?? null }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#555555" vertical={false} />
        <XAxis dataKey="year" tick={tick} stroke="#ffffff" interval="preserveStartEnd" minTickGap={24} />
        <YAxis tick={tick} stroke="#ffffff" tickFormatter={(v: number) => format(v)} domain={['auto', 'auto']} width={64} />
        <Line dataKey="a" name={series[0].name} stroke="#56B4E9" strokeWidth={5} dot={false} isAnimationActive={false} connectNulls />
        <Line dataKey="b" name={series[1].name} stroke="#F0E442" strokeWidth={5} strokeDasharray="14 8" dot={false} isAnimationActive={false} connectNulls />
      </LineChart>
    </ResponsiveContainer>
  );
}
