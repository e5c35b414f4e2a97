// A headline score: a large numeral, the year's change and a bar that moves from last year's value by the size of the change.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreDef } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { motion } from '../../lib/motion.ts';
import { Delta } from '../delta/delta.tsx';
import './score-meter.css';

type Props = {
  readonly def: ScoreDef;
  readonly value: number;
  readonly previous: number;
  readonly delta: number;
  /** False before the term's first year: there is no change to show yet. */
  readonly hasChange: boolean;
};

export function ScoreMeter({ def, value, previous, delta, hasChange }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const id = useId();
  const span = Math.max(1e-9, def.max - def.min);
  const share = (v: number) => Math.min(1, Math.max(0, (v - def.min) / span));
  // Larger changes take a little longer, so the eye can follow them.
  const duration = 0.5 + Math.min(1.1, Math.abs(share(value) - share(previous)) * 6);
  return (
    <article className="meter" data-score={def.id} aria-labelledby={id}>
      <h3 className="meter__label" id={id}>
        {content(def.label)}
      </h3>
      <p className="meter__reading">
        <span className="meter__value">{f.whole(def, value)}</span>
        <span className="meter__scale sr-only">{t('meter.of', { max: f.integer(def.max) })}</span>
      </p>
      <p className="meter__change">
        {hasChange ? (
          <>
            <Delta def={def} delta={delta} /> <span className="meter__since sr-only">{t('meter.sinceLastYear')}</span>
          </>
        ) : (
          <span className="meter__since">{t('meter.startOfTerm')}</span>
        )}
      </p>
      <div className="meter__track" aria-hidden="true">
        <motion.div
          className="meter__fill"
          initial={{ scaleX: share(previous) }}
          animate={{ scaleX: share(value) }}
          transition={{ duration, ease: 'easeInOut' }}
        />
        {hasChange && (
          <>
            <span
              key={`${previous}-${value}`}
              className="meter__segment"
              style={{ left: `${Math.min(share(previous), share(value)) * 100}%`, width: `${Math.abs(share(value) - share(previous)) * 100}%` }}
            />
            <span className="meter__previous" style={{ left: `${share(previous) * 100}%` }} />
          </>
        )}
      </div>
    </article>
  );
}
