// The numbers behind a ghost chart: the main score (overall cooperation here) at the sexenio's end for each strategy, and the difference.
import { useTranslation } from 'react-i18next';
import { Delta } from '../../components/delta/delta.tsx';
import { useFormat } from '../../i18n/use-format.ts';
import type { TermGhosts } from './ghost-section.tsx';

const INDEX = { format: 'index' } as const;

export function GhostTable({ data, caption }: { readonly data: TermGhosts; readonly caption: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const last = (years: TermGhosts['own']['years']) => years[years.length - 1];
  const endOf = (years: TermGhosts['own']['years']) => last(years)?.scores[data.score] ?? 0;
  const ownEnd = last(data.own.years);
  const own = endOf(data.own.years);
  const rows = [...data.ghosts].sort((a, b) => endOf(b.years) - endOf(a.years));
  return (
    <table className="data-table ghost-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('debriefPlus.ghostsStrategy')}</th>
          <th scope="col" className="num">
            {t('debriefPlus.ghostsEnd', { year: ownEnd?.year ?? '' })}
          </th>
          <th scope="col" className="num">
            {t('debriefPlus.ghostsDiff')}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr className="ghost-table__own">
          <th scope="row">{t('debriefPlus.ghostsYours', { strategy: data.strategy })}</th>
          <td className="num">{f.value(INDEX, own)}</td>
          <td className="num">—</td>
        </tr>
        {rows.map((g) => {
          const end = endOf(g.years);
          return (
            <tr key={g.strategy}>
              <th scope="row">{g.strategy}</th>
              <td className="num">{f.value(INDEX, end)}</td>
              <td className="num">
                <Delta def={INDEX} delta={end - own} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
