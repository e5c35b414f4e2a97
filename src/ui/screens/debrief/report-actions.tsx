// Print the report, download the yearly scores as CSV, and the run as JSON: from the hand-in box at the top for a game
// just played (this links to it), from here for a shared run opened read-only. Then the list of source documents.
import { useTranslation } from 'react-i18next';
import type { Action, GameState, Scenario } from '../../../engine/index.ts';
import { bylineAfterTitle, DOCUMENTS } from '../../../content/documents.ts';
import { useGameStore } from '../../../state/store.ts';
import { useContent } from '../../i18n/use-content.ts';
import { download } from '../../lib/download.ts';
import { runExport, yearlyCsv } from './debrief-data.ts';
import { HAND_IN_ID } from './hand-in-id.ts';
import { runFileName } from './run-file-name.ts';

type Props = { readonly scenario: Scenario; readonly game: GameState; readonly actions: readonly Action[] };

/** A shared run's JSON file: its code as it opened (the reasons it carries included), and its nickname. */
async function downloadShared(scenario: Scenario, game: GameState, actions: readonly Action[], nickname: string | null): Promise<void> {
  const { encodeRunCode, runCodeOf } = await import('../../../content/run-code.ts');
  const now = new Date();
  const code = encodeRunCode(runCodeOf(scenario, game, { nickname: nickname ?? undefined }), scenario);
  const data = runExport(scenario, game, actions, { code, nickname: nickname ?? undefined, exportedAt: now.toISOString(), includeReasoning: true });
  download(runFileName(now, null, nickname), 'application/json', `${JSON.stringify(data, null, 2)}\n`);
}

function showHandIn(): void {
  const box = document.getElementById(HAND_IN_ID);
  box?.scrollIntoView({ block: 'start' });
  box?.focus({ preventScroll: true });
}

export function ReportActions({ scenario, game, actions }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const readOnly = useGameStore((s) => s.readOnly);
  const sharedNickname = useGameStore((s) => s.sharedNickname);
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
          {readOnly && (
            <button type="button" className="button" onClick={() => void downloadShared(scenario, game, actions, sharedNickname)}>
              {t('debriefPlus.exportJson')}
            </button>
          )}
          <button type="button" className="button" onClick={() => download(`${base}.csv`, 'text/csv;charset=utf-8', yearlyCsv(scenario, game))}>
            {t('debriefPlus.exportCsv')}
          </button>
        </div>
        {!readOnly && (
          <p className="debrief__note">
            <button type="button" className="button button--quiet" onClick={showHandIn}>
              {t('handIn.goTo')}
            </button>
          </p>
        )}
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
