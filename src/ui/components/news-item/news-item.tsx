// An event of the year, as a news item: its factor, title, what happened, the answer given (if it asked for one), the
// source. The model's assumption behind an event sits behind its own disclosure, one Tab stop, like the sources.
import { useTranslation } from 'react-i18next';
import type { EventDef } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { CitationList } from '../citation/citation-list.tsx';
import './news-item.css';

type Props = { readonly def: EventDef; readonly kicker: string; readonly choice: string | undefined; readonly headingLevel?: 3 | 4 };

export function NewsItem({ def, kicker, choice, headingLevel = 3 }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const answer = choice === undefined ? undefined : def.choice?.options.find((o) => o.id === choice);
  return (
    <article className="news">
      <p className="news__kicker">{kicker}</p>
      <Heading className="news__title">{content(def.title)}</Heading>
      <p className="news__body">{content(def.body)}</p>
      {answer && (
        <p className="news__answer">
          <strong>{t('news.answer')}</strong> {content(answer.label)}. {content(answer.explain)}
        </p>
      )}
      {def.assumption && (
        <details className="news__assumption">
          <summary>{t('news.assumption')}</summary>
          <p>{content(def.assumption)}</p>
        </details>
      )}
      <CitationList citations={def.sources} />
    </article>
  );
}
