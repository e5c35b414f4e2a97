// The year's controls: the next step (N), auto-play (P) and the "why" list (W), with a quiet countdown while auto-playing.
import { useTranslation } from 'react-i18next';
import { selectShortcuts } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { PacedButton } from '../../components/paced-button/paced-button.tsx';
import { AUTO_PLAY_DELAY_MS } from './use-auto-play.ts';

type Props = {
  readonly primaryLabel: string;
  readonly onPrimary: () => void;
  readonly autoPlay: boolean;
  readonly onAutoPlay: () => void;
  readonly counting: boolean;
  readonly countKey: string;
  readonly nextYear: number | null;
  readonly whyOpen: boolean;
  readonly whyId: string;
  readonly onWhy: () => void;
  readonly canExplain: boolean;
};

export function YearControls(p: Props) {
  const { t } = useTranslation();
  const shortcuts = useGameStore(selectShortcuts);
  const key = (k: string) => (shortcuts ? <kbd className="key-hint" aria-hidden="true">{k}</kbd> : null);
  return (
    <div className="year-controls" role="group" aria-label={t('year.controls')}>
      <PacedButton className="button button--primary button--large year-controls__next" onActivate={p.onPrimary} aria-keyshortcuts={shortcuts ? 'N' : undefined}>
        {p.primaryLabel}
        {key('N')}
      </PacedButton>
      <button type="button" className="button year-controls__toggle" aria-pressed={p.autoPlay} onClick={p.onAutoPlay} aria-keyshortcuts={shortcuts ? 'P' : undefined}>
        <span className="switch" aria-hidden="true">
          <span className="switch__knob" />
        </span>
        {t('year.autoPlay')}
        {key('P')}
      </button>
      <button
        type="button"
        id="why-toggle"
        className="button year-controls__why"
        aria-expanded={p.whyOpen}
        aria-controls={p.whyOpen ? p.whyId : undefined}
        onClick={p.onWhy}
        disabled={!p.canExplain}
        aria-keyshortcuts={shortcuts ? 'W' : undefined}
      >
        {p.whyOpen ? t('year.whyHide') : t('year.whyShow')}
        {key('W')}
      </button>
      {p.counting && p.nextYear !== null && (
        <p className="year-controls__countdown">
          <span className="countdown" aria-hidden="true">
            <span key={p.countKey} className="countdown__bar" style={{ animationDuration: `${AUTO_PLAY_DELAY_MS}ms` }} />
          </span>
          <span>{t('year.countdown', { year: p.nextYear })}</span>
        </p>
      )}
    </div>
  );
}
