// A compact list of events: year, title and the answer given, each opening to what happened and its sources.
import { useTranslation } from 'react-i18next';
import type { EventDef } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { CitationList } from '../citation/citation-list.tsx';
import './event-digest.css';

export type DigestItem = { readonly year: number; readonly def: EventDef; readonly choice: string | undefined };

export function EventDigest({ items }: { readonly items: readonly DigestItem[] }) {
  const { t } = useTranslation();
  const content = useContent();
  return (
    <ul className="digest">
      {items.map((e, i) => {
        const answer = e.def.choice?.options.find((o) => o.id === e.choice);
        return (
          <li key={`${e.year}-${e.def.id}-${i}`} className="digest__item">
            <details>
              <summary className="digest__summary">
                <span className="digest__year">{e.year}</span>
                <span className="digest__title">
                  {content(e.def.title)}
                  {answer && (
                    <span className="digest__answer">
                      {' — '}
                      {t('news.answer')} {content(answer.label)}
                    </span>
                  )}
                </span>
              </summary>
              <div className="digest__body">
                <p>{content(e.def.body)}</p>
                {answer && <p className="digest__explain">{content(answer.explain)}</p>}
                {e.def.assumption && (
                  <p className="digest__explain">
                    <strong>{t('news.assumption')}</strong> {content(e.def.assumption)}
                  </p>
                )}
                <CitationList citations={e.def.sources} />
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
