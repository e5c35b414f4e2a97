// INEGI homicides and the model's drug-related deaths measure different things, so they are set side by side only
// as indexes: each series over its own first-year value, times 100. The axis of comparison is the change, never
// the level, and the headings say so.
import { useTranslation } from 'react-i18next';
import type { HistoryMeasure } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import type { Beside, IndexRow } from './history-series.ts';
import { ScrollTable } from './scroll-table.tsx';

type Props = { readonly rows: readonly IndexRow[]; readonly measure: HistoryMeasure; readonly beside: Beside; readonly headingId: string };

export function IndexSection({ rows, measure, beside, headingId }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const base = rows[0]?.year ?? 0;
  const cell = (v: number | null) => (v === null ? '—' : f.integer(Math.round(v)));
  const captionId = `${headingId}-table`;
  return (
    <section className="history-section" aria-labelledby={headingId} data-testid="history-index">
      <h2 id={headingId}>{t('history.index.title')}</h2>
      {measure.comparison && <p className="history-section__intro">{content(measure.comparison)}</p>}
      <p className="history-section__intro">{t('history.index.intro', { base })}</p>
      <ScrollTable captionId={captionId} caption={t('history.index.caption', { base })} testId="index-table">
        <table className="data-table history-data" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t('history.model.year')}</th>
              <th scope="col" className="num">
                {t('history.index.observed', { base })}
              </th>
              <th scope="col" className="num">
                {t('history.index.real', { base })}
              </th>
              {beside && (
                <th scope="col" className="num history-data__player-cell">
                  {t(beside === 'game' ? 'history.index.game' : 'history.index.shared', { base })}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year}>
                <th scope="row">
                  {r.year}
                </th>
                <td className="num">{cell(r.observed)}</td>
                <td className="num">{cell(r.real)}</td>
                {beside && <td className="num history-data__player-cell">{cell(r.player)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
