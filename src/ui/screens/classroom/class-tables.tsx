// The numbers behind the first two charts: how many runs chose each strategy in each sexenio, and a final score's
// lowest, average and highest value on each path (the score can be picked).
import { useTranslation } from 'react-i18next';
import type { PathStat } from '../../../content/class-runs.ts';
import type { ScoreDef } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';

type Props = {
  readonly distribution: readonly { term: number; counts: Record<string, number> }[];
  readonly strategies: readonly string[];
  readonly byPath: readonly PathStat[];
  readonly scoreDefs: readonly ScoreDef[];
  readonly scoreDef: ScoreDef;
  readonly onPick: (id: string) => void;
};

export function ClassTables({ distribution, strategies, byPath, scoreDefs, scoreDef, onPick }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  return (
    <div className="dashboard__tables">
      <div className="table-wrap">
        <table className="data-table">
          <caption>{t('classroom.dashboard.choicesTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('classroom.dashboard.strategy')}</th>
              {distribution.map((d) => (
                <th scope="col" className="num" key={d.term}>
                  {t('classroom.dashboard.sexenio', { n: d.term + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {strategies.map((s) => (
              <tr key={s}>
                <th scope="row">{s}</th>
                {distribution.map((d) => (
                  <td className="num" key={d.term}>
                    {d.counts[s] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table className="data-table" data-testid="path-table">
          <caption>
            {t('classroom.dashboard.pathTable')}{' '}
            <label className="dashboard__score-pick">
              <span className="sr-only">{t('classroom.dashboard.scorePick')}</span>
              <select value={scoreDef.id} onChange={(e) => onPick(e.target.value)} aria-label={t('classroom.dashboard.scorePick')}>
                {scoreDefs.map((d) => (
                  <option key={d.id} value={d.id}>
                    {content(d.label)}
                  </option>
                ))}
              </select>
            </label>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('classroom.dashboard.path')}</th>
              {[t('classroom.dashboard.runs'), t('classroom.dashboard.min'), t('classroom.dashboard.mean'), t('classroom.dashboard.max')].map((head) => (
                <th key={head} scope="col" className="num">
                  {head}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {byPath.map((p) => (
              <tr key={p.path}>
                <th scope="row" className="nowrap">
                  {p.path}
                </th>
                <td className="num">{p.count}</td>
                <td className="num">{f.value(scoreDef, p.min)}</td>
                <td className="num">{f.value(scoreDef, p.mean)}</td>
                <td className="num">{f.value(scoreDef, p.max)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
