// "Download the save": the current game (or the stored save) as a .json file.
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';
import { downloadSave } from './download-save.ts';

export function DownloadSaveButton({ className = 'button' }: { readonly className?: string }) {
  const { t } = useTranslation();
  const saveText = useGameStore((s) => s.saveText);
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        const text = saveText();
        if (text !== null) downloadSave(text);
      }}
    >
      {t('save.download')}
    </button>
  );
}
