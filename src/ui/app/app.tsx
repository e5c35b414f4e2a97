// The app: providers, the banner, the current screen in <main>, the live region and a quiet footer.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../components/app-header/app-header.tsx';
import { ErrorBanner } from '../components/error-banner/error-banner.tsx';
import { ErrorBoundary } from '../components/error-boundary/error-boundary.tsx';
import { LiveRegion } from '../components/live-region/live-region.tsx';
import { UnsavedBanner } from '../screens/save/unsaved-banner.tsx';
import { HistoryScreen, LabScreen, ModelScreen } from './lazy-screens.tsx';
import { useGameStore } from '../../state/store.ts';
import { usePaceSteps } from '../lib/use-pace-steps.ts';
import { Providers } from './providers.tsx';
import { ScreenRouter } from './screen-router.tsx';

function Shell({ seed }: { readonly seed: number | undefined }) {
  const { t } = useTranslation();
  // "How the model works" and "What happened next" cover the current screen, which stays mounted (hidden) so the
  // player returns to it as it was. The model page can open over "What happened next" too, which then waits hidden;
  // the model lab opens over the model page or the instructors' area, which wait hidden the same way.
  const modelOpen = useGameStore((s) => s.modelOpen);
  const historyOpen = useGameStore((s) => s.historyOpen);
  const labOpen = useGameStore((s) => s.labOpen);
  usePaceSteps();
  const loading = <p role="status" className="screen-loading">{t('app.loadingScreen')}</p>;
  return (
    <>
      <AppHeader />
      <main id="main" className="page">
        <ErrorBanner />
        <UnsavedBanner />
        <ErrorBoundary>
          {labOpen && (
            <Suspense fallback={loading}>
              <LabScreen />
            </Suspense>
          )}
          {modelOpen && (
            <div className="screen-slot" hidden={labOpen}>
              <Suspense fallback={loading}>
                <ModelScreen />
              </Suspense>
            </div>
          )}
          {historyOpen && (
            <div className="screen-slot" hidden={modelOpen || labOpen}>
              <Suspense fallback={loading}>
                <HistoryScreen />
              </Suspense>
            </div>
          )}
          <div className="screen-slot" hidden={modelOpen || historyOpen || labOpen}>
            <ScreenRouter seed={seed} />
          </div>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <LiveRegion />
    </>
  );
}

export function App({ seed }: { readonly seed?: number | undefined }) {
  return (
    <Providers>
      <Shell seed={seed} />
    </Providers>
  );
}
