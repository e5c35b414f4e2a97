// The finished (or finishing) luck-versus-choice runs: the plain-language caption, one histogram per path and a table.
import { useTranslation } from 'react-i18next';
import type { LuckPathResult } from '../../../workers/luck-protocol.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { LuckHistogram } from './luck-histogram.tsx';
import { histogram, percentileOf, summarize, varianceShares } from './luck-stats.ts';

const INDEX = { format: 'index' } as const;
const YOURS = 'yours';

type Props = {
  readonly results: readonly LuckPathResult[];
  readonly complete: boolean;
  readonly own: number;
  readonly pathLabel: (id: string) => string;
};

export function LuckResults({ results, complete, own, pathLabel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  if (results.length === 0) return null;
  const v = (x: number) => f.value(INDEX, x);
  const summaries = results.map((r) => ({ ...summarize(r.id, r.finals), finals: r.finals }));
  const mine = summaries.find((s) => s.id === YOURS);
  const fixed = summaries.filter((s) => s.id !== YOURS);
  const low = [...fixed].sort((a, b) => a.spread.mean - b.spread.mean)[0];
  const high = [...fixed].sort((a, b) => b.spread.mean - a.spread.mean)[0];
  const shares = varianceShares(results.map((r) => r.finals));
  const choice = Math.round(shares.choice * 100);

  return (
    <>
      {complete && mine && low && high && (
        <p className="luck__caption" data-testid="luck-caption">
          {t('debriefPlus.luckCaption', {
            choice,
            luck: 100 - choice,
            p10: v(mine.spread.p10),
            p90: v(mine.spread.p90),
            low: v(low.spread.mean),
            lowPath: pathLabel(low.id),
            high: v(high.spread.mean),
            highPath: pathLabel(high.id),
          })}
        </p>
      )}
      <ul className="luck__grid">
        {summaries.map((s) => {
          const isMine = s.id === YOURS;
          const label = `${t('debriefPlus.luckHistLabel', { path: pathLabel(s.id), runs: f.integer(s.n), mean: v(s.spread.mean), p10: v(s.spread.p10), p90: v(s.spread.p90) })}${
            isMine ? ` ${t('debriefPlus.luckHistYours', { value: v(own), share: Math.round(percentileOf(s.finals, own) * 100) })}` : ''
          }`;
          return (
            <li key={s.id} className={`luck__path${isMine ? ' luck__path--yours' : ''}`} data-path={s.id}>
              <p className="luck__path-name">{pathLabel(s.id)}</p>
              <LuckHistogram bins={histogram(s.finals, 25)} label={label} mark={isMine ? own : null} markLabel={`${t('debriefPlus.luckYourGame')} ${v(own)}`} emphasis={isMine} />
              <p className="luck__spread">{t('debriefPlus.luckSpread', { mean: v(s.spread.mean), p10: v(s.spread.p10), p90: v(s.spread.p90) })}</p>
            </li>
          );
        })}
      </ul>
      <details className="luck__numbers">
        <summary>{t('debriefPlus.wfShowTable')}</summary>
        <table className="data-table">
          <caption>{t('debriefPlus.luckTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('debriefPlus.luckTablePath')}</th>
              <th scope="col" className="num">{t('debriefPlus.luckTableMean')}</th>
              <th scope="col" className="num">{t('debriefPlus.luckTableP10')}</th>
              <th scope="col" className="num">{t('debriefPlus.luckTableP50')}</th>
              <th scope="col" className="num">{t('debriefPlus.luckTableP90')}</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((s) => (
              <tr key={s.id}>
                <th scope="row">{pathLabel(s.id)}</th>
                <td className="num">{v(s.spread.mean)}</td>
                <td className="num">{v(s.spread.p10)}</td>
                <td className="num">{v(s.spread.p50)}</td>
                <td className="num">{v(s.spread.p90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
