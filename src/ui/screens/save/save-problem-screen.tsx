// Shown instead of the game when the stored save cannot be opened: what is wrong, and the two ways on (download
// it, start anew). Nothing is deleted: starting anew sets the save aside.
import { useTranslation } from 'react-i18next';
import type { StoredSaveProblem } from '../../../state/save-slice.ts';
import { useGameStore } from '../../../state/store.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { downloadSave } from './download-save.ts';
import './save.css';
import { useSaveProblemText } from './use-save-problem-text.ts';

export function SaveProblemScreen({ problem }: { readonly problem: StoredSaveProblem }) {
  const { t } = useTranslation();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const problemText = useSaveProblemText();
  const startAnew = useGameStore((s) => s.startAnew);
  return (
    <div className="save-problem">
      <h1 tabIndex={-1} ref={heading}>
        {t('save.broken.title')}
      </h1>
      <p className="save-problem__reason" role="alert">
        {problemText(problem.problem)}
      </p>
      <p>{t('save.broken.lede')}</p>
      <p>{t('save.broken.choices')}</p>
      <div className="save-problem__actions">
        <button type="button" className="button button--primary" onClick={() => downloadSave(problem.text, true)}>
          {t('save.broken.download')}
        </button>
        <button type="button" className="button" onClick={startAnew} aria-describedby="start-anew-note">
          {t('save.broken.startAnew')}
        </button>
      </div>
      <p id="start-anew-note" className="save-problem__note">
        {t('save.broken.startAnewNote')}
      </p>
    </div>
  );
}
