// One citation: document, section and lines, the short quote if any, and the cited passage on demand (loaded lazily);
// or, for a source from after the documents, its publisher, date and a link that opens only when followed.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation as CitationData, DocCitation, WebCitation } from '../../../engine/index.ts';
import { bylineAfterTitle, documentById } from '../../../content/documents.ts';
import { loadPassage } from '../../../content/source-lines.ts';
import { selectLocale } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { useContent } from '../../i18n/use-content.ts';
import './citation.css';

type Passage = { readonly state: 'idle' | 'loading' | 'failed' } | { readonly state: 'ready'; readonly lines: readonly string[] };

export function Citation({ citation }: { readonly citation: CitationData }) {
  return 'doc' in citation ? <DocumentCitation citation={citation} /> : <WebSource citation={citation} />;
}

/** A quoted passage in its own language, which a page in another language names after it. */
function Quote({ text, lang }: { readonly text: string; readonly lang: 'en' | 'es' }) {
  const { t } = useTranslation();
  const locale = useGameStore(selectLocale);
  return (
    <p className="citation__quote">
      <q lang={lang}>{text}</q>
      {lang !== locale && <span className="citation__quote-lang"> {t(`citation.quotedIn.${lang}`)}</span>}
    </p>
  );
}

/** A dated public page: the title links to it (a new tab, no referrer); nothing is loaded until it is followed. */
export function WebSource({ citation }: { readonly citation: WebCitation }) {
  const { t } = useTranslation();
  return (
    <div className="citation citation--web">
      <p className="citation__web">
        <a className="citation__link" href={citation.url} target="_blank" rel="noopener noreferrer external" lang={citation.lang ?? 'en'}>
          {citation.title}
        </a>
        <span className="citation__sep" aria-hidden="true">
          {' · '}
        </span>
        <span className="sr-only">, </span>
        <span lang={citation.lang ?? 'en'}>{citation.publisher}</span>
        <span className="citation__sep" aria-hidden="true">
          {' · '}
        </span>
        <span className="sr-only">, </span>
        <time dateTime={citation.date}>{citation.date}</time>
        <span className="sr-only"> {t('citation.newTab')}</span>
      </p>
      {citation.quote && <Quote text={citation.quote} lang={citation.lang ?? 'en'} />}
    </div>
  );
}

function DocumentCitation({ citation }: { readonly citation: DocCitation }) {
  const { t } = useTranslation();
  const content = useContent();
  const doc = documentById(citation.doc);
  const [passage, setPassage] = useState<Passage>({ state: 'idle' });
  const [first, last] = citation.lines;

  const onToggle = (e: SyntheticEvent<HTMLDetailsElement>) => {
    if (!e.currentTarget.open || passage.state === 'ready' || passage.state === 'loading') return;
    setPassage({ state: 'loading' });
    loadPassage(citation).then(
      (lines) => setPassage(lines.length > 0 ? { state: 'ready', lines } : { state: 'failed' }),
      () => setPassage({ state: 'failed' }),
    );
  };

  return (
    <div className="citation">
      <details className="citation__details" onToggle={onToggle}>
        <summary className="citation__summary">
          <span className="citation__ref">
            {t(`docShort.${citation.doc}`)}
            <span className="citation__sep" aria-hidden="true">
              {' · '}
            </span>
            <span className="sr-only">, </span>
            <span lang="en">{citation.section}</span>
            <span className="citation__sep" aria-hidden="true">
              {' · '}
            </span>
            <span className="sr-only">, </span>
            {first === last ? t('citation.line', { line: first }) : t('citation.lines', { first, last })}
          </span>
        </summary>
        <div className="citation__passage">
          <p className="citation__doc">
            <cite lang="en">{doc.title}</cite>
            {bylineAfterTitle(doc)}
            {content(doc.publisher)}
          </p>
          {passage.state === 'ready' ? (
            <ol className="citation__lines" lang="en" start={first} aria-label={t('citation.passageLabel', { first, last })}>
              {passage.lines.map((line, i) => (
                <li key={i}>{line.trim() === '' ? '\u00a0' : line}</li>
              ))}
            </ol>
          ) : (
            <p className="citation__status" role="status">
              {passage.state === 'failed' ? t('citation.failed') : t('citation.loading')}
            </p>
          )}
        </div>
      </details>
      {citation.quote && <Quote text={citation.quote} lang="en" />}
    </div>
  );
}
