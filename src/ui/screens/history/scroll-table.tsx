// A table that may be wider than a phone: it scrolls sideways inside its own box (one Tab stop, named by the
// table's caption), with a line above it and a shade at its right edge while columns are out of sight.
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOverflow } from './use-overflow.ts';

type Props = { readonly captionId: string; readonly children: ReactNode; readonly testId?: string };

export function ScrollTable({ captionId, children, testId }: Props) {
  const { t } = useTranslation();
  const wrap = useRef<HTMLDivElement>(null);
  const { overflowing, atEnd } = useOverflow(wrap);
  return (
    <div className="history-table" data-testid={testId}>
      {overflowing && (
        <p className="history-table__cue" aria-hidden="true">
          {t('history.scrollCue')} <span>→</span>
        </p>
      )}
      <div className={`history-table__box${overflowing && !atEnd ? ' history-table__box--more' : ''}`}>
        <div ref={wrap} className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
          {children}
        </div>
      </div>
    </div>
  );
}
