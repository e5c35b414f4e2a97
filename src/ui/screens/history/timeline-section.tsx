// The dated facts as a timeline, government by government: date, what kind of fact it is, title, a short summary,
// a mark when the model simulates it as a scripted event, and its sources as one collapsed list. On a projector the
// date and kind stand in a left gutter and the model's mark and the sources in a column on the right, so the
// summary keeps a readable measure and the width of the screen is used (history-screen.css).
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import { eventById } from '../../../content/change-source.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { formatHistoryDate, yearOf } from './history-date.ts';
import { HistorySources } from './history-sources.tsx';
import type { AdministrationFacts, TimelineFact } from './history-timeline.ts';

type Props = { readonly scenario: Scenario; readonly groups: readonly AdministrationFacts[]; readonly end: number; readonly headingId: string };

function FactItem({ scenario, item }: { readonly scenario: Scenario; readonly item: TimelineFact }) {
  const { t } = useTranslation();
  const content = useContent();
  const { tag } = useFormat();
  const { fact, playedIn } = item;
  const event = fact.event ? eventById(scenario, fact.event) : undefined;
  return (
    <li className="history-fact" data-fact={fact.id} data-bearing={fact.bearing}>
      <p className="history-fact__meta">
        <time dateTime={fact.date}>{formatHistoryDate(fact.date, tag)}</time>
        <span className="history-badge">{t(`history.timeline.bearing.${fact.bearing}`)}</span>
      </p>
      <h4 className="history-fact__title">{content(fact.title)}</h4>
      <p className="history-fact__summary">{content(fact.summary)}</p>
      <div className="history-fact__aside">
        {event && (
          <p className="history-fact__model">
            <span className="history-badge history-badge--model">{t('history.timeline.inModel')}</span>{' '}
            {playedIn !== null ? t('history.timeline.inModelYear', { event: content(event.title), year: playedIn }) : t('history.timeline.inModelNoYear', { event: content(event.title) })}
          </p>
        )}
        <HistorySources sources={fact.sources} />
      </div>
    </li>
  );
}

export function TimelineSection({ scenario, groups, end, headingId }: Props) {
  const { t } = useTranslation();
  const start = yearOf(groups[0]?.administration.took ?? '');
  return (
    <section className="history-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.timeline.title', { start, end })}</h2>
      <p className="history-section__intro">{t('history.timeline.intro')}</p>
      {groups.map(({ administration: a, facts }) => (
        <div key={a.id} className="history-timeline" data-administration={a.id}>
          <h3>
            {a.left ? t('history.timeline.group', { president: a.president, from: yearOf(a.took), to: yearOf(a.left) }) : t('history.timeline.groupOpen', { president: a.president, from: yearOf(a.took) })}{' '}
            <span className="history-timeline__count">({t('history.timeline.count', { count: facts.length })})</span>
          </h3>
          <ol className="history-facts">
            {facts.map((item) => (
              <FactItem key={item.fact.id} scenario={scenario} item={item} />
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
