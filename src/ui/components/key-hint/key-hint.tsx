// The key that does the same as a button, shown on it while single-key shortcuts are on. The button names it to
// assistive technology with aria-keyshortcuts (keyShortcut below); the visible key is decoration.
import { selectShortcuts } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';

export function KeyHint({ shortcut }: { readonly shortcut: string }) {
  const on = useGameStore(selectShortcuts);
  return on ? (
    <kbd className="key-hint" aria-hidden="true">
      {shortcut}
    </kbd>
  ) : null;
}

/** The aria-keyshortcuts value for a button, or undefined while shortcuts are off. */
export function useKeyShortcut(shortcut: string): string | undefined {
  return useGameStore(selectShortcuts) ? shortcut : undefined;
}
