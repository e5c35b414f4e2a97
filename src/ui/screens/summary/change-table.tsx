// A table of indicators at the start and end of a span, with the change.
import { useTranslation } from 'react-i18next';
import type { ScoreDef } from '../../../engine/index.ts';
import { Delta } from '../../components/delta/delta.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';

type Props = { readonly rows: readonly { def: ScoreDef; start: number; end: number }[]; readonly caption: string };

export function ChangeTable({ rows, caption }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.indicator')}</th>
            <th scope="col" className="num">
              {t('table.start')}
            </th>
            <th scope="col" className="num">
              {t('table.end')}
            </th>
            <th scope="col" className="num">
              {t('table.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.def.id}>
              <th scope="row">{content(r.def.label)}</th>
              <td className="num">{f.value(r.def, r.start)}</td>
              <td className="num">{f.value(r.def, r.end)}</td>
              <td className="num">
                <Delta def={r.def} delta={r.end - r.start} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
