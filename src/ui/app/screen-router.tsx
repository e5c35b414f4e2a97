// Shows the screen the store says the player is on, and names it in the document title.
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectContentStatus, selectLoadErrors, selectScreen } from '../../state/selectors.ts';
import type { Screen } from '../../state/session-slice.ts';
import { useGameStore } from '../../state/store.ts';
import { ReadOnlyBanner } from '../components/read-only-banner/read-only-banner.tsx';
import { DecisionTimer } from '../screens/classroom/decision-timer.tsx';
import { InstructorScreens, isInstructorScreen } from '../screens/classroom/lazy.tsx';
import { LoadErrorScreen } from '../screens/load-error/load-error-screen.tsx';
import { SaveProblemScreen } from '../screens/save/save-problem-screen.tsx';
import { TitleScreen } from '../screens/title/title-screen.tsx';
import { whenIdle } from '../lib/when-idle.ts';
import { BriefingScreen, ChoiceScreen, DebriefScreen, prefetchScreens, SummaryScreen, YearScreen } from './lazy-screens.tsx';

const PREFETCH_AFTER_MS = 5000;

export function ScreenRouter({ seed }: { readonly seed: number | undefined }) {
  const screen = useGameStore(selectScreen);
  const errors = useGameStore(selectLoadErrors);
  const status = useGameStore(selectContentStatus);
  const modelOpen = useGameStore((s) => s.modelOpen);
  const historyOpen = useGameStore((s) => s.historyOpen);
  const labOpen = useGameStore((s) => s.labOpen);
  const saveProblem = useGameStore((s) => s.saveProblem);
  const { t } = useTranslation();
  const title = errors.length > 0 ? t('loadError.title') : saveProblem ? t('save.broken.title') : labOpen ? t('model.lab.pageTitle') : modelOpen ? t('model.pageTitle') : historyOpen ? t('whatNext.pageTitle') : isInstructorScreen(screen) ? t(`classroom.pageTitle.${screen}`) : t(`pageTitle.${screen}`);
  useEffect(() => {
    document.title = screen === 'title' && errors.length === 0 && !modelOpen && !historyOpen && !labOpen && !saveProblem ? 'Sexenio' : `${title} · Sexenio`;
  }, [title, screen, errors.length, modelOpen, historyOpen, labOpen, saveProblem]);
  useEffect(() => {
    // The game's screens are fetched a few seconds after the title is up, when the browser is idle: their code and
    // styles then never hold up the start or an early tap (on a slow phone they cost some 100 ms tasks each).
    if (screen === 'title' && status === 'ready') return whenIdle(prefetchScreens, PREFETCH_AFTER_MS);
  }, [screen, status]);
  if (errors.length > 0) return <LoadErrorScreen errors={errors} />;
  if (saveProblem) return <SaveProblemScreen problem={saveProblem} />;
  // The title screen keeps one place in the tree while the scenarios load and after, so its text is painted once
  // (not re-created when they arrive: that would move the largest contentful paint behind the scenario chunk).
  return (
    <Suspense fallback={<p role="status" className="screen-loading">{t('app.loadingScreen')}</p>}>
      <CurrentScreen screen={screen} seed={seed} loading={status === 'loading'} />
    </Suspense>
  );
}

function CurrentScreen({ screen, seed, loading }: { readonly screen: Screen; readonly seed: number | undefined; readonly loading: boolean }) {
  switch (screen) {
    case 'title':
      return <TitleScreen seed={seed} loading={loading} />;
    case 'briefing':
      return <BriefingScreen />;
    case 'choice':
      return (
        <>
          <DecisionTimer />
          <ChoiceScreen />
        </>
      );
    case 'year':
      return <YearScreen />;
    case 'summary':
      return <SummaryScreen />;
    case 'debrief':
      return (
        <>
          <ReadOnlyBanner />
          <DebriefScreen />
        </>
      );
    case 'instructors':
    case 'class-setup':
    case 'dashboard':
      return <InstructorScreens screen={screen} />;
  }
}
