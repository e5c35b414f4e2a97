// A table of indicators at the start and end of a span, with the change, and optionally the lowest and highest year.
import { useTranslation } from 'react-i18next';
import type { ScoreDef } from '../../../engine/index.ts';
import { Delta } from '../delta/delta.tsx';
import { TableScroll } from '../table-scroll/table-scroll.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { shownChange } from '../../i18n/format.ts';
import { useFormat } from '../../i18n/use-format.ts';

type Row = { readonly def: ScoreDef; readonly start: number; readonly end: number; readonly min?: number; readonly max?: number };
type Props = { readonly rows: readonly Row[]; readonly caption: string; readonly showRange?: boolean };

export function ChangeTable({ rows, caption, showRange = false }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const heads = [t('table.start'), t('table.end'), t('table.change'), ...(showRange ? [t('table.lowest'), t('table.highest')] : [])];
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.indicator')}</th>
            {heads.map((head) => (
              <th key={head} scope="col" className="num">
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.def.id}>
              <th scope="row">{content(r.def.label)}</th>
              <td className="num">{f.value(r.def, r.start)}</td>
              <td className="num">{f.value(r.def, r.end)}</td>
              <td className="num">
                <Delta def={r.def} delta={shownChange(r.def, r.start, r.end, 'value')} />
              </td>
              {showRange && <td className="num">{f.value(r.def, r.min ?? r.start)}</td>}
              {showRange && <td className="num">{f.value(r.def, r.max ?? r.end)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
