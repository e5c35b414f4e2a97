// The final debrief: not a verdict but a profile of consequences. The heading is here, then the hand-in box of a game
// just played; the body (timeline, tables, factor waterfalls, roads not taken, luck versus choice, prompts, report)
// loads as its own chunk, and so does the hand-in box (the run-code encoder and the QR code).
// It reads the store's scenario, game and actions only, so a replayed run opened by someone else shows the same way.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { selectDebrief, selectScenario } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { HistoryLink } from '../../components/history-link/history-link.tsx';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import './debrief-screen.css';

const DebriefBody = lazy(() => import('./debrief-body.tsx'));
const HandInBox = lazy(() => import('./hand-in-box.tsx'));

export function DebriefScreen() {
  const { t } = useTranslation();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore(selectScenario);
  const debrief = useGameStore(selectDebrief);
  const ownGame = useGameStore((s) => !s.readOnly);
  if (!scenario || !debrief) return null;
  const first = debrief.rows[0]?.year ?? 0;
  const last = debrief.rows[debrief.rows.length - 1]?.year ?? 0;

  return (
    <div className="debrief">
      <header className="screen-head">
        <p className="screen-head__kicker">{t('debrief.kicker')}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('debrief.title', { start: first, end: last })}
        </h1>
        <p className="screen-head__lede">{t('debrief.lede')}</p>
        <p className="debrief__what-next-top print-hide">
          <HistoryLink from="debriefTop" />
        </p>
      </header>
      {ownGame && (
        <Suspense fallback={null}>
          <HandInBox />
        </Suspense>
      )}
      <Suspense fallback={<p className="debrief__note">{t('debriefPlus.loading')}</p>}>
        <DebriefBody />
      </Suspense>
    </div>
  );
}
