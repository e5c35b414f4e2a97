// One strategy as a card in the radio group: the radio and its name head the card; the rest describes it. After the
// first term the player has read each case once: the card opens on what is new (the situation), the case one click away.
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionDef } from '../../../engine/index.ts';
import { StrategyCase } from './strategy-case.tsx';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { situational, type Situation } from '../../../content/situation.ts';

type Props = { readonly option: OptionDef; readonly situation: Situation; readonly compact: boolean; readonly checked: boolean; readonly onSelect: (id: string) => void; readonly children?: ReactNode };

export function StrategyCard({ option, situation, compact, checked, onSelect, children }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const id = `strategy-${option.id}`;
  const now = situational(option.now, situation);
  const selectFromCard = (e: MouseEvent<HTMLDivElement>) => {
    if (e.target instanceof Element && e.target.closest('details, a, button, input, label, fieldset fieldset')) return;
    onSelect(option.id);
  };
  return (
    // The card is a larger click target for the radio inside it; keyboard users use the radio itself.
    <div className={`strategy-card${checked ? ' strategy-card--selected' : ''}`} data-option={option.id} onClick={selectFromCard}>
      <div className="strategy-card__head">
        <input type="radio" id={id} name="strategy" value={option.id} checked={checked} onChange={() => onSelect(option.id)} aria-describedby={`${id}-short`} />
        <h3 className="strategy-card__name">
          <label htmlFor={id}>
            <span className="strategy-card__letter" aria-hidden="true">
              {option.id}
            </span>
            <span className="sr-only">{t('choice.option', { id: option.id })} </span>
            {content(option.name)}
          </label>
        </h3>
      </div>
      <p className="strategy-card__short" id={`${id}-short`}>
        {content(option.short)}
        {checked && <span className="strategy-card__mark">{t('choice.selected')}</span>}
      </p>
      {now && (
        <p className="strategy-card__now">
          <strong>{t('choice.now')}</strong> {content(now.text)}
        </p>
      )}
      {children}
      {compact ? (
        <details className="strategy-card__case">
          <summary>{t('choice.fullCase')}</summary>
          <StrategyCase option={option} />
        </details>
      ) : (
        <StrategyCase option={option} />
      )}
      <CitationList citations={option.sources} />
    </div>
  );
}
