import { useMemo } from 'react';
import { selectLocale } from '../../state/selectors.ts';
import { useGameStore } from '../../state/store.ts';
import { makeFormatter, type Formatter } from './format.ts';

export function useFormat(): Formatter {
  const locale = useGameStore(selectLocale);
  return useMemo(() => makeFormatter(locale), [locale]);
}
