// The final debrief: not a verdict but a profile of consequences. The chart (lazy), the same data as a table,
// the decisions, every indicator's path, the factors that mattered most and the events.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { orderedScores, selectDebrief, selectScenario } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { EventDigest } from '../../components/event-digest/event-digest.tsx';
import { FactorBars } from '../../components/factor-bars/factor-bars.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { ChartLegend } from './chart-legend.tsx';
import type { ChartSeries } from './debrief-chart.tsx';
import { DecisionsTable } from './decisions-table.tsx';
import { ProfileTable } from './profile-table.tsx';
import { YearsTable } from './years-table.tsx';
import './debrief-screen.css';

const DebriefChart = lazy(() => import('./debrief-chart.tsx'));

/** Okabe–Ito colours, each with its own dash pattern and weight. */
const OVERALL_STYLE: Omit<ChartSeries, 'id' | 'label'> = { color: '#000000', dash: undefined, width: 3.5 };
const STYLE: Record<string, Omit<ChartSeries, 'id' | 'label'>> = {
  cooperation: OVERALL_STYLE,
  sedena: { color: '#D55E00', dash: '10 6', width: 2.5 },
  semar: { color: '#0072B2', dash: '2 5', width: 3 },
};

export function DebriefScreen() {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore(selectScenario);
  const debrief = useGameStore(selectDebrief);
  const playAgain = useGameStore((s) => s.playAgain);
  if (!scenario || !debrief) return null;
  const first = debrief.rows[0]?.year ?? 0;
  const last = debrief.rows[debrief.rows.length - 1]?.year ?? 0;
  const ordered = orderedScores(scenario);
  const series: ChartSeries[] = ordered.filter((d) => d.id in STYLE).map((d) => ({ id: d.id, label: content(d.label), ...(STYLE[d.id] ?? OVERALL_STYLE) }));
  const columns = ordered.filter((d) => ['cooperation', 'sedena', 'semar', 'publicSupport', 'violence'].includes(d.id));
  const cooperation = ordered.find((d) => d.id === 'cooperation');
  const decisions = debrief.decisions.filter((d) => d.strategy).map((d) => ({ year: d.term.startYear, label: d.strategy ?? '' }));
  const eventCounts = new Map<number, number>();
  for (const e of debrief.events) eventCounts.set(e.year, (eventCounts.get(e.year) ?? 0) + 1);

  return (
    <div className="debrief">
      <header className="screen-head">
        <p className="screen-head__kicker">{t('debrief.kicker')}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('debrief.title', { start: first, end: last })}
        </h1>
        <p className="screen-head__lede">{t('debrief.lede')}</p>
      </header>

      <section className="debrief__chart" aria-labelledby="chart-title" data-testid="chart-region">
        <h2 id="chart-title">{t('debrief.chartTitle')}</h2>
        <p className="debrief__note">{t('debrief.chartNote')}</p>
        <ChartLegend series={series} />
        <figure className="chart-frame" aria-labelledby="chart-title">
          <Suspense fallback={<p className="debrief__note">{t('debrief.chartLoading')}</p>}>
            <DebriefChart rows={debrief.rows} series={series} decisions={decisions} eventCounts={eventCounts} format={(v) => f.value({ format: 'index' }, v)} title={t('debrief.chartTitle')} />
          </Suspense>
        </figure>
      </section>

      <YearsTable scenario={scenario} rows={debrief.rows} columns={columns} />
      <DecisionsTable scenario={scenario} decisions={debrief.decisions} />

      <div className="debrief__lower">
        <ProfileTable profile={debrief.profile} />
        {cooperation && (
          <section aria-labelledby="factors-title">
            <h2 id="factors-title">{t('debrief.factorsTitle')}</h2>
            <p className="debrief__note">{t('debrief.factorsNote')}</p>
            <FactorBars scenario={scenario} def={cooperation} factors={debrief.factors} limit={8} />
          </section>
        )}
      </div>

      <section aria-labelledby="debrief-events">
        <h2 id="debrief-events">{t('debrief.eventsTitle')}</h2>
        {debrief.events.length === 0 ? (
          <p className="debrief__note">{t('summary.noEvents')}</p>
        ) : (
          <EventDigest items={debrief.events} />
        )}
      </section>

      <section className="debrief__closing" aria-labelledby="closing-title">
        <h2 id="closing-title">{t('debrief.discussTitle')}</h2>
        <ul>
          <li>{t('debrief.discuss1')}</li>
          <li>{t('debrief.discuss2')}</li>
          <li>{t('debrief.discuss3')}</li>
        </ul>
      </section>

      <div className="screen-actions">
        <button type="button" className="button button--primary button--large" onClick={playAgain}>
          {t('debrief.playAgain')}
        </button>
      </div>
    </div>
  );
}
