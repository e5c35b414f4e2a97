// The numbers behind an outcome chart, one row per run: final cooperation and its channels, deaths in total and in
// the last year, final public support. Rows keep the order they are given (the player's first): no ranking.
import { useTranslation } from 'react-i18next';
import { headlineScores, type Scenario } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useOutcomeFormat } from './outcome-format.ts';
import { DEATHS_SCORE, SUPPORT_SCORE, type OutcomeRow } from './outcomes.ts';

/** Columns the three-page printed report leaves out (the channels, last year's deaths); the screen shows them all. */
const DETAIL = 'num outcome-table__detail';

type Props = {
  readonly scenario: Scenario;
  readonly rows: readonly OutcomeRow[];
  readonly rowLabel: (row: OutcomeRow) => string;
  /** The row drawn bold: the player's. */
  readonly ownId: string;
  readonly caption: string;
  readonly captionId?: string;
  /** The years the totals cover, e.g. "2013–2018". */
  readonly span: string;
  readonly className?: string;
};

export function OutcomeTable({ scenario, rows, rowLabel, ownId, caption, captionId, span, className = '' }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const fmt = useOutcomeFormat();
  const headline = headlineScores(scenario);
  const deathsDef = scenario.scores.find((s) => s.id === DEATHS_SCORE);
  const supportDef = scenario.scores.find((s) => s.id === SUPPORT_SCORE);
  const lastYear = rows[0]?.lastYear ?? '';
  const cell = (v: number | null, def: typeof deathsDef) => (v === null || !def ? '—' : fmt.value(def, v));
  return (
    <table className={`data-table outcome-table ${className}`.trim()}>
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('outcomes.path')}</th>
          {headline.map((d, i) => (
            <th key={d.id} scope="col" className={i > 0 ? DETAIL : 'num'}>
              {content(d.label)}
            </th>
          ))}
          {deathsDef && (
            <>
              <th scope="col" className="num">
                {t('outcomes.deathsTotal', { span })}
              </th>
              <th scope="col" className={DETAIL}>
                {t('outcomes.deathsIn', { year: lastYear })}
              </th>
            </>
          )}
          {supportDef && (
            <th scope="col" className="num">
              {content(supportDef.label)}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={r.id === ownId ? 'outcome-table__own' : undefined} data-row={r.id}>
            <th scope="row">{rowLabel(r)}</th>
            {headline.map((d, i) => (
              <td key={d.id} className={i > 0 ? DETAIL : 'num'}>
                {fmt.value(d, r.finals[d.id] ?? 0)}
              </td>
            ))}
            {deathsDef && (
              <>
                <td className="num">{cell(r.deaths, deathsDef)}</td>
                <td className={DETAIL}>{cell(r.deathsLast, deathsDef)}</td>
              </>
            )}
            {supportDef && <td className="num">{cell(r.support, supportDef)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
