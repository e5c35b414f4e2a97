// Says when the engine refused an action (the game is unchanged). Should not happen in normal play.
import { useTranslation } from 'react-i18next';
import { selectLastError } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';

export function ErrorBanner() {
  const { t } = useTranslation();
  const error = useGameStore(selectLastError);
  const clear = useGameStore((s) => s.clearError);
  if (!error) return null;
  return (
    <div className="banner" role="alert">
      <p>
        {t('error.refused')} <span lang="en">{error.message}</span>
      </p>
      <button type="button" className="button button--quiet" onClick={clear}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
