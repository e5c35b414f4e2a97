// A <dialog> shown as a modal sheet while `modal`: focus moves in, the page behind is inert, Escape closes it and the
// browser returns focus to where it was. `onClosed` runs when the player closes it (Escape, or the returned close).
import { useEffect, useRef, type RefObject } from 'react';

export function useSheet(ref: RefObject<HTMLDialogElement | null>, modal: boolean, onClosed: () => void): () => void {
  const latest = useRef(onClosed);
  useEffect(() => {
    latest.current = onClosed;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!modal || !dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    const closed = () => latest.current();
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, [ref, modal]);
  return () => {
    const dialog = ref.current;
    if (modal && dialog?.open && typeof dialog.close === 'function') dialog.close();
    else latest.current();
  };
}
