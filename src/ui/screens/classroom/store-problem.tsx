// The class list kept in this browser could not be read: it was set aside (not deleted), and can be downloaded.
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';
import { download } from '../../lib/download.ts';

export function StoreProblem() {
  const { t } = useTranslation();
  const problem = useGameStore((s) => s.classStoreProblem);
  const dismiss = useGameStore((s) => s.dismissClassStoreProblem);
  if (!problem) return null;
  return (
    <div className="dashboard__bad" role="alert" data-testid="store-problem">
      <p>{t('classroom.dashboard.storeProblem', { detail: problem.detail })}</p>
      <div className="run-share__buttons">
        <button type="button" className="button" onClick={() => download('sexenio-class-list-unreadable.txt', 'text/plain;charset=utf-8', problem.text)}>
          {t('classroom.dashboard.storeDownload')}
        </button>
        <button type="button" className="button button--quiet" onClick={dismiss}>
          {t('classroom.dashboard.storeDismiss')}
        </button>
      </div>
    </div>
  );
}
