// A chart's legend in HTML: each sample shows its line's dash pattern (or a bar), so colour is never the only cue.
import type { ChartSeries } from './history-chart.tsx';

export function HistoryLegend({ series }: { readonly series: readonly ChartSeries[] }) {
  return (
    <ul className="history-legend">
      {series.map((s) => (
        <li key={s.id}>
          <svg className={`history-chart--${s.tone}`} width="40" height="14" aria-hidden="true" focusable="false">
            {s.kind === 'bar' ? <rect className="history-chart__bar" x="13" y="1" width="14" height="12" /> : <line className="history-legend__line" x1="2" y1="7" x2="38" y2="7" strokeDasharray={s.dash} />}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
