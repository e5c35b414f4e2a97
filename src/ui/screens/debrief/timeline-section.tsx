// The timeline: the headline scores (overall, SEDENA and SEMAR here) per year with decisions and events marked (the chart loads lazily), and a
// row of year buttons under it. Pointing at the chart or focusing a year shows that year's changes and their sources.
// Paper gets its own copy of the chart at a fixed size (shown only in print), so a report printed from a narrow or a
// wide window shows every year, labelled.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { headlineScores, type GameState, type Scenario } from '../../../engine/index.ts';
import type { Debrief } from '../../../state/selectors.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { ChartLegend } from './chart-legend.tsx';
import type { ChartSeries } from './debrief-chart.tsx';
import { YearDetail } from './year-detail.tsx';
import { YearNav } from './year-nav.tsx';

const DebriefChart = lazy(() => import('./debrief-chart.tsx'));
const PrintChart = lazy(() => import('./debrief-chart.tsx').then((m) => ({ default: m.PrintChart })));

/** Okabe–Ito colours, each with its own dash pattern and weight: the main score first, then the other headline scores. */
const MAIN_STYLE: Omit<ChartSeries, 'id' | 'label'> = { color: '#000000', dash: undefined, width: 3.5 };
const OTHER_STYLES: readonly Omit<ChartSeries, 'id' | 'label'>[] = [
  { color: '#D55E00', dash: '10 6', width: 2.5 },
  { color: '#0072B2', dash: '2 5', width: 3 },
  { color: '#009E73', dash: '6 3 2 3', width: 2.5 },
  { color: '#CC79A7', dash: '1 3', width: 3 },
];

type Props = { readonly scenario: Scenario; readonly game: GameState; readonly debrief: Debrief };

export function TimelineSection({ scenario, game, debrief }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const years = debrief.rows.map((r) => r.year);
  const [year, setYear] = useState<number | null>(null);
  const shown = year ?? years[0] ?? null;
  const series: ChartSeries[] = headlineScores(scenario).map((d, i) => ({
    id: d.id,
    label: content(d.label),
    ...(i === 0 ? MAIN_STYLE : (OTHER_STYLES[(i - 1) % OTHER_STYLES.length] ?? MAIN_STYLE)),
  }));
  const decisions = debrief.decisions.filter((d) => d.strategy).map((d) => ({ year: d.term.startYear, label: d.strategy ?? '' }));
  const eventCounts = new Map<number, number>();
  for (const e of debrief.events) eventCounts.set(e.year, (eventCounts.get(e.year) ?? 0) + 1);

  return (
    <section className="debrief__chart" aria-labelledby="chart-title" data-testid="chart-region">
      <h2 id="chart-title">{t('debrief.chartTitle')}</h2>
      <p className="debrief__note">{t('debrief.chartNote')}</p>
      <ChartLegend series={series} />
      <figure className="chart-frame" aria-labelledby="chart-title" onMouseLeave={() => undefined}>
        <Suspense fallback={<p className="debrief__note">{t('debrief.chartLoading')}</p>}>
          <DebriefChart
            rows={debrief.rows}
            series={series}
            decisions={decisions}
            eventCounts={eventCounts}
            format={(v) => f.value({ format: 'index' }, v)}
            title={t('debrief.chartTitle')}
            focusYear={year}
            onHoverYear={setYear}
          />
        </Suspense>
      </figure>
      <figure className="print-only chart-print" aria-labelledby="chart-title" data-testid="print-chart">
        <Suspense fallback={null}>
          <PrintChart rows={debrief.rows} series={series} decisions={decisions} eventCounts={eventCounts} format={(v) => f.value({ format: 'index' }, v)} title={t('debrief.chartTitle')} />
        </Suspense>
      </figure>
      <div className="print-hide">
        <YearNav years={years} selected={shown} onSelect={setYear} controls="year-detail" />
        {shown !== null && <YearDetail id="year-detail" scenario={scenario} game={game} year={shown} />}
      </div>
    </section>
  );
}
