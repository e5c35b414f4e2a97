// A data table's box: one Tab stop named by the table, that scrolls sideways when the table is wider than the screen,
// with a cue above it and a shade at its right edge while columns are out of sight (the same cue as the history
// page's tables).
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOverflow } from '../../lib/use-overflow.ts';
import './table-scroll.css';

type Name = { readonly label: string; readonly labelledBy?: undefined } | { readonly labelledBy: string; readonly label?: undefined };
type Props = Name & { readonly children: ReactNode; readonly className?: string; readonly testId?: string };

export function TableScroll({ label, labelledBy, children, className, testId }: Props) {
  const { t } = useTranslation();
  const wrap = useRef<HTMLDivElement>(null);
  const { overflowing, atEnd } = useOverflow(wrap);
  return (
    <div className={`table-scroll${overflowing && !atEnd ? ' table-scroll--more' : ''}${className ? ` ${className}` : ''}`} data-testid={testId}>
      {overflowing && (
        <p className="table-scroll__cue" aria-hidden="true">
          {t('table.scrollCue')} <span className="table-scroll__arrow">→</span>
        </p>
      )}
      <div className="table-scroll__box">
        <div ref={wrap} className="table-wrap" role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
          {children}
        </div>
      </div>
    </div>
  );
}
