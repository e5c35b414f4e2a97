// INEGI homicides and the model's drug-related deaths measure different things, so they are set side by side only
// as indexes: each series over its own first-year value, times 100. The axis of comparison is the change, never
// the level, and the headings say so. Two sentences read the table at a few years (the low of INEGI's count in the
// first term and each change of government) to say where the model follows reality and where it misses; they are
// computed from the same rows the table shows.
import { useTranslation } from 'react-i18next';
import type { HistoryMeasure } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { indexCheckpoints, indexMoves, type Beside, type IndexMove, type IndexRow } from './history-series.ts';
import { ScrollTable } from './scroll-table.tsx';

type Props = {
  readonly rows: readonly IndexRow[];
  readonly measure: HistoryMeasure;
  readonly beside: Beside;
  /** The years governments left office. */
  readonly handovers: readonly number[];
  readonly headingId: string;
};

type Direction = 'rise' | 'fall' | 'level';
const direction = (change: number): Direction => (change > 0 ? 'rise' : change < 0 ? 'fall' : 'level');

function useComparison(rows: readonly IndexRow[], handovers: readonly number[]): string {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const points = indexCheckpoints(rows, handovers);
  if (points.length < 2) return '';
  const levels = points
    .slice(1)
    .map((p, i) => t(i === 0 ? 'history.index.levelFirst' : 'history.index.levelNext', { year: p.year, observed: f.integer(p.observed), real: f.integer(p.real) }))
    .join('; ');
  const move = (m: IndexMove) => {
    const o = direction(m.observed);
    const r = direction(m.real);
    const pts = (n: number) => t('history.index.points', { count: Math.abs(n), points: f.integer(Math.abs(n)) });
    if (o === r) return t(`history.index.moveBoth.${o}`, { from: m.from, to: m.to, observed: pts(m.observed), real: pts(m.real) });
    return t('history.index.moveApart', { from: m.from, to: m.to, observed: t(`history.index.moved.${o}`, { points: pts(m.observed) }), real: t(`history.index.moved.${r}`, { points: pts(m.real) }) });
  };
  const moves = indexMoves(points).map(move).join('; ');
  const sentence = moves.charAt(0).toLocaleUpperCase(i18n.language) + moves.slice(1);
  return `${t('history.index.checkpoints', { levels })} ${sentence}.`;
}

export function IndexSection({ rows, measure, beside, handovers, headingId }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const comparison = useComparison(rows, handovers);
  const base = rows[0]?.year ?? 0;
  const cell = (v: number | null) => (v === null ? '—' : f.integer(Math.round(v)));
  const captionId = `${headingId}-table`;
  return (
    <section className="history-section" aria-labelledby={headingId} data-testid="history-index">
      <h2 id={headingId}>{t('history.index.title')}</h2>
      {measure.comparison && <p className="history-section__intro">{content(measure.comparison)}</p>}
      <p className="history-section__intro">{t('history.index.intro', { base })}</p>
      {comparison && (
        <p className="history-section__intro history-index__reading" data-testid="index-comparison">
          {comparison}
        </p>
      )}
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
