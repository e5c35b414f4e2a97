// Shows the screen the store says the player is on, and names it in the document title.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectContentStatus, selectLoadErrors, selectScreen } from '../../state/selectors.ts';
import { useGameStore } from '../../state/store.ts';
import { BriefingScreen } from '../screens/briefing/briefing-screen.tsx';
import { ChoiceScreen } from '../screens/choice/choice-screen.tsx';
import { DebriefScreen } from '../screens/debrief/debrief-screen.tsx';
import { LoadErrorScreen } from '../screens/load-error/load-error-screen.tsx';
import { SummaryScreen } from '../screens/summary/summary-screen.tsx';
import { TitleScreen } from '../screens/title/title-screen.tsx';
import { YearScreen } from '../screens/year/year-screen.tsx';

export function ScreenRouter({ seed }: { readonly seed: number | undefined }) {
  const screen = useGameStore(selectScreen);
  const errors = useGameStore(selectLoadErrors);
  const status = useGameStore(selectContentStatus);
  const { t } = useTranslation();
  const title = errors.length > 0 ? t('loadError.title') : t(`pageTitle.${screen}`);
  useEffect(() => {
    document.title = screen === 'title' && errors.length === 0 ? 'Sexenio' : `${title} · Sexenio`;
  }, [title, screen, errors.length]);
  if (errors.length > 0) return <LoadErrorScreen errors={errors} />;
  if (status === 'loading' && screen === 'title') return <TitleScreen seed={seed} loading />;
  switch (screen) {
    case 'title':
      return <TitleScreen seed={seed} />;
    case 'briefing':
      return <BriefingScreen />;
    case 'choice':
      return <ChoiceScreen />;
    case 'year':
      return <YearScreen />;
    case 'summary':
      return <SummaryScreen />;
    case 'debrief':
      return <DebriefScreen />;
  }
}
