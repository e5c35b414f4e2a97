// A source list as one collapsed "Sources (n)" (one Tab stop) on screen. On paper a closed disclosure prints
// nothing, so a line with each source's publisher and date is printed in its place.
import { useTranslation } from 'react-i18next';
import type { WebCitation } from '../../../engine/index.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';

export function HistorySources({ sources }: { readonly sources: readonly WebCitation[] }) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <>
      <CitationList citations={sources} collapsed />
      <p className="history-print-only history-print-sources">
        {t('history.printSources')}{' '}
        {sources.map((s, i) => (
          <span key={`${s.url}-${i}`}>
            {i > 0 && '; '}
            <span lang={s.lang ?? 'en'}>{s.publisher}</span>, {s.date}
          </span>
        ))}
      </p>
    </>
  );
}
