// A list of citations as one "Sources (n)" disclosure: a single Tab stop while closed, its links and passages
// reachable once it is opened. Printed, it shows every citation (see citation.css).
import { useTranslation } from 'react-i18next';
import type { Citation as CitationData } from '../../../engine/index.ts';
import { Citation } from './citation.tsx';

type Props = { readonly citations: readonly CitationData[]; readonly label?: string };

export function CitationList({ citations, label }: Props) {
  const { t } = useTranslation();
  if (citations.length === 0) return null;
  const n = citations.length;
  return (
    <details className="citation-list">
      <summary className="citation-list__toggle">{label ? t('citation.labelCount', { label, n }) : t('citation.sourcesCount', { n })}</summary>
      <ul className="citation-list__items">
        {citations.map((c, i) => (
          <li key={'doc' in c ? `${c.doc}-${c.lines[0]}-${i}` : `${c.url}-${i}`}>
            <Citation citation={c} />
          </li>
        ))}
      </ul>
    </details>
  );
}
