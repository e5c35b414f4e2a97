// Everything below the debrief's heading, in reading order. Loaded lazily with the rest of the debrief's parts.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { headlineScores, mainScore } from '../../../engine/index.ts';
import { selectActions, selectDebrief, selectGame, selectScenario } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { EventDigest } from '../../components/event-digest/event-digest.tsx';
import { FactorBars } from '../../components/factor-bars/factor-bars.tsx';
import { VariantNote } from '../../components/variant-note/variant-note.tsx';
import { DecisionsTable } from './decisions-table.tsx';
import { GhostSection } from './ghost-section.tsx';
import { ChangeTable } from '../../components/change-table/change-table.tsx';
import { PrioritiesSection } from './priorities-section.tsx';
import { PromptsSection } from './prompts-section.tsx';
import { ReportActions } from './report-actions.tsx';
import { SetupStatement } from './setup-statement.tsx';
import { TimelineSection } from './timeline-section.tsx';
import { TradeoffSection } from './tradeoff-section.tsx';
import { WhatNextSection } from './what-next-section.tsx';
import { WaterfallSection } from './waterfall-section.tsx';
import { YearsTable } from './years-table.tsx';
import './debrief-print.css';

const LuckSection = lazy(() => import('./luck-section.tsx'));

const YEARS_TABLE_EXTRAS: readonly string[] = ['publicSupport', 'violence'];

export default function DebriefBody() {
  const { t } = useTranslation();
  const scenario = useGameStore(selectScenario);
  const debrief = useGameStore(selectDebrief);
  const game = useGameStore(selectGame);
  const actions = useGameStore(selectActions);
  const playAgain = useGameStore((s) => s.playAgain);
  if (!scenario || !debrief || !game) return null;
  // The years table: the headline scores, then two the documents weigh against cooperation. Those two are named
  // here until the content can mark them itself (a flag beside ScoreDef.headline).
  const columns = [...headlineScores(scenario), ...scenario.scores.filter((d) => d.headline !== true && YEARS_TABLE_EXTRAS.includes(d.id))];
  const main = mainScore(scenario);

  return (
    <>
      <VariantNote scenario={scenario} variant={game.setup.variant} />
      <PrioritiesSection scenario={scenario} game={game} />
      <SetupStatement scenario={scenario} game={game} />
      <TimelineSection scenario={scenario} game={game} debrief={debrief} />
      <div className="print-hide">
        <YearsTable scenario={scenario} rows={debrief.rows} columns={columns} />
      </div>
      <DecisionsTable scenario={scenario} decisions={debrief.decisions} />
      <WaterfallSection scenario={scenario} game={game} def={main} />
      <GhostSection scenario={scenario} game={game} />
      <TradeoffSection scenario={scenario} game={game} />
      <Suspense fallback={null}>
        <LuckSection scenario={scenario} game={game} />
      </Suspense>

      <div className="debrief__lower">
        <ChangeTable rows={debrief.profile} caption={t('debrief.profileCaption')} showRange />
        <section aria-labelledby="factors-title" className="debrief__factors">
          <h2 id="factors-title">{t('debrief.factorsTitle')}</h2>
          <p className="debrief__note">{t('debrief.factorsNote')}</p>
          <FactorBars scenario={scenario} def={main} factors={debrief.factors} limit={8} />
        </section>
      </div>

      <section aria-labelledby="debrief-events" className="print-hide">
        <h2 id="debrief-events">{t('debrief.eventsTitle')}</h2>
        {debrief.events.length === 0 ? <p className="debrief__note">{t('summary.noEvents')}</p> : <EventDigest items={debrief.events} />}
      </section>

      <PromptsSection scenario={scenario} game={game} />
      <WhatNextSection scenario={scenario} />
      <ReportActions scenario={scenario} game={game} actions={actions} />

      <div className="screen-actions print-hide">
        <button type="button" className="button button--primary button--large" onClick={playAgain}>
          {t('debrief.playAgain')}
        </button>
      </div>
    </>
  );
}
