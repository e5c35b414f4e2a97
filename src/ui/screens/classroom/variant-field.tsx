// The class set-up's model variant: changed assumptions as name=value lines, checked as they are typed, with the
// parameters that can be changed (label, range, unit, standard value) one disclosure away.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result, Scenario } from '../../../engine/index.ts';
import type { Variant } from '../../../content/variant.ts';
import type { VariantTextProblem } from '../../../content/variant-text.ts';
import { variantLines } from '../../components/variant-note/variant-note.tsx';
import { variantProblemText } from '../../components/variant-note/variant-problem-text.ts';
import { useContent } from '../../i18n/use-content.ts';

type Props = {
  readonly scenario: Scenario;
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly parsed: Result<Variant, VariantTextProblem>;
};

export function VariantField({ scenario, text, onText, parsed }: Props) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const uid = useId();
  const lines = parsed.ok ? variantLines(scenario, parsed.value, i18n.language) : [];
  const names = Object.keys(scenario.parameters);
  return (
    <div className="class-form__row variant-field">
      <label htmlFor={`${uid}-variant`}>{t('variant.setup.label')}</label>
      <textarea
        id={`${uid}-variant`}
        className="text-input variant-field__input"
        rows={3}
        spellCheck={false}
        autoComplete="off"
        value={text}
        onChange={(e) => onText(e.target.value)}
        aria-describedby={`${uid}-variant-hint${parsed.ok ? '' : ` ${uid}-variant-problem`}`}
        aria-invalid={!parsed.ok}
        data-testid="variant-input"
      />
      <p className="setup-fields__hint" id={`${uid}-variant-hint`}>
        {t('variant.setup.hint')}
      </p>
      {!parsed.ok && (
        <p className="form-problem" id={`${uid}-variant-problem`} role="alert" data-testid="variant-problem">
          {variantProblemText(t, parsed.error)}
        </p>
      )}
      {lines.length > 0 && (
        <div className="variant-field__changes" data-testid="variant-changes">
          <p>{t('variant.setup.changes')}</p>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <details className="variant-field__list">
        <summary>{t('variant.setup.listTitle', { count: names.length })}</summary>
        <dl>
          {names.map((name) => {
            const doc = scenario.parameters[name];
            if (!doc) return null;
            return (
              <div key={name}>
                <dt>
                  <code>{name}</code> · {content(doc.label)}
                </dt>
                <dd>{t('variant.setup.range', { min: doc.min, max: doc.max, unit: content(doc.unit), value: scenario.params[name] })}</dd>
              </div>
            );
          })}
        </dl>
      </details>
    </div>
  );
}
