// A secondary indicator: its label, this year's value and change.
import type { ScoreDef } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { Delta } from '../delta/delta.tsx';
import './indicator.css';

type Props = { readonly def: ScoreDef; readonly value: number; readonly delta: number; readonly hasChange: boolean };

export function Indicator({ def, value, delta, hasChange }: Props) {
  const content = useContent();
  const f = useFormat();
  const share = Math.min(1, Math.max(0, (value - def.min) / Math.max(1e-9, def.max - def.min)));
  return (
    <div className="indicator" data-format={def.format}>
      <dt className="indicator__label">{content(def.label)}</dt>
      <dd className="indicator__value">
        <span className="indicator__number">{f.value(def, value)}</span>
        {hasChange && <Delta def={def} delta={delta} className="indicator__delta" />}
        {def.format === 'index' && (
          <span className="indicator__bar" aria-hidden="true">
            <span style={{ width: `${share * 100}%` }} />
          </span>
        )}
      </dd>
    </div>
  );
}
