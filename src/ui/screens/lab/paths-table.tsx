// The table beside the chart: for each path the changed model's numbers and, under each, the standard model's and
// the difference, so that what the change did can be read cell by cell.
import { useTranslation } from 'react-i18next';
import { METRICS, type Metric, type PathRow } from '../../../lab/lab-table.ts';
import { TableScroll } from '../../components/table-scroll/table-scroll.tsx';
import type { LabNumber } from './lab-number.ts';

type Props = {
  readonly standard: readonly PathRow[];
  readonly changed: readonly PathRow[] | null;
  readonly pathLabel: (id: string) => string;
  readonly metricLabel: (m: Metric) => string;
  readonly number: LabNumber;
  readonly captionId: string;
  readonly caption: string;
};

export function PathsTable({ standard, changed, pathLabel, metricLabel, number, captionId, caption }: Props) {
  const { t } = useTranslation();
  return (
    <TableScroll labelledBy={captionId} testId="lab-paths-table">
      <table className="data-table lab-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.paths.path')}</th>
            {METRICS.map((m) => (
              <th key={m} scope="col" className="num">
                {metricLabel(m)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {standard.map((row) => {
            const now = changed?.find((r) => r.id === row.id);
            return (
              <tr key={row.id} data-path={row.id}>
                <th scope="row">{pathLabel(row.id)}</th>
                {METRICS.map((m) => {
                  const base = row.values[m];
                  if (!now) {
                    return (
                      <td key={m} className="num" data-metric={m}>
                        {number(base, 1)}
                      </td>
                    );
                  }
                  const v = now.values[m];
                  const d = v - base;
                  return (
                    <td key={m} className="num" data-metric={m}>
                      <span className="lab-table__now">{number(v, 1)}</span>
                      <span className="lab-table__was">
                        {t('lab.paths.was', { value: number(base, 1) })}{' '}
                        <span className={`lab-table__delta${Math.abs(d) < 1e-9 ? '' : d > 0 ? ' lab-table__delta--up' : ' lab-table__delta--down'}`}>({d >= 0 ? '+' : ''}{number(d, 1)})</span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
