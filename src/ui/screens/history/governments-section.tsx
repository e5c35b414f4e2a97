// The three real governments: dates, the game's party that stands for theirs, the option the model plays for each,
// and the argument for that option and what it cannot represent, with its sources.
import { useTranslation } from 'react-i18next';
import type { HistoryDef, Scenario } from '../../../engine/index.ts';
import { strategyName } from '../../components/term-decision/strategy-name.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { formatHistoryDate } from './history-date.ts';
import { HistorySources } from './history-sources.tsx';

type Props = { readonly scenario: Scenario; readonly history: HistoryDef; readonly headingId: string };

export function GovernmentsSection({ scenario, history, headingId }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const { tag } = useFormat();
  const date = (d: string) => formatHistoryDate(d, tag);
  return (
    <section className="history-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.governments.title')}</h2>
      <p className="history-section__intro">{t('history.governments.intro')}</p>
      <ol className="history-governments">
        {history.administrations.map((a) => (
          <li key={a.id} className="history-government" data-administration={a.id}>
            <h3>{a.president}</h3>
            <dl className="history-government__facts">
              <div>
                <dt>{t('history.governments.inOffice')}</dt>
                <dd>{a.left ? t('history.governments.range', { from: date(a.took), to: date(a.left) }) : t('history.governments.since', { from: date(a.took) })}</dd>
              </div>
              <div>
                <dt>{t('history.governments.party')}</dt>
                <dd>{content(scenario.parties.find((p) => p.id === a.party)?.name) || a.party}</dd>
              </div>
              <div>
                <dt>{t('history.governments.option')}</dt>
                <dd className="history-government__option">{strategyName(scenario, a.strategy, content)}</dd>
              </div>
            </dl>
            <p>{content(a.summary)}</p>
            <h4>{t('history.governments.mapping')}</h4>
            <p>{content(a.mapping)}</p>
            <HistorySources sources={a.sources} />
          </li>
        ))}
      </ol>
    </section>
  );
}
