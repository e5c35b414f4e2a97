// A list of citations. Collapsed, it is one "Sources (n)" disclosure, to keep long pages short and quick to tab through.
import { useTranslation } from 'react-i18next';
import type { Citation as CitationData } from '../../../engine/index.ts';
import { Citation } from './citation.tsx';

type Props = { readonly citations: readonly CitationData[]; readonly label?: string; readonly collapsed?: boolean };

export function CitationList({ citations, label, collapsed = false }: Props) {
  const { t } = useTranslation();
  if (citations.length === 0) return null;
  const items = (
    <ul className="citation-list__items">
      {citations.map((c, i) => (
        <li key={'doc' in c ? `${c.doc}-${c.lines[0]}-${i}` : `${c.url}-${i}`}>
          <Citation citation={c} />
        </li>
      ))}
    </ul>
  );
  if (collapsed) {
    return (
      <details className="citation-list citation-list--collapsed">
        <summary className="citation-list__toggle">{t('citation.sourcesCount', { n: citations.length })}</summary>
        {items}
      </details>
    );
  }
  return (
    <div className="citation-list">
      <p className="citation-list__label">{label ?? t('citation.sources')}</p>
      {items}
    </div>
  );
}
