// Two-team game: between Mexico's choice and the US team's, so neither team sees the other's decision.
import { useTranslation } from 'react-i18next';
import { ContinueButton } from '../../components/paced-button/continue-button.tsx';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';

type Props = { readonly termNumber: number; readonly forwardTerms: number; readonly onReady: () => void; readonly onBack: () => void };

export function HandOff({ termNumber, forwardTerms, onReady, onBack }: Props) {
  const { t } = useTranslation();
  const heading = useScreenFocus<HTMLHeadingElement>();
  return (
    <div className="hand-off" data-testid="hand-off">
      <header className="screen-head">
        <p className="screen-head__kicker">{t('decision.twoTeam.handoff.kicker', { n: termNumber, of: forwardTerms })}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('decision.twoTeam.handoff.title')}
        </h1>
        <p className="screen-head__lede">{t('decision.twoTeam.handoff.body')}</p>
      </header>
      <div className="screen-actions">
        <ContinueButton onContinue={onReady}>{t('decision.twoTeam.handoff.ready')}</ContinueButton>
        <button type="button" className="button button--quiet" onClick={onBack}>
          {t('decision.twoTeam.handoff.back')}
        </button>
      </div>
    </div>
  );
}
