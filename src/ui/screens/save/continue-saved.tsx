// On the title, when this browser holds a saved game: continue it, or download it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storedSaveSummary } from '../../../state/save-slice.ts';
import { useGameStore } from '../../../state/store.ts';
import { downloadSave } from './download-save.ts';
import './save.css';

export function ContinueSaved() {
  const { t } = useTranslation();
  const resume = useGameStore((s) => s.resumeSaved);
  // Read once per visit to the title: the save does not change while the title is shown.
  const [saved] = useState(storedSaveSummary);
  if (!saved) return null;
  return (
    <div className="continue-saved">
      <button type="button" className="button button--primary button--large" onClick={() => void resume()}>
        {saved.finished ? t('save.continueFinished', { year: saved.year }) : t('save.continue', { year: saved.year })}
      </button>
      <button type="button" className="button button--quiet" onClick={() => downloadSave(saved.text)}>
        {t('save.download')}
      </button>
    </div>
  );
}
