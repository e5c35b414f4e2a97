// The classroom screens and the run-sharing panel load as their own chunks (decoders, QR codes, charts).
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstructorScreen } from '../../../state/classroom-slice.ts';
import { useGameStore } from '../../../state/store.ts';

const RunShare = lazy(() => import('./run-share.tsx').then((m) => ({ default: m.RunShare })));
const InstructorsPage = lazy(() => import('./instructors-screen.tsx').then((m) => ({ default: m.InstructorsScreen })));
const ClassSetup = lazy(() => import('./class-setup-screen.tsx').then((m) => ({ default: m.ClassSetupScreen })));
const Dashboard = lazy(() => import('./dashboard-screen.tsx').then((m) => ({ default: m.DashboardScreen })));

/** Under the debrief of a game just played: its run code, address and QR code. */
export function LazyRunShare() {
  const show = useGameStore((s) => !s.readOnly && s.game?.phase === 'finished');
  if (!show) return null;
  return (
    <Suspense fallback={null}>
      <RunShare />
    </Suspense>
  );
}

export function InstructorScreens({ screen }: { readonly screen: InstructorScreen }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p role="status">{t('classroom.loading')}</p>}>
      {screen === 'instructors' && <InstructorsPage />}
      {screen === 'class-setup' && <ClassSetup />}
      {screen === 'dashboard' && <Dashboard />}
    </Suspense>
  );
}

export function isInstructorScreen(screen: string): screen is InstructorScreen {
  return screen === 'instructors' || screen === 'class-setup' || screen === 'dashboard';
}
