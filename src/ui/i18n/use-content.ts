// Picks the current language from a scenario's { en, es } text.
import { useCallback } from 'react';
import type { LocalizedText } from '../../engine/index.ts';
import { selectLocale } from '../../state/selectors.ts';
import { useGameStore } from '../../state/store.ts';
import { keepAbbreviationsWhole } from './typography.ts';

export function useContent(): (text: LocalizedText | undefined) => string {
  const locale = useGameStore(selectLocale);
  return useCallback((text) => (text ? keepAbbreviationsWhole(text[locale]) : ''), [locale]);
}
