// The six years of the sexenio: done, current and upcoming, with the main score for the years already played.
import { useTranslation } from 'react-i18next';
import type { TimelineYear } from '../../../state/selectors.ts';
import { useFormat } from '../../i18n/use-format.ts';
import './sexenio-timeline.css';

type Props = { readonly years: readonly TimelineYear[]; readonly label: string; readonly valueLabel: string };

export function SexenioTimeline({ years, label, valueLabel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ol className="timeline" aria-label={label}>
      {years.map((y) => (
        <li key={y.year} className={`timeline__year timeline__year--${y.status}`} aria-current={y.status === 'current' ? 'step' : undefined}>
          <span className="timeline__dot" aria-hidden="true" />
          <span className="timeline__label">{y.year}</span>
          <span className="timeline__value">
            {y.value === null ? (
              <span className="sr-only">{t('timeline.upcoming')}</span>
            ) : (
              <>
                <span className="sr-only">{valueLabel} </span>
                {f.whole({ format: 'index' }, y.value)}
              </>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
