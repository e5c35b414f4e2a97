// After the debrief's main content: the way to "What happened next", where the player's game is drawn beside the
// real course from December 2012. Not printed: the report stays within its pages, and the page prints on its own.
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import { HistoryLink } from '../../components/history-link/history-link.tsx';
import { historySpan } from '../../components/history-link/history-span.ts';

export function WhatNextSection({ scenario }: { readonly scenario: Scenario }) {
  const { t } = useTranslation();
  if (!scenario.history) return null;
  return (
    <section aria-labelledby="what-next-title" className="debrief__what-next print-hide" data-testid="what-next">
      <h2 id="what-next-title">{t('whatNext.debriefHeading')}</h2>
      <p className="debrief__note">{t('whatNext.debriefText', historySpan(scenario.history))}</p>
      <p>
        <HistoryLink from="debrief" className="button button--primary" />
      </p>
    </section>
  );
}
