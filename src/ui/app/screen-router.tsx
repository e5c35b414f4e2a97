// Shows the screen the store says the player is on, and names it in the document title.
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectContentStatus, selectLoadErrors, selectScreen } from '../../state/selectors.ts';
import type { Screen } from '../../state/session-slice.ts';
import { useGameStore } from '../../state/store.ts';
import { ReadOnlyBanner } from '../components/read-only-banner/read-only-banner.tsx';
import { DecisionTimer } from '../screens/classroom/decision-timer.tsx';
import { InstructorScreens, isInstructorScreen, LazyRunShare } from '../screens/classroom/lazy.tsx';
import { LoadErrorScreen } from '../screens/load-error/load-error-screen.tsx';
import { TitleScreen } from '../screens/title/title-screen.tsx';
import { BriefingScreen, ChoiceScreen, DebriefScreen, prefetchScreens, SummaryScreen, YearScreen } from './lazy-screens.tsx';

export function ScreenRouter({ seed }: { readonly seed: number | undefined }) {
  const screen = useGameStore(selectScreen);
  const errors = useGameStore(selectLoadErrors);
  const status = useGameStore(selectContentStatus);
  const modelOpen = useGameStore((s) => s.modelOpen);
  const { t } = useTranslation();
  const title = errors.length > 0 ? t('loadError.title') : modelOpen ? t('model.pageTitle') : isInstructorScreen(screen) ? t(`classroom.pageTitle.${screen}`) : t(`pageTitle.${screen}`);
  useEffect(() => {
    document.title = screen === 'title' && errors.length === 0 && !modelOpen ? 'Sexenio' : `${title} · Sexenio`;
  }, [title, screen, errors.length, modelOpen]);
  useEffect(() => {
    if (screen === 'title' && status === 'ready') prefetchScreens();
  }, [screen, status]);
  if (errors.length > 0) return <LoadErrorScreen errors={errors} />;
  if (status === 'loading' && screen === 'title') return <TitleScreen seed={seed} loading />;
  return (
    <Suspense fallback={<p role="status" className="screen-loading">{t('app.loadingScreen')}</p>}>
      <CurrentScreen screen={screen} seed={seed} />
    </Suspense>
  );
}

function CurrentScreen({ screen, seed }: { readonly screen: Screen; readonly seed: number | undefined }) {
  switch (screen) {
    case 'title':
      return <TitleScreen seed={seed} />;
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
          <LazyRunShare />
        </>
      );
    case 'instructors':
    case 'class-setup':
    case 'dashboard':
      return <InstructorScreens screen={screen} />;
  }
}
