// A signed change with an arrow: direction is shown by glyph and sign, never by colour alone.
import { useTranslation } from 'react-i18next';
import type { ScoreDef } from '../../../engine/index.ts';
import { useFormat } from '../../i18n/use-format.ts';
import './delta.css';

type Props = {
  readonly def: Pick<ScoreDef, 'format'>;
  readonly delta: number;
  readonly className?: string;
  /** In whole numbers, beside values shown as whole numerals (give it the change between the rounded values). */
  readonly whole?: boolean;
};

export function Delta({ def, delta, className = '', whole = false }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const shown = whole ? f.wholeDelta(delta) : f.delta(def, delta);
  const flat = /^[0.,]+$/.test(shown);
  const direction = flat ? 'flat' : delta > 0 ? 'up' : 'down';
  const glyph = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '–';
  return (
    <span className={`delta delta--${direction} ${className}`.trim()}>
      <span className="delta__glyph" aria-hidden="true">
        {glyph}
      </span>
      <span className="delta__text">{flat ? t('delta.none') : shown}</span>
    </span>
  );
}
