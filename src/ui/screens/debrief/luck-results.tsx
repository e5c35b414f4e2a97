// The finished (or finishing) luck-versus-choice runs for one outcome at a time (a switch picks cooperation, deaths
// over the game or public support): the plain-language caption, one histogram per path and a table.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LuckPathResult } from '../../../workers/luck-protocol.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { axisBounds } from './label-spread.ts';
import { LuckHistogram } from './luck-histogram.tsx';
import { histogram, outcomeRuns, percentileOf, summarize, varianceShares } from './luck-stats.ts';
import { MeasureSwitch } from './measure-switch.tsx';
import { useOutcomeFormat } from './outcome-format.ts';
import type { Outcome, OutcomeId } from './outcomes.ts';
import { YOURS } from './tradeoff-data.ts';

type Props = {
  readonly results: readonly LuckPathResult[];
  readonly complete: boolean;
  readonly outcomes: readonly Outcome[];
  /** The player's own game, per outcome. */
  readonly own: Readonly<Record<OutcomeId, number>>;
  readonly pathLabel: (id: string) => string;
};

export function LuckResults({ results, complete, outcomes, own, pathLabel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const fmt = useOutcomeFormat();
  const [measure, setMeasure] = useState<OutcomeId>('cooperation');
  const outcome = outcomes.find((o) => o.id === measure) ?? outcomes[0];
  if (results.length === 0 || !outcome) return null;
  const v = (x: number) => fmt.value(outcome.def, x);
  const mineValue = own[outcome.id];
  const summaries = results.map((r) => {
    const runs = outcomeRuns(r, outcome);
    return { ...summarize(r.id, runs), runs };
  });
  const everything = summaries.flatMap((s) => s.runs);
  const { lo, hi } = outcome.take === 'total' ? axisBounds([...everything, mineValue], 'count') : { lo: outcome.def.min, hi: outcome.def.max };
  const mine = summaries.find((s) => s.id === YOURS);
  const fixed = summaries.filter((s) => s.id !== YOURS);
  const low = [...fixed].sort((a, b) => a.spread.mean - b.spread.mean)[0];
  const high = [...fixed].sort((a, b) => b.spread.mean - a.spread.mean)[0];
  const shares = varianceShares(summaries.map((s) => s.runs));
  const choice = Math.round(shares.choice * 100);
  const name = t(`outcomes.over.${outcome.id}`);

  return (
    <>
      <MeasureSwitch
        legend={t('outcomes.chartShows')}
        options={outcomes.map((o) => ({ id: o.id, label: t(`outcomes.short.${o.id}`) }))}
        value={outcome.id}
        onChange={setMeasure}
        testId="luck-measure"
      />
      {complete && mine && low && high && (
        <p className="luck__caption" data-testid="luck-caption">
          {t('outcomes.luckCaption', {
            measure: name,
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
          const spread = { mean: v(s.spread.mean), p10: v(s.spread.p10), p90: v(s.spread.p90) };
          const label = `${t('outcomes.luckHistLabel', { path: pathLabel(s.id), measure: name, runs: f.integer(s.n), ...spread })}${
            isMine ? ` ${t('outcomes.luckHistYours', { value: v(mineValue), share: Math.round(percentileOf(s.runs, mineValue) * 100) })}` : ''
          }`;
          return (
            <li key={s.id} className={`luck__path${isMine ? ' luck__path--yours' : ''}`} data-path={s.id}>
              <p className="luck__path-name">{pathLabel(s.id)}</p>
              <LuckHistogram
                bins={histogram(s.runs, 25, lo, hi)}
                def={outcome.def}
                label={label}
                mark={isMine ? mineValue : null}
                markLabel={`${t('debriefPlus.luckYourGame')} ${v(mineValue)}`}
                emphasis={isMine}
                min={lo}
                max={hi}
              />
              <p className="luck__spread">{t('debriefPlus.luckSpread', spread)}</p>
            </li>
          );
        })}
      </ul>
      <details className="luck__numbers">
        <summary>{t('debriefPlus.wfShowTable')}</summary>
        <div className="table-wrap" role="region" aria-labelledby="luck-table-caption" tabIndex={0}>
          <table className="data-table" data-testid="luck-table">
            <caption id="luck-table-caption">{t('outcomes.luckTableCaption', { measure: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('debriefPlus.luckTablePath')}</th>
                <th scope="col" className="num">{t('debriefPlus.luckTableMean')}</th>
                <th scope="col" className="num">{t('debriefPlus.luckTableP10')}</th>
                <th scope="col" className="num">{t('debriefPlus.luckTableP50')}</th>
                <th scope="col" className="num">{t('debriefPlus.luckTableP90')}</th>
                <th scope="col" className="num">{t('outcomes.luckTableYours')}</th>
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
                  <td className="num">{t('outcomes.luckTableShare', { share: Math.round(percentileOf(s.runs, mineValue) * 100) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
