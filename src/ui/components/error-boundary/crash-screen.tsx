// What the player sees after an unexpected error: reassurance that the game is saved, a way back in, and a
// diagnostic to copy. It reads the store directly and touches nothing in it except to leave the broken screen.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';
import { CopyButton } from '../../screens/classroom/copy-button.tsx';
import { downloadSave } from '../../screens/save/download-save.ts';
import { diagnosticText } from './diagnostic.ts';
import '../../screens/save/save.css';

type Props = { readonly error: unknown; readonly componentStack: string | null; readonly onReset: () => void };

export function CrashScreen({ error, componentStack, onReset }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const leaveToTitle = useGameStore((s) => s.leaveToTitle);
  const saveText = useGameStore((s) => s.saveText);
  const [text] = useState(() => {
    const s = useGameStore.getState();
    return diagnosticText({
      error,
      componentStack,
      screen: s.screen,
      scenario: s.scenario ? `${s.scenario.id} v${s.scenario.version}` : null,
      year: s.game?.year ?? null,
      phase: s.game?.phase ?? null,
      actions: s.actions.length,
      seed: s.game?.setup.seed ?? null,
      locale: s.locale,
      userAgent: typeof navigator === 'undefined' ? '-' : navigator.userAgent,
      time: new Date().toISOString(),
    });
  });
  const save = saveText();
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="crash">
      <h1 tabIndex={-1} ref={heading}>
        {t('save.crash.title')}
      </h1>
      <p role="alert">{t('save.crash.lede')}</p>
      <div className="crash__actions">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('save.crash.resume')}
        </button>
        {save !== null && (
          <button type="button" className="button" onClick={() => downloadSave(save)}>
            {t('save.download')}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            leaveToTitle();
            onReset();
          }}
        >
          {t('save.crash.toTitle')}
        </button>
      </div>
      <h2 id="diagnostic-title">{t('save.crash.diagnostic')}</h2>
      <p id="diagnostic-hint">{t('save.crash.diagnosticHint')}</p>
      <textarea className="crash__diagnostic code-box" readOnly rows={10} value={text} aria-labelledby="diagnostic-title" aria-describedby="diagnostic-hint" spellCheck={false} />
      <CopyButton text={text} label={t('save.crash.copy')} />
    </div>
  );
}
