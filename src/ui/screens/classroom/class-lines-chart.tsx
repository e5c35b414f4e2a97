// Every run's main score year by year on one chart, coloured by the strategy of its first sexenio, with a legend of
// those strategies and, for screen readers and exact reading, the same numbers as a table (runs by year). No
// tooltip: with a whole class it would list every run and hide the lines; the table gives each value.
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { strategyColor } from './strategy-colors.ts';

export type ClassLine = { readonly n: number; readonly name: string; readonly strategy: string; readonly points: readonly { readonly year: number; readonly value: number }[] };

const tick = { fill: '#3b4148', fontSize: 14 };

type Props = { readonly lines: readonly ClassLine[]; readonly format: (v: number) => string; readonly title: string; readonly legend: string };

export function ClassLinesChart({ lines, format, title, legend }: Props) {
  const { t } = useTranslation();
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
  const data = years.map((year) => Object.fromEntries([['year', year], ...lines.map((l) => [`r${l.n}`, l.points.find((p) => p.year === year)?.value ?? null])]) as Record<string, number | null>);
  const strategies = [...new Set(lines.map((l) => l.strategy))].sort();
  return (
    <figure className="dashboard__chart dashboard__lines" aria-label={title} data-lines={lines.length}>
      <figcaption>{title}</figcaption>
      <ul className="dashboard__legend" aria-label={legend}>
        {strategies.map((s, i) => (
          <li key={s}>
            <svg width="22" height="10" aria-hidden="true" focusable="false">
              <line x1="0" y1="5" x2="22" y2="5" stroke={strategyColor(s, i)} strokeWidth="3" />
            </svg>{' '}
            {t('classroom.dashboard.linesLegendItem', { strategy: s, count: lines.filter((l) => l.strategy === s).length })}
          </li>
        ))}
      </ul>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e4e0d7" vertical={false} />
          <XAxis dataKey="year" tick={tick} interval="preserveStartEnd" minTickGap={12} />
          <YAxis tick={tick} tickFormatter={(v: number) => format(v)} domain={['auto', 'auto']} width={48} />
          {lines.map((l) => (
            <Line key={l.n} className="dashboard__line" dataKey={`r${l.n}`} stroke={strategyColor(l.strategy, strategies.indexOf(l.strategy))} strokeOpacity={0.75} strokeWidth={1.75} dot={false} isAnimationActive={false} connectNulls />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <details className="dashboard__numbers">
        <summary>{t('classroom.dashboard.linesTable')}</summary>
        <div className="table-wrap">
          <table className="data-table" data-testid="lines-table">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('classroom.dashboard.nickname')}</th>
                {years.map((y) => (
                  <th scope="col" className="num" key={y}>
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.n}>
                  <th scope="row">
                    <bdi>{l.name}</bdi> ({l.strategy})
                  </th>
                  {years.map((y) => {
                    const p = l.points.find((q) => q.year === y);
                    return (
                      <td className="num" key={y}>
                        {p ? format(p.value) : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
