// "Open a shared run": paste a run code (or an address with #run=…) to see that game's debrief, read-only.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeProblem } from '../../../content/code-problem.ts';
import { useGameStore } from '../../../state/store.ts';
import { useProblemText } from '../classroom/use-problem-text.ts';

export function OpenRun() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const uid = useId();
  const openRun = useGameStore((s) => s.openRun);
  const hashProblem = useGameStore((s) => s.hashRunProblem);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<CodeProblem | null>(null);
  const shown = problem ?? hashProblem;
  return (
    <details className="title-settings open-run" open={hashProblem !== null || undefined}>
      <summary>{t('classroom.open.summary')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void openRun(code, 'title').then(setProblem);
        }}
      >
        <label htmlFor={`${uid}-code`}>{t('classroom.open.label')}</label>
        <p className="setup-fields__hint" id={`${uid}-hint`}>
          {t('classroom.open.hint')}
        </p>
        <textarea
          id={`${uid}-code`}
          className="code-box"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          value={code}
          aria-describedby={`${uid}-hint${shown ? ` ${uid}-problem` : ''}`}
          aria-invalid={shown ? true : undefined}
          onChange={(e) => setCode(e.target.value)}
        />
        {shown && (
          <p className="form-problem" id={`${uid}-problem`} role="alert">
            {problemText(shown)}
          </p>
        )}
        <button type="submit" className="button">
          {t('classroom.open.submit')}
        </button>
      </form>
    </details>
  );
}
