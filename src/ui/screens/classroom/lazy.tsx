// The classroom screens load as their own chunks (decoders, QR codes, charts).
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstructorScreen } from '../../../state/classroom-slice.ts';

const InstructorsPage = lazy(() => import('./instructors-screen.tsx').then((m) => ({ default: m.InstructorsScreen })));
const ClassSetup = lazy(() => import('./class-setup-screen.tsx').then((m) => ({ default: m.ClassSetupScreen })));
const Dashboard = lazy(() => import('./dashboard-screen.tsx').then((m) => ({ default: m.DashboardScreen })));

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
