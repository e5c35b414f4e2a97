// Which of the model's conclusions survive the changed assumptions: each conclusion with its sources, its verdict
// under the standard model and under the current assumptions, and by how much its closest comparison clears its bar.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CONCLUSIONS, judge, type ConclusionResult, type MarginUnit } from '../../../lab/conclusions.ts';
import { Z, type Verdict } from '../../../lab/paired-stats.ts';
import type { Samples } from '../../../lab/samples.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { TableScroll } from '../../components/table-scroll/table-scroll.tsx';
import type { LabNumber } from './lab-number.ts';

const judged = (samples: Samples | null) => (samples ? CONCLUSIONS.map((c) => judge(c, samples)) : null);

type Props = { readonly standard: Samples | null; readonly changed: Samples | null; readonly number: LabNumber; readonly captionId: string };

export function VerdictBadge({ verdict }: { readonly verdict: Verdict }) {
  const { t } = useTranslation();
  return <span className={`lab-verdict lab-verdict--${verdict}`}>{t(`lab.verdict.${verdict}`)}</span>;
}

export function MarginText({ result, unit, number }: { readonly result: ConclusionResult; readonly unit: MarginUnit; readonly number: LabNumber }) {
  const { t } = useTranslation();
  // A share of games reads as percentage points.
  const scale = unit === 'share' ? 100 : 1;
  return <>{t(`lab.margin.${unit}`, { value: number(result.margin * scale, 2), se: number(result.closest.se * scale, 2) })}</>;
}

export function ConclusionsTable({ standard, changed, number, captionId }: Props) {
  const { t } = useTranslation();
  const before = useMemo(() => judged(standard), [standard]);
  const after = useMemo(() => judged(changed), [changed]);
  return (
    <TableScroll labelledBy={captionId} testId="lab-conclusions">
      <table className="data-table lab-conclusions">
        <caption id={captionId}>{t('lab.conclusions.caption', { z: Z })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.conclusions.conclusion')}</th>
            <th scope="col">{t('lab.conclusions.standard')}</th>
            <th scope="col">{t('lab.conclusions.current')}</th>
          </tr>
        </thead>
        <tbody>
          {CONCLUSIONS.map((c, i) => {
            const b = before?.[i];
            const a = after?.[i] ?? b;
            return (
              <tr key={c.id} data-conclusion={c.id} data-verdict={a?.verdict}>
                <th scope="row">
                  <span className="lab-conclusions__text">{t(`lab.conclusion.${c.id}`)}</span>
                  <CitationList citations={c.citations} />
                </th>
                <td>
                  {b && (
                    <>
                      <VerdictBadge verdict={b.verdict} />
                      <span className="lab-conclusions__margin">
                        <MarginText result={b} unit={c.unit} number={number} />
                      </span>
                    </>
                  )}
                </td>
                <td>
                  {a && (
                    <>
                      <VerdictBadge verdict={a.verdict} />
                      {changed && (
                        <span className="lab-conclusions__margin">
                          <MarginText result={a} unit={c.unit} number={number} />
                        </span>
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
