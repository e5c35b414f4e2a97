// Every documented parameter, grouped by factor: each group a disclosure that says how many of its parameters are
// changed, so a long list stays readable on a phone.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParameterGroup } from '../../../lab/parameter-docs.ts';
import { useContent } from '../../i18n/use-content.ts';
import type { LabNumber } from './lab-number.ts';
import { ParameterField } from './parameter-field.tsx';

type Props = {
  readonly groups: readonly ParameterGroup[];
  readonly values: Readonly<Record<string, number>>;
  readonly onCommit: (name: string, value: number) => void;
  readonly onResetAll: () => void;
  readonly number: LabNumber;
  readonly headingId: string;
};

export const ParameterPanel = memo(function ParameterPanel({ groups, values, onCommit, onResetAll, number, headingId }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const changedCount = groups.reduce((n, g) => n + g.parameters.filter((p) => (values[p.name] ?? p.standard) !== p.standard).length, 0);
  return (
    <section className="lab-params" aria-labelledby={headingId}>
      <div className="lab-params__head">
        <h2 id={headingId}>{t('lab.params.title')}</h2>
        <p className="lab-params__count" role="status">
          {changedCount === 0 ? t('lab.params.noneChanged') : t('lab.params.changed', { count: changedCount })}
        </p>
        {changedCount > 0 && (
          <button type="button" className="button" onClick={onResetAll}>
            {t('lab.params.resetAll')}
          </button>
        )}
      </div>
      <p className="lab-params__intro">{t('lab.params.intro')}</p>
      {groups.map((g) => {
        const changed = g.parameters.filter((p) => (values[p.name] ?? p.standard) !== p.standard).length;
        return (
          <details key={g.factor} className="lab-group" data-factor={g.factor}>
            <summary>
              <span className="lab-group__name">{content(g.label)}</span>{' '}
              <span className="lab-group__count">
                {t('lab.params.groupCount', { count: g.parameters.length })}
                {changed > 0 && <> · {t('lab.params.groupChanged', { count: changed })}</>}
              </span>
            </summary>
            <div className="lab-group__list">
              {g.parameters.map((p) => (
                <ParameterField key={p.name} parameter={p} value={values[p.name] ?? p.standard} onCommit={onCommit} number={number} />
              ))}
            </div>
          </details>
        );
      })}
    </section>
  );
});
