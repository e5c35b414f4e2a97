// When the address names no page of the game (a mistyped #dashboard, a cut-off link): says so on the title.
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';

export function AddressProblem() {
  const { t } = useTranslation();
  const shown = useGameStore((s) => s.addressProblem);
  const dismiss = useGameStore((s) => s.dismissAddressProblem);
  if (shown === null) return null;
  return (
    <div className="class-banner class-banner--problem" role="alert" data-testid="address-problem">
      <p>{t('classroom.address.unknown', { hash: shown })}</p>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t('classroom.address.dismiss')}
      </button>
    </div>
  );
}
