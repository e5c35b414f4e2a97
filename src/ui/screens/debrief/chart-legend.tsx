// The chart's legend in HTML: each line's sample shows its dash pattern, so colour is never the only cue.
import { useTranslation } from 'react-i18next';
import type { ChartSeries } from './debrief-chart.tsx';

export function ChartLegend({ series }: { readonly series: readonly ChartSeries[] }) {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend">
      {series.map((s) => (
        <li key={s.id}>
          <svg width="44" height="12" aria-hidden="true" focusable="false">
            <line x1="2" y1="6" x2="42" y2="6" stroke={s.color} strokeWidth={s.width} {...(s.dash ? { strokeDasharray: s.dash } : {})} strokeLinecap="round" />
          </svg>
          {s.label}
        </li>
      ))}
      <li>
        <svg width="44" height="20" aria-hidden="true" focusable="false">
          <line x1="22" y1="1" x2="22" y2="19" stroke="#1b1f23" strokeWidth="2" strokeDasharray="5 4" />
        </svg>
        {t('debrief.legendDecision')}
      </li>
      <li>
        <svg width="44" height="16" aria-hidden="true" focusable="false">
          <path d="M22 2L28 8L22 14L16 8Z" fill="#ffffff" stroke="#1b1f23" strokeWidth="1.5" />
        </svg>
        {t('debrief.legendEvent')}
      </li>
    </ul>
  );
}
