// What the documents' authors say of a strategy: what it is, its case, the warnings, and what they expect for the
// military relationship, each attributed to its author in the content itself.
import { useTranslation } from 'react-i18next';
import type { LocalizedText, OptionDef } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';

export function StrategyCase({ option }: { readonly option: OptionDef }) {
  const { t } = useTranslation();
  const content = useContent();
  return (
    <>
      <p className="strategy-card__description">{content(option.description)}</p>
      <div className="strategy-card__lists">
        <ClaimList label={t('choice.advantages')} claims={option.advantages} />
        <ClaimList label={t('choice.disadvantages')} claims={option.disadvantages} />
      </div>
      <p className="strategy-card__label">{t('choice.outcome')}</p>
      <p className="strategy-card__outcome">{content(option.outcome)}</p>
    </>
  );
}

function ClaimList({ label, claims }: { readonly label: string; readonly claims: readonly LocalizedText[] }) {
  const content = useContent();
  return (
    <div>
      <p className="strategy-card__label">{label}</p>
      <ul>
        {claims.map((a) => (
          <li key={a.en}>{content(a)}</li>
        ))}
      </ul>
    </div>
  );
}
