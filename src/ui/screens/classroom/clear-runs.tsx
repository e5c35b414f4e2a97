// Clearing the whole list asks first: the codes may exist nowhere else once the students have gone home.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';

export function ClearRuns({ count }: { readonly count: number }) {
  const { t } = useTranslation();
  const clear = useGameStore((s) => s.clearClassRuns);
  const [asking, setAsking] = useState(false);
  const ask = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  if (!asking) {
    return (
      <p>
        <button
          type="button"
          ref={ask}
          className="button button--quiet"
          onClick={() => {
            setAsking(true);
            window.setTimeout(() => cancel.current?.focus(), 0);
          }}
        >
          {t('classroom.clear.ask')}
        </button>
      </p>
    );
  }
  return (
    <div className="dashboard__confirm" role="group" aria-labelledby="clear-runs-question">
      <p id="clear-runs-question">{t('classroom.clear.question', { count })}</p>
      <div className="run-share__buttons">
        <button type="button" className="button button--primary" onClick={clear}>
          {t('classroom.clear.yes', { count })}
        </button>
        <button
          type="button"
          ref={cancel}
          className="button"
          onClick={() => {
            setAsking(false);
            window.setTimeout(() => ask.current?.focus(), 0);
          }}
        >
          {t('classroom.clear.cancel')}
        </button>
      </div>
    </div>
  );
}
