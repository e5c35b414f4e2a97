// One sexenio's waterfall as rows: start, one floating bar per factor (from where the previous left off), end.
// The rows carry their own text; the table under "Show the numbers" gives the same figures.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario, ScoreDef } from '../../../engine/index.ts';
import { factorById } from '../../../content/change-source.ts';
import { Delta } from '../../components/delta/delta.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { OTHER_FACTORS, type Waterfall } from './debrief-data.ts';

type Props = { readonly scenario: Scenario; readonly def: ScoreDef; readonly waterfall: Waterfall; readonly label: string; readonly years: string };

export function WaterfallChart({ scenario, def, waterfall, label, years }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const id = useId();
  const { start, end, bars } = waterfall;
  const values = [start, end, ...bars.flatMap((b) => [b.from, b.to])];
  const lo = Math.max(def.min, Math.floor(Math.min(...values) - 2));
  const hi = Math.min(def.max, Math.ceil(Math.max(...values) + 2));
  const pos = (v: number) => `${((v - lo) / Math.max(1e-9, hi - lo)) * 100}%`;
  const totalRow = (label: string, value: number) => (
    <li className="waterfall__row waterfall__row--total">
      <span className="waterfall__label">{label}</span>
      <span className="waterfall__value">{f.value(def, value)}</span>
      <span className="waterfall__track" aria-hidden="true">
        <span className="waterfall__bar waterfall__bar--total" style={span(lo, value)} />
      </span>
    </li>
  );
  const span = (a: number, b: number) => ({ left: pos(Math.min(a, b)), width: `max(2px, calc(${pos(Math.max(a, b))} - ${pos(Math.min(a, b))}))` });
  const name = (factor: string) => (factor === OTHER_FACTORS ? t('debriefPlus.wfOther') : content(factorById(scenario, factor)?.label) || factor);

  return (
    <figure className="waterfall" aria-labelledby={id}>
      <figcaption id={id} className="waterfall__title">
        {t('debriefPlus.wfSummary', { term: label, years, start: f.value(def, start), end: f.value(def, end), change: f.delta(def, end - start) })}
      </figcaption>
      <ol className="waterfall__rows">
        {totalRow(t('debriefPlus.wfStart'), start)}
        {bars.map((b) => (
          <li key={b.factor} className="waterfall__row" data-factor={b.factor}>
            <span className="waterfall__label">{name(b.factor)}</span>
            <Delta def={def} delta={b.delta} className="waterfall__value" />
            <span className="waterfall__track" aria-hidden="true">
              <span className={`waterfall__bar waterfall__bar--${b.delta < 0 ? 'down' : 'up'}`} style={span(b.from, b.to)} />
            </span>
          </li>
        ))}
        {totalRow(t('debriefPlus.wfEnd'), end)}
      </ol>
      <details className="waterfall__numbers print-hide">
        <summary>{t('debriefPlus.wfShowTable')}</summary>
        <table className="data-table">
          <caption>{t('debriefPlus.wfTableCaption', { term: label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('debriefPlus.wfFactor')}</th>
              <th scope="col" className="num">
                {t('debriefPlus.wfPoints')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('debriefPlus.wfStart')}</th>
              <td className="num">{f.value(def, start)}</td>
            </tr>
            {bars.map((b) => (
              <tr key={b.factor}>
                <th scope="row">{name(b.factor)}</th>
                <td className="num">{f.delta(def, b.delta)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('debriefPlus.wfEnd')}</th>
              <td className="num">{f.value(def, end)}</td>
            </tr>
          </tbody>
        </table>
      </details>
    </figure>
  );
}
