// The year's events as news: the biggest few in full, the rest (and repeats, and answered decisions) one line each.
import { useTranslation } from 'react-i18next';
import type { Scenario, YearRecord } from '../../../engine/index.ts';
import { factorById } from '../../../content/change-source.ts';
import { presentYearEvents } from '../../../content/event-presentation.ts';
import { useContent } from '../../i18n/use-content.ts';
import { NewsItem } from '../../components/news-item/news-item.tsx';
import { NewsLine } from '../../components/news-item/news-line.tsx';

type Props = { readonly scenario: Scenario; readonly record: YearRecord | null; readonly history: readonly YearRecord[] };

export function YearNews({ scenario, record, history }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const shown = record ? presentYearEvents(scenario, history, record.year) : [];
  const full = shown.filter((s) => s.mode === 'full');
  const lines = shown.filter((s) => s.mode !== 'full');
  return (
    <section className="year-news" aria-labelledby="news-title">
      <h2 id="news-title">{record ? t('year.news', { year: record.year }) : t('year.newsNone')}</h2>
      {!record && <p className="year-news__empty">{t('year.newsBefore')}</p>}
      {record && shown.length === 0 && <p className="year-news__empty">{t('year.newsQuiet', { year: record.year })}</p>}
      {full.map((item) => (
        <NewsItem key={item.def.id} def={item.def} kicker={content(factorById(scenario, item.def.factor)?.label)} choice={item.choice} />
      ))}
      {lines.length > 0 && (
        <>
          {full.length > 0 && <p className="news-lines__title">{t('news.alsoThisYear')}</p>}
          <ul className="news-lines">
            {lines.map((item) => (
              <NewsLine key={item.def.id} shown={item} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
