// A small disclosure with the interface settings and the list of keyboard shortcuts.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectReducedMotion, selectShortcuts } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { DownloadSaveButton } from '../../screens/save/download-save-button.tsx';
import './settings-menu.css';

export const SHORTCUTS = [
  { key: 'N', label: 'shortcuts.next' },
  { key: 'P', label: 'shortcuts.autoPlay' },
  { key: 'W', label: 'shortcuts.why' },
] as const;

export function SettingsMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const reducedMotion = useGameStore(selectReducedMotion);
  const shortcuts = useGameStore(selectShortcuts);
  const setReducedMotion = useGameStore((s) => s.setReducedMotion);
  const setShortcuts = useGameStore((s) => s.setShortcuts);
  const ownGame = useGameStore((s) => s.game !== null && !s.readOnly);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Used here: a page that closes on Escape (see use-escape.ts) leaves it alone.
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !root.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="settings" ref={root}>
      <button ref={button} type="button" className="settings__button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('settings.button')}
      </button>
      <div id={panelId} className="settings__panel" hidden={!open}>
        <fieldset className="settings__group">
          <legend>{t('settings.display')}</legend>
          <label className="check">
            <input type="checkbox" checked={reducedMotion === 'always'} onChange={(e) => setReducedMotion(e.target.checked ? 'always' : 'user')} />
            <span>{t('settings.reduceMotion')}</span>
          </label>
          <label className="check">
            <input type="checkbox" checked={shortcuts} onChange={(e) => setShortcuts(e.target.checked)} />
            <span>{t('settings.shortcuts')}</span>
          </label>
        </fieldset>
        <p className="settings__heading">{t('shortcuts.title')}</p>
        <dl className="settings__keys">
          {SHORTCUTS.map((s) => (
            <div key={s.key}>
              <dt>
                <kbd>{s.key}</kbd>
              </dt>
              <dd>{t(s.label)}</dd>
            </div>
          ))}
        </dl>
        {!shortcuts && <p className="settings__note">{t('shortcuts.off')}</p>}
        {ownGame && (
          <div className="settings__save">
            <p className="settings__heading">{t('save.title')}</p>
            <p className="settings__note">{t('save.auto')}</p>
            <DownloadSaveButton />
          </div>
        )}
      </div>
    </div>
  );
}
