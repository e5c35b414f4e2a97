// The runs kept apart from the class: those played with another set-up or seed (named, field by field), and those
// this copy cannot replay at all (other model content, another scenario version). Each stays on the list until removed.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldRun } from '../../../content/class-runs.ts';
import { pathLabel } from '../../../content/class-runs.ts';
import type { ApartReason, SetupField } from '../../../content/class-setup-match.ts';
import { useProblemText } from './use-problem-text.ts';
import type { RunRow } from './run-rows.ts';

export type ApartRow = { readonly row: RunRow; readonly why: ApartReason; readonly fields: readonly SetupField[] };

type Props = {
  readonly apart: readonly ApartRow[];
  readonly held: readonly HeldRun[];
  readonly counted: boolean;
  readonly nameOf: (row: RunRow) => string;
  readonly onRemove: (n: number) => void;
};

export function ApartRuns({ apart, held, counted, nameOf, onRemove }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const problemText = useProblemText();
  if (apart.length === 0 && held.length === 0) return null;
  const remove = (n: number, name: string) => (
    <button type="button" className="button button--quiet button--small" aria-label={t('classroom.dashboard.removeLabel', { name })} onClick={() => onRemove(n)}>
      {t('classroom.dashboard.remove')}
    </button>
  );
  return (
    <section className="dashboard__apart" aria-labelledby={`${uid}-title`} data-testid="apart-runs">
      <h2 id={`${uid}-title`}>{t('classroom.apart.title', { count: apart.length + held.length })}</h2>
      <p className="debrief__note">{counted ? t('classroom.apart.counted') : t('classroom.apart.notCounted')}</p>
      <ul>
        {apart.map(({ row, fields }) => {
          const name = nameOf(row);
          return (
            <li key={row.run.n} data-run={row.run.n}>
              <strong>
                <bdi>{name}</bdi>
              </strong>{' '}
              ({pathLabel(row.run.path)}) — {t('classroom.apart.other', { fields: fields.map((f) => t(`classroom.apart.field.${f}`)).join(', ') })} {remove(row.run.n, name)}
            </li>
          );
        })}
        {held.map((h) => {
          const name = h.run.nickname ?? t('classroom.dashboard.unnamed', { line: h.n });
          return (
            <li key={h.n} data-run={h.n}>
              <strong>
                <bdi>{name}</bdi>
              </strong>{' '}
              — {t('classroom.apart.cannotShow')} {problemText(h.problem)} {remove(h.n, name)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
