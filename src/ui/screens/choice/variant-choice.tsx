// The sub-choice of a strategy with variants (C: with or without a law-enforcement component).
import type { Ref } from 'react';
import type { OptionDef } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';

type Props = {
  readonly option: OptionDef;
  readonly value: string | null;
  readonly onChange: (id: string) => void;
  readonly invalid: boolean;
  readonly errorId: string;
  readonly ref?: Ref<HTMLFieldSetElement>;
};

export function VariantChoice({ option, value, onChange, invalid, errorId, ref }: Props) {
  const content = useContent();
  return (
    <fieldset className="variant-choice" ref={ref} tabIndex={-1} aria-describedby={invalid ? errorId : undefined}>
      <legend className="variant-choice__prompt">{content(option.subChoicePrompt) || content(option.name)}</legend>
      <div className="variant-choice__options">
        {option.variants.map((v) => {
          const id = `variant-${v.id.replace(/\W/g, '-')}`;
          return (
            <div key={v.id} className={`variant-choice__option${value === v.id ? ' variant-choice__option--selected' : ''}`}>
              <input type="radio" id={id} name="variant" value={v.id} checked={value === v.id} onChange={() => onChange(v.id)} aria-describedby={`${id}-desc`} />
              <label htmlFor={id}>
                <span className="variant-choice__label">{content(v.label)}</span>
                <span className="variant-choice__desc" id={`${id}-desc`}>
                  {content(v.description)}
                </span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
