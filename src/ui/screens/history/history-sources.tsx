// A source list as one collapsed "Sources (n)" (one Tab stop) on screen. On paper a closed disclosure prints
// nothing, so each source is printed in full in its place, in small type: title, publisher, date and address, so a
// reader of the printout can find it.
import { useTranslation } from 'react-i18next';
import type { WebCitation } from '../../../engine/index.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';

export function HistorySources({ sources }: { readonly sources: readonly WebCitation[] }) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <>
      <CitationList citations={sources} />
      <div className="history-print-only history-print-sources">
        <p className="history-print-sources__label">{t('history.printSources')}</p>
        <ul className="history-print-sources__list">
          {sources.map((s, i) => (
            <li key={`${s.url}-${i}`}>
              <span lang={s.lang ?? 'en'}>{s.title}</span>. <span lang={s.lang ?? 'en'}>{s.publisher}</span>, <span className="history-print-sources__date">{s.date}</span>.{' '}
              <span className="history-print-sources__url">{s.url}</span>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
