// "Open a save file": a file made with "Download the save" becomes the current game. The size is checked before
// the file is read, and every refusal says why.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveProblem } from '../../../content/save-problem.ts';
import { MAX_SAVE_CHARS } from '../../../content/save-write.ts';
import { useGameStore } from '../../../state/store.ts';
import { useSaveProblemText } from './use-save-problem-text.ts';
import './save.css';

export function OpenSaveFile() {
  const { t } = useTranslation();
  const uid = useId();
  const problemText = useSaveProblemText();
  const importSave = useGameStore((s) => s.importSave);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [reading, setReading] = useState(false);

  const open = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_SAVE_CHARS) {
      setProblem({ reason: 'too-large', size: file.size });
      return;
    }
    setReading(true);
    try {
      setProblem(await importSave(await file.text()));
    } catch {
      setProblem({ reason: 'not-json' });
    } finally {
      setReading(false);
    }
  };

  return (
    <details className="title-settings open-save">
      <summary>{t('save.open.summary')}</summary>
      <label htmlFor={`${uid}-file`}>{t('save.open.label')}</label>
      <p className="setup-fields__hint" id={`${uid}-hint`}>
        {t('save.open.hint')}
      </p>
      <input
        id={`${uid}-file`}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${uid}-hint${problem ? ` ${uid}-problem` : ''}`}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => {
          void open(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {reading && <p role="status">{t('save.open.reading')}</p>}
      {problem && (
        <p className="form-problem" id={`${uid}-problem`} role="alert">
          {problemText(problem)}
        </p>
      )}
    </details>
  );
}
