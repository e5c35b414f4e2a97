// One i18next instance for the app. Interface strings live in en/*.json and es/*.json (see messages.ts); content strings come from the
// scenario as { en, es } objects (see use-content.ts).
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../state/settings-slice.ts';
import { en, es } from './messages.ts';
import { keepAbbreviationsWholeIn } from './typography.ts';

export const resources = { en: { translation: en }, es: { translation: keepAbbreviationsWholeIn(es) } } as const;

export function createI18n(lng: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
