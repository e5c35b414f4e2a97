// Says when the browser refused to keep the game (storage full or blocked), with the way to keep it anyway.
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';
import { DownloadSaveButton } from './download-save-button.tsx';

export function UnsavedBanner() {
  const { t } = useTranslation();
  const saveWorks = useGameStore((s) => s.saveWorks);
  if (saveWorks) return null;
  return (
    <div className="banner" role="status">
      <p>{t('save.unsaved')}</p>
      <DownloadSaveButton className="button button--quiet" />
    </div>
  );
}
