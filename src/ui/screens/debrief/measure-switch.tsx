// Which outcome a chart shows: a radio group (arrow keys move between the options, as in any radio group).
import { useId } from 'react';

type Props<T extends string> = {
  readonly legend: string;
  readonly options: readonly { readonly id: T; readonly label: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly testId?: string;
};

export function MeasureSwitch<T extends string>({ legend, options, value, onChange, testId }: Props<T>) {
  const name = useId();
  return (
    <fieldset className="measure-switch print-hide" data-testid={testId}>
      <legend className="measure-switch__legend">{legend}</legend>
      <div className="measure-switch__options">
        {options.map((o) => (
          <label key={o.id} className="measure-switch__option">
            <input type="radio" name={name} value={o.id} checked={value === o.id} onChange={() => onChange(o.id)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
