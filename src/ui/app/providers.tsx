// i18n and motion for the whole app; keeps i18next's language and <html lang> in step with the store.
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { selectLocale, selectReducedMotion } from '../../state/selectors.ts';
import { useGameStore } from '../../state/store.ts';
import { createI18n } from '../i18n/i18n.ts';
import { LazyMotion, loadMotionFeatures, MotionConfig } from '../lib/motion.ts';

export function Providers({ children }: { readonly children: ReactNode }) {
  const locale = useGameStore(selectLocale);
  const reducedMotion = useGameStore(selectReducedMotion);
  const [i18n] = useState(() => createI18n(locale));

  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
    document.documentElement.lang = locale === 'es' ? 'es-MX' : 'en';
  }, [i18n, locale]);

  useEffect(() => {
    document.documentElement.dataset['reduceMotion'] = String(reducedMotion === 'always');
  }, [reducedMotion]);

  return (
    <I18nextProvider i18n={i18n}>
      <LazyMotion features={loadMotionFeatures} strict>
        <MotionConfig reducedMotion={reducedMotion}>{children}</MotionConfig>
      </LazyMotion>
    </I18nextProvider>
  );
}
