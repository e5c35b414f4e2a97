// The observed series (INEGI homicides): what it counts, a plain warning that it is not the model's measure, a bar
// chart on its own axis, and the table of figures with each one's note and source.
import { useTranslation } from 'react-i18next';
import type { HistoryDef, HistoryMeasure, WebCitation } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { niceTicks } from './chart-scale.ts';
import { HistoryChart, type ChartSeries } from './history-chart.tsx';
import { maxOf, observedSpan, seriesSummary } from './history-series.ts';
import { HistorySources } from './history-sources.tsx';
import { ScrollTable } from './scroll-table.tsx';

type Props = { readonly history: HistoryDef; readonly measure: HistoryMeasure; readonly base: number; readonly headingId: string };

function uniqueSources(sources: readonly WebCitation[]): WebCitation[] {
  return sources.filter((s, i) => sources.findIndex((o) => o.url === s.url) === i);
}

export function HomicidesSection({ history, measure, base, headingId }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const observed = history.observed.filter((o) => o.measure === measure.id).sort((a, b) => a.year - b.year);
  const years = observed.map((o) => o.year);
  const values = observed.map((o) => o.value);
  const { start, end } = observedSpan(history, measure) ?? { start: base, end: base };
  const summary = seriesSummary(years, values);
  const series: ChartSeries[] = [{ id: 'observed', label: content(measure.label), tone: 'observed', kind: 'bar', values }];
  const captionId = `${headingId}-table`;
  return (
    <section className="history-section" aria-labelledby={headingId} data-testid="history-homicides">
      <h2 id={headingId}>{t('history.homicides.title', { start, end })}</h2>
      <p className="history-section__intro">{content(measure.description)}</p>
      <div className="history-callout" role="note">
        <p className="history-callout__title">{t('history.homicides.notSame')}</p>
        <p>{t('history.homicides.notSameText', { base })}</p>
      </div>
      <div className="history-pair">
        <figure className="history-figure">
          <figcaption>
            <span className="history-figure__title">{t('history.homicides.chartTitle')}</span>
            <span className="history-figure__unit">{t('history.homicides.unit')}</span>
          </figcaption>
          <HistoryChart
            years={years}
            series={series}
            ticks={niceTicks(maxOf(values))}
            formatTick={f.integer}
            label={summary ? t('history.homicides.chartLabel', { start, end, first: f.integer(summary.first), max: f.integer(summary.max), maxYear: summary.maxYear, last: f.integer(summary.last) }) : content(measure.label)}
          />
        </figure>
        <div className="history-pair__table">
          <ScrollTable captionId={captionId} caption={t('history.homicides.caption')} testId="inegi-table">
            <table className="data-table history-data" aria-labelledby={captionId}>
              <thead>
                <tr>
                  <th scope="col">{t('history.homicides.year')}</th>
                  <th scope="col" className="num">
                    {t('history.homicides.value')}
                  </th>
                  <th scope="col">{t('history.homicides.note')}</th>
                  <th scope="col">{t('history.homicides.source')}</th>
                </tr>
              </thead>
              <tbody>
                {observed.map((o) => (
                  <tr key={o.year}>
                    <th scope="row">
                      {o.year}
                    </th>
                    <td className="num">{f.integer(o.value)}</td>
                    <td className="history-data__note">{o.note ? content(o.note) : '—'}</td>
                    <td className="history-data__source">
                      <span lang={o.source.lang ?? 'en'}>{o.source.publisher}</span>, <span className="nowrap">{o.source.date}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <HistorySources sources={uniqueSources(observed.map((o) => o.source))} />
        </div>
      </div>
    </section>
  );
}
