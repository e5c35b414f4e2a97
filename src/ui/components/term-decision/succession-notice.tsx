// What the succession model decided for a term the player does not govern (one-term mode): who, which strategy,
// why in plain words with the documents' passages, and the odds the model gave each course.
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import type { SuccessionView } from '../../../state/decision-selectors.ts';
import { CitationList } from '../citation/citation-list.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { strategyName } from './strategy-name.ts';
import './term-decision.css';

type Props = {
  readonly scenario: Scenario;
  readonly view: SuccessionView;
  /** 'next' on the summary before the term; 'now' at the start of the term itself. */
  readonly when: 'next' | 'now';
  readonly headingLevel?: 2 | 3;
};

export function SuccessionNotice({ scenario, view, when, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const party = scenario.parties.find((p) => p.id === view.decision.party);
  const percent = new Intl.NumberFormat(f.tag, { style: 'percent', maximumFractionDigits: 0 });
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `succession-${when}-title`;
  const end = view.term.startYear + view.term.years - 1;
  return (
    <section className="succession-notice" aria-labelledby={headingId} data-testid="succession-notice">
      <H id={headingId}>{when === 'next' ? t('decision.succession.title') : t('decision.succession.titleNow')}</H>
      <p className="succession-notice__decision">
        <strong>{t('decision.succession.chose', { start: view.term.startYear, end, party: party ? content(party.name) : view.decision.party, strategy: strategyName(scenario, view.decision.strategy, content) })}</strong>
      </p>
      <p className="succession-notice__mode">{t('decision.succession.oneTerm')}</p>
      {scenario.succession && (
        <div className="succession-notice__why">
          <p>
            <span className="succession-notice__label">{t('decision.succession.why')}: </span>
            {content(scenario.succession.explain)}
          </p>
          <CitationList citations={scenario.succession.sources} />
        </div>
      )}
      {view.odds.length > 0 && (
        <table className="succession-odds">
          <caption>{t('decision.succession.odds')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decision.succession.oddsStrategy')}</th>
              <th scope="col" className="succession-odds__num">
                {t('decision.succession.oddsChance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.odds.map(([id, p]) => (
              <tr key={id} className={id === view.decision.strategy ? 'succession-odds__row--drawn' : undefined} aria-current={id === view.decision.strategy ? 'true' : undefined}>
                <th scope="row">{strategyName(scenario, id, content)}</th>
                <td className="succession-odds__num">
                  <span className="succession-odds__bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(p * 100)}%` }} />
                  </span>
                  {percent.format(p)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
