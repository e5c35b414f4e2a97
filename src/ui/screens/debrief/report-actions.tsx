// Print the report, download the run as JSON or the yearly scores as CSV; and the list of source documents.
import { useTranslation } from 'react-i18next';
import type { Action, GameState, Scenario } from '../../../engine/index.ts';
import { bylineAfterTitle, DOCUMENTS } from '../../../content/documents.ts';
import { useContent } from '../../i18n/use-content.ts';
import { download } from '../../lib/download.ts';
import { runExport, yearlyCsv } from './debrief-data.ts';

type Props = { readonly scenario: Scenario; readonly game: GameState; readonly actions: readonly Action[] };

export function ReportActions({ scenario, game, actions }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const base = `sexenio-${game.setup.seed}`;
  return (
    <>
      <section aria-labelledby="report-title" className="debrief__report print-hide" data-testid="report">
        <h2 id="report-title">{t('debriefPlus.reportTitle')}</h2>
        <p className="debrief__note">{t('debriefPlus.reportNote')}</p>
        <div className="report__buttons">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('debriefPlus.print')}
          </button>
          <button type="button" className="button" onClick={() => download(`${base}.json`, 'application/json', JSON.stringify(runExport(scenario, game, actions), null, 2))}>
            {t('debriefPlus.exportJson')}
          </button>
          <button type="button" className="button" onClick={() => download(`${base}.csv`, 'text/csv;charset=utf-8', yearlyCsv(scenario, game))}>
            {t('debriefPlus.exportCsv')}
          </button>
        </div>
      </section>
      <section aria-labelledby="sources-title" className="debrief__sources">
        <h2 id="sources-title">{t('debriefPlus.sourcesTitle')}</h2>
        <p className="debrief__note">{t('debriefPlus.sourcesNote')}</p>
        <ul className="sources-list">
          {DOCUMENTS.map((doc) => (
            <li key={doc.id}>
              <cite lang="en">{doc.title}</cite>
              {bylineAfterTitle(doc)}
              {content(doc.publisher)}
            </li>
          ))}
        </ul>
        <p className="print-only debrief__note">{t('debriefPlus.printFooter', { seed: game.setup.seed, start: game.setup.start })}</p>
      </section>
    </>
  );
}
