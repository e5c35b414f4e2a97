// English / Español. Each button is labelled in its own language; the choice is remembered.
import { useTranslation } from 'react-i18next';
import { selectLocale } from '../../../state/selectors.ts';
import { LOCALES } from '../../../state/settings-slice.ts';
import { useGameStore } from '../../../state/store.ts';
import './language-switch.css';

const NAMES = { en: 'English', es: 'Español' } as const;

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useGameStore(selectLocale);
  const setLocale = useGameStore((s) => s.setLocale);
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((l) => (
        <button key={l} type="button" lang={l} className="lang-switch__button" aria-pressed={locale === l} onClick={() => setLocale(l)}>
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
