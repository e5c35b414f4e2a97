// Every simulated year as a table row: the chart's data, and more.
import { useTranslation } from 'react-i18next';
import type { Scenario, ScoreDef } from '../../../engine/index.ts';
import { eventById } from '../../../content/change-source.ts';
import type { DebriefRow } from '../../../state/selectors.ts';
import { useContent } from '../../i18n/use-content.ts';
import { TableScroll } from '../../components/table-scroll/table-scroll.tsx';
import { useFormat } from '../../i18n/use-format.ts';

type Props = { readonly scenario: Scenario; readonly rows: readonly DebriefRow[]; readonly columns: readonly ScoreDef[] };

export function YearsTable({ scenario, rows, columns }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  return (
    <TableScroll labelledBy="years-caption">
      <table className="data-table data-table--years" data-testid="years-table">
        <caption id="years-caption">{t('debrief.yearsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.year')}</th>
            <th scope="col">{t('table.strategy')}</th>
            {columns.map((c) => (
              <th key={c.id} scope="col" className="num">
                {content(c.label)}
              </th>
            ))}
            <th scope="col">{t('table.events')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row" className="num">
                {r.year}
              </th>
              <td>{r.strategy}</td>
              {columns.map((c) => (
                <td key={c.id} className="num">
                  {f.value(c, r.scores[c.id] ?? 0)}
                </td>
              ))}
              <td className="data-table__events">{r.events.map((id) => content(eventById(scenario, id)?.title)).join('; ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
