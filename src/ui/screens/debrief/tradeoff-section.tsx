// The trade-off: cooperation against deaths for whole games on the player's seed — the player's own and each pure
// path — with public support in the table beside it. The caption describes the spread and names no best path.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameState, Scenario } from '../../../engine/index.ts';
import { OutcomeTable } from './outcome-table.tsx';
import { useOutcomeFormat } from './outcome-format.ts';
import { outcomesOf, type OutcomeRow } from './outcomes.ts';
import { TradeoffChart } from './tradeoff-chart.tsx';
import { extremes, spanOf, tradeoffRows, YOURS } from './tradeoff-data.ts';
import './outcomes.css';

type Props = { readonly scenario: Scenario; readonly game: GameState };

export function TradeoffSection({ scenario, game }: Props) {
  const { t } = useTranslation();
  const fmt = useOutcomeFormat();
  const rows = useMemo(() => tradeoffRows(scenario, game), [scenario, game]);
  const outcomes = useMemo(() => outcomesOf(scenario), [scenario]);
  const coop = outcomes.find((o) => o.id === 'cooperation');
  const deaths = outcomes.find((o) => o.id === 'deaths');
  const own = rows.find((r) => r.id === YOURS);
  if (!coop || !deaths || !own) return null;
  const span = spanOf(game);
  const coopOf = (r: OutcomeRow) => r.finals[coop.def.id] ?? 0;
  const deathsOf = (r: OutcomeRow) => r.deaths ?? 0;
  const name = (id: string) => (id === YOURS ? t('outcomes.yourGame') : t('debriefPlus.luckPath', { path: id }));
  const c = extremes(rows, coopOf);
  const d = extremes(rows, deathsOf);
  const cv = (v: number) => fmt.value(coop.def, v);
  const dv = (v: number) => fmt.value(deaths.def, v);
  const points = rows.map((r) => ({ id: r.id, label: r.id === YOURS ? t('outcomes.yourGame') : r.id, x: deathsOf(r), y: coopOf(r), own: r.id === YOURS }));
  const path = game.terms.flatMap((term) => (term.decision?.by === 'player' ? [term.decision.strategy] : [])).join(' · ');

  return (
    <section aria-labelledby="tradeoff-title" className="debrief__tradeoff" data-testid="tradeoff">
      <h2 id="tradeoff-title">{t('outcomes.tradeoffTitle')}</h2>
      <p className="debrief__note">{t('outcomes.tradeoffNote', { seed: game.setup.seed })}</p>
      {c && d && (
        <p className="tradeoff__caption" data-testid="tradeoff-caption">
          {t('outcomes.tradeoffCaption', {
            coopLow: cv(c.low.value),
            coopLowPath: name(c.low.id),
            coopHigh: cv(c.high.value),
            coopHighPath: name(c.high.id),
            span,
            deathsLow: dv(d.low.value),
            deathsLowPath: name(d.low.id),
            deathsHigh: dv(d.high.value),
            deathsHighPath: name(d.high.id),
            coop: cv(coopOf(own)),
            deaths: dv(deathsOf(own)),
          })}
        </p>
      )}
      <div className="tradeoff">
        <TradeoffChart
          points={points}
          xDef={deaths.def}
          yDef={coop.def}
          xTitle={t('outcomes.tradeoffX', { span })}
          yTitle={t('outcomes.tradeoffY')}
          label={t('outcomes.tradeoffChartLabel', { span })}
        />
        <div className="table-wrap" role="region" aria-labelledby="tradeoff-table-caption" tabIndex={0}>
          <OutcomeTable
            scenario={scenario}
            rows={rows}
            ownId={YOURS}
            rowLabel={(r) => (r.id === YOURS ? t('outcomes.yourGamePath', { path }) : name(r.id))}
            caption={t('outcomes.tradeoffTableCaption')}
            captionId="tradeoff-table-caption"
            span={span}
            className="tradeoff-table"
          />
        </div>
      </div>
    </section>
  );
}
