// "Your priorities": the result judged against the aims the player ranked before the first term, each placed among
// the pure paths on the same seed. Printed with the report; the table of every path stays on screen.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameState, Scenario } from '../../../engine/index.ts';
import { useFormat } from '../../i18n/use-format.ts';
import type { Formatter } from '../../i18n/format.ts';
import { judgePriorities, type AimReading, type PrioritiesJudgement } from './priorities-judgement.ts';
import './priorities-section.css';

type Props = { readonly scenario: Scenario; readonly game: GameState };

const COUNT = { format: 'count' } as const;
const ORDINALS = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
/** The key of "1st", "2nd", …: as many as there can be paths (five strategies and the player's own) or aims. */
const ordinalKey = (n: number) => `priorities.ordinal.${ORDINALS[Math.min(n, ORDINALS.length) - 1] ?? '1'}` as const;
const INDEX = { format: 'index' } as const;

function formatValue(f: Formatter, reading: AimReading, value: number): string {
  return reading.measure.over === 'total' ? f.value(COUNT, value) : f.value(INDEX, value);
}

function useReadingText(judgement: PrioritiesJudgement) {
  const { t } = useTranslation();
  const f = useFormat();
  const years = { first: judgement.firstYear, last: judgement.lastYear };
  return {
    // An index where less is better says so (deaths, a count, need no reminder).
    value: (r: AimReading) =>
      t(`priorities.values.${r.measure.over}`, { ...years, value: formatValue(f, r, r.value) }) + (r.measure.better === 'lower' && r.measure.over !== 'total' ? ` ${t('priorities.values.lowerBetter')}` : ''),
    place: (r: AimReading) => t(r.tied ? 'priorities.section.placeTied' : 'priorities.section.place', { place: t(ordinalKey(r.place)), count: judgement.paths }),
    cell: (r: AimReading, value: number) => formatValue(f, r, value),
    weighted: f.value(INDEX, judgement.weightedPlace),
  };
}

export function PrioritiesSection({ scenario, game }: Props) {
  const judgement = useMemo(() => judgePriorities(scenario, game), [scenario, game]);
  if (!judgement) return null;
  return <PrioritiesReading judgement={judgement} />;
}

function PrioritiesReading({ judgement }: { readonly judgement: PrioritiesJudgement }) {
  const { t } = useTranslation();
  const text = useReadingText(judgement);
  const years = { first: judgement.firstYear, last: judgement.lastYear };
  const caption = t('priorities.section.tableCaption', years);
  return (
    <section aria-labelledby="priorities-section-title" className="debrief__priorities" data-testid="priorities">
      <h2 id="priorities-section-title">{t('priorities.section.title')}</h2>
      <p className="debrief__note">{t('priorities.section.note', { count: judgement.strategies.length })}</p>
      <ol className="priorities__list">
        {judgement.readings.map((r) => (
          <li key={r.aim} className="priorities__aim" data-aim={r.aim} data-place={r.place}>
            <span className="priorities__name">{t('priorities.section.aim', { aim: t(`priorities.aims.${r.aim}.label`), ordinal: t(ordinalKey(r.rank)) })}</span>
            <span className="priorities__result">
              {text.value(r)} · <strong>{text.place(r)}</strong>
            </span>
          </li>
        ))}
      </ol>
      <p className="priorities__weighted">{t('priorities.section.weighted', { place: text.weighted, count: judgement.paths })}</p>
      <p className="debrief__note">{t('priorities.section.lens')}</p>
      <details className="priorities__paths print-hide">
        <summary>{t('priorities.section.tableSummary')}</summary>
        <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('priorities.section.path')}</th>
                {judgement.readings.map((r) => (
                  <th scope="col" className="num" key={r.aim}>
                    {t(`priorities.aims.${r.aim}.label`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[t('priorities.section.yours'), ...judgement.strategies.map((s) => t('priorities.section.pure', { strategy: s }))].map((name, i) => (
                <tr key={name} className={i === 0 ? 'priorities__own' : undefined}>
                  <th scope="row">{name}</th>
                  {judgement.readings.map((r) => (
                    <td className="num" key={r.aim}>
                      {text.cell(r, r.values[i] ?? Number.NaN)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
