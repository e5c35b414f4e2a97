// "Start from a class link": paste a class link (or its code) and the set-up below is filled in from it, to be edited
// into a new link. Why a link cannot be read is said here, and nothing typed in the set-up is lost.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeProblem } from '../../../content/code-problem.ts';
import { useGameStore } from '../../../state/store.ts';
import { useProblemText } from './use-problem-text.ts';

type Props = { readonly problem: CodeProblem | null; readonly filled: boolean };

export function ClassLinkImport({ problem: opened, filled }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const problemText = useProblemText();
  const editClass = useGameStore((s) => s.editClass);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<CodeProblem | null>(opened);
  return (
    <details className="class-import" open={problem !== null || filled}>
      <summary>{t('classroom.classSetup.import.title')}</summary>
      {filled && problem === null && (
        <p className="class-import__done" role="status">
          {t('classroom.classSetup.import.done')}
        </p>
      )}
      <form
        className="class-form__row"
        onSubmit={(e) => {
          e.preventDefault();
          // A link that cannot be read leaves the set-up as it is; the message says why.
          void editClass(text, true).then(setProblem);
        }}
      >
        <label htmlFor={`${uid}-code`}>{t('classroom.classSetup.import.label')}</label>
        <input
          id={`${uid}-code`}
          className="text-input code-box"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${uid}-hint${problem ? ` ${uid}-problem` : ''}`}
          aria-invalid={problem !== null}
        />
        <p className="setup-fields__hint" id={`${uid}-hint`}>
          {t('classroom.classSetup.import.hint')}
        </p>
        {problem && (
          <p className="form-problem" id={`${uid}-problem`} role="alert">
            {t('classroom.classSetup.import.problemTitle')} {problemText(problem)}
          </p>
        )}
        <button type="submit" className="button">
          {t('classroom.classSetup.import.submit')}
        </button>
      </form>
    </details>
  );
}
