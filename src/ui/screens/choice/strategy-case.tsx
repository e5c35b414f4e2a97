// What the documents' authors say of a strategy: what it is, its case, the warnings, and what they expect for the
// military relationship, each attributed to its author in the content itself.
import { useTranslation } from 'react-i18next';
import type { OptionDef } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';

export function StrategyCase({ option }: { readonly option: OptionDef }) {
  const { t } = useTranslation();
  const content = useContent();
  return (
    <>
      <p className="strategy-card__description">{content(option.description)}</p>
      <div className="strategy-card__lists">
        <div>
          <p className="strategy-card__label">{t('choice.advantages')}</p>
          <ul>
            {option.advantages.map((a) => (
              <li key={a.en}>{content(a)}</li>
            ))}
          </ul>
        </div>
        <div>
          <p className="strategy-card__label">{t('choice.disadvantages')}</p>
          <ul>
            {option.disadvantages.map((a) => (
              <li key={a.en}>{content(a)}</li>
            ))}
          </ul>
        </div>
      </div>
      <p className="strategy-card__label">{t('choice.outcome')}</p>
      <p className="strategy-card__outcome">{content(option.outcome)}</p>
    </>
  );
}
