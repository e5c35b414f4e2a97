// The user's own path: a strategy for each of the three terms.
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';

type Props = { readonly scenario: Scenario; readonly value: readonly string[]; readonly onChange: (value: string[]) => void };

export function PathPicker({ scenario, value, onChange }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const strategies = scenario.options.flatMap((o) => o.variants.map((v) => ({ id: v.id, label: o.variants.length > 1 ? content(v.label) : content(o.name) })));
  return (
    <fieldset className="lab-picker">
      <legend>{t('lab.paths.pickLegend')}</legend>
      {scenario.terms.slice(0, 3).map((term, i) => (
        <label key={term.startYear}>
          <span>{t('lab.paths.term', { from: term.startYear, to: term.startYear + term.years - 1 })}</span>
          <select
            value={value[i] ?? ''}
            onChange={(e) => {
              const next = [...value];
              next[i] = e.target.value;
              onChange(next);
            }}
          >
            {strategies.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id} — {s.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
