// Every number of the model-run charts, year by year: the model's run of the real course and, when there is one,
// the player's game (named with its strategy each term), under two grouped headings.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import type { Beside, CourseRow, ScoreIds } from './history-series.ts';
import { ScrollTable } from './scroll-table.tsx';

type Props = { readonly rows: readonly CourseRow[]; readonly scores: ScoreIds; readonly beside: Beside; readonly path: string; readonly captionId: string };

const INDEX = { format: 'index' } as const;
const COUNT = { format: 'count' } as const;

export function ModelRunTable({ rows, scores, beside, path, captionId }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const cell = (v: number | undefined, def: typeof INDEX | typeof COUNT) => (v === undefined ? '—' : f.value(def, v));
  const realColumns = [
    ['overall', t('history.model.overall')],
    ['sedena', t('history.model.sedena')],
    ['semar', t('history.model.semar')],
    ['deaths', t('history.model.deaths')],
  ] as const;
  const playerColumns = [
    ['overall', t('history.model.overall')],
    ['deaths', t('history.model.deaths')],
  ] as const;
  const def = (key: keyof ScoreIds) => (key === 'deaths' ? COUNT : INDEX);
  const whose = t(beside === 'game' ? 'history.model.game' : 'history.model.shared');
  // On a phone the player's columns start out of sight: the cue says they are there.
  const cue = beside ? t(beside === 'game' ? 'history.model.scrollCueGame' : 'history.model.scrollCueShared') : undefined;
  return (
    <ScrollTable captionId={captionId} caption={t(beside ? 'history.model.captionGame' : 'history.model.caption')} cue={cue} testId="model-run-table">
      <table className="data-table history-data" aria-labelledby={captionId}>
        <colgroup>
          <col />
        </colgroup>
        <colgroup span={realColumns.length} />
        {beside && <colgroup span={playerColumns.length} className="history-data__player" />}
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('history.model.year')}
            </th>
            <th scope="colgroup" colSpan={realColumns.length} className="history-data__group">
              {t('history.model.real')}
            </th>
            {beside && (
              <th scope="colgroup" colSpan={playerColumns.length} className="history-data__group history-data__group--player">
                {path ? `${whose} (${path})` : whose}
              </th>
            )}
          </tr>
          <tr>
            {realColumns.map(([key, label]) => (
              <th key={key} scope="col" className="num">
                {label}
              </th>
            ))}
            {beside &&
              playerColumns.map(([key, label]) => (
                <th key={key} scope="col" className="num history-data__player-cell">
                  {label}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">
                {r.year}
              </th>
              {realColumns.map(([key]) => (
                <td key={key} className="num">
                  {cell(r.real?.[scores[key]], def(key))}
                </td>
              ))}
              {beside &&
                playerColumns.map(([key]) => (
                  <td key={key} className="num history-data__player-cell">
                    {cell(r.player?.[scores[key]], def(key))}
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
