// Single-key shortcuts (WCAG 2.1.4: they can be turned off in the settings). Ignored while typing, with modifier
// keys held, while a modal dialog is open, or while "How the model works" or "What happened next" covers the screen
// that set them.
import { useEffect, useRef } from 'react';
import { selectShortcuts } from '../../state/selectors.ts';
import { useGameStore } from '../../state/store.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

export function useShortcut(key: string, handler: () => void, enabled = true): void {
  const covered = useGameStore((s) => s.modelOpen || s.historyOpen);
  const on = useGameStore(selectShortcuts) && enabled && !covered;
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!on) return;
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (e.key.toLowerCase() !== key.toLowerCase() || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [key, on]);
}
