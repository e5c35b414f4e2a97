// The year's events as news items.
import { useTranslation } from 'react-i18next';
import type { Scenario, YearRecord } from '../../../engine/index.ts';
import { eventById, factorById } from '../../../content/change-source.ts';
import { useContent } from '../../i18n/use-content.ts';
import { NewsItem } from '../../components/news-item/news-item.tsx';

type Props = { readonly scenario: Scenario; readonly record: YearRecord | null };

export function YearNews({ scenario, record }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const items = record?.events.flatMap((o) => {
    const def = eventById(scenario, o.id);
    return def ? [{ def, choice: o.choice }] : [];
  });
  return (
    <section className="year-news" aria-labelledby="news-title">
      <h2 id="news-title">{record ? t('year.news', { year: record.year }) : t('year.newsNone')}</h2>
      {!record && <p className="year-news__empty">{t('year.newsBefore')}</p>}
      {record && items?.length === 0 && <p className="year-news__empty">{t('year.newsQuiet', { year: record.year })}</p>}
      {items?.map((item) => (
        <NewsItem key={item.def.id} def={item.def} kicker={content(factorById(scenario, item.def.factor)?.label)} choice={item.choice} />
      ))}
    </section>
  );
}
