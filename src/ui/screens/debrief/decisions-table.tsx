// The decisions of the game, term by term, with the player's reasoning and forecast beside what happened.
import { useTranslation } from 'react-i18next';
import { mainScore, strategyOf, type Scenario } from '../../../engine/index.ts';
import type { DebriefDecision } from '../../../state/selectors.ts';
import { useContent } from '../../i18n/use-content.ts';
import { TableScroll } from '../../components/table-scroll/table-scroll.tsx';
import { useFormat } from '../../i18n/use-format.ts';
import { forecastOutcome, forecastScore } from './debrief-data.ts';

type Props = { readonly scenario: Scenario; readonly decisions: readonly DebriefDecision[] };

export function DecisionsTable({ scenario, decisions }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const main = mainScore(scenario);
  const score = forecastScore(decisions);
  return (
    <div className="debrief__decisions">
    <TableScroll labelledBy="decisions-caption">
      <table className="data-table">
        <caption id="decisions-caption">{t('debrief.decisionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.term')}</th>
            <th scope="col">{t('table.years')}</th>
            <th scope="col">{t('table.strategy')}</th>
            <th scope="col">{t('table.party')}</th>
            <th scope="col">{t('table.rationale')}</th>
            <th scope="col">{t('table.forecast')}</th>
            <th scope="col" className="num">
              {content(main.label)}
            </th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d) => {
            const ref = d.strategy ? strategyOf(scenario, d.strategy) : undefined;
            const option = ref?.option;
            const variant = option && option.variants.length > 1 ? ref.variant : undefined;
            const party = scenario.parties.find((p) => p.id === d.party);
            return (
              <tr key={d.term.index}>
                <th scope="row">{d.term.prologue ? t('debrief.prologue') : t('debrief.termN', { n: d.termNumber })}</th>
                <td className="nowrap">
                  {d.term.startYear}–{d.term.startYear + d.term.years - 1}
                </td>
                <td>
                  <strong>{d.strategy}</strong> {option ? content(option.name) : ''}
                  {variant ? ` (${content(variant.label).toLowerCase()})` : ''}
                  {d.by && d.by !== 'player' && <span className="data-table__note"> {t(`debrief.by_${d.by}`)}</span>}
                </td>
                <td>{party ? content(party.name) : '—'}</td>
                <td>{d.rationale ?? '—'}</td>
                <td>
                  {d.forecast ? (
                    <>
                      {t(`summary.forecast_${d.forecast}`)}
                      <span className="data-table__note">
                        {' — '}
                        {t(`debriefPlus.outcome_${forecastOutcome(d)}`)}
                        {'; '}
                        {forecastOutcome(d) === d.forecast ? t('debriefPlus.forecastHit') : t('debriefPlus.forecastMiss')}
                      </span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="num nowrap">
                  {f.whole(main, d.mainStart)} → {f.whole(main, d.mainEnd)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
    <p className="debrief__note debrief__forecast" data-testid="forecast-score">
      {score.total > 0 ? t('debriefPlus.forecastScore', { correct: score.correct, total: score.total }) : t('debriefPlus.forecastNone')}
    </p>
    </div>
  );
}
