// The app: providers, the banner, the current screen in <main>, the live region and a quiet footer.
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../components/app-header/app-header.tsx';
import { ErrorBanner } from '../components/error-banner/error-banner.tsx';
import { LiveRegion } from '../components/live-region/live-region.tsx';
import { Providers } from './providers.tsx';
import { ScreenRouter } from './screen-router.tsx';

function Shell({ seed }: { readonly seed: number | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <AppHeader />
      <main id="main" className="page">
        <ErrorBanner />
        <ScreenRouter seed={seed} />
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
