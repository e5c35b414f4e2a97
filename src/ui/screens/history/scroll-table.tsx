// A table that may be wider than a phone: it scrolls sideways inside its own box (one Tab stop, named by the
// table's caption), with a cue above it and a shade at its right edge while columns are out of sight. The caption
// is a paragraph above the box, not the table's <caption>, so it wraps to the screen instead of running as wide as
// the table and scrolling out of sight with it; the table and its box are named by it. The cue sticks to the top
// of the screen while the table is on it, so it stays in view however far down the table is read.
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOverflow } from '../../lib/use-overflow.ts';

type Props = {
  readonly captionId: string;
  readonly caption: ReactNode;
  readonly children: ReactNode;
  readonly testId?: string;
  /** What the columns out of sight hold, when that is worth saying (the player's game); the general cue otherwise. */
  readonly cue?: string | undefined;
};

export function ScrollTable({ captionId, caption, children, testId, cue }: Props) {
  const { t } = useTranslation();
  const wrap = useRef<HTMLDivElement>(null);
  const { overflowing, atEnd } = useOverflow(wrap);
  return (
    <div className="history-table" data-testid={testId}>
      <p id={captionId} className="history-table__caption">
        {caption}
      </p>
      {overflowing && (
        <p className="history-table__cue" aria-hidden="true" data-testid={testId ? `${testId}-cue` : undefined}>
          {cue ?? t('history.scrollCue')} <span className="history-table__arrow">→</span>
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
