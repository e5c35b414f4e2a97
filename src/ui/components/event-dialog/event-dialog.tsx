// An event that asks the president to decide. A modal <dialog>: focus moves to its title (not to an answer, so a
// stray Enter cannot answer it), the page behind is inert, and focus returns where it was when the answer is given.
// The answers wait out the pace guard's pause. Escape does not dismiss it: the event needs an answer.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingEventView } from '../../../state/selectors.ts';
import { useContent } from '../../i18n/use-content.ts';
import { CitationList } from '../citation/citation-list.tsx';
import { PacedButton } from '../paced-button/paced-button.tsx';
import './event-dialog.css';

type Props = { readonly pending: PendingEventView | null; readonly onAnswer: (choice: string) => void };

export function EventDialog({ pending, onAnswer }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const ref = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const key = pending ? `${pending.year}:${pending.def.id}` : null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (key && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!key && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    if (key) title.current?.focus();
  }, [key]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const block = (e: Event) => e.preventDefault();
    dialog.addEventListener('cancel', block);
    return () => dialog.removeEventListener('cancel', block);
  }, []);

  const def = pending?.def;
  return (
    <dialog ref={ref} className="event-dialog" aria-labelledby={titleId} aria-describedby={bodyId}>
      {def?.choice && pending && (
        <div className="event-dialog__content">
          <p className="event-dialog__kicker">{t('event.kicker', { year: pending.year })}</p>
          <h2 id={titleId} className="event-dialog__title" tabIndex={-1} ref={title}>
            {content(def.title)}
          </h2>
          <p id={bodyId} className="event-dialog__body">
            {content(def.body)}
          </p>
          <CitationList citations={def.sources} />
          <fieldset className="event-dialog__choices">
            <legend className="event-dialog__prompt">{content(def.choice.prompt)}</legend>
            {def.choice.options.map((o) => (
              <PacedButton key={o.id} className="event-dialog__choice" aria-describedby={`${bodyId}-${o.id}`} onActivate={() => onAnswer(o.id)}>
                <span className="event-dialog__choice-label">{content(o.label)}</span>
                <span id={`${bodyId}-${o.id}`} className="event-dialog__choice-explain">
                  {content(o.explain)}
                </span>
              </PacedButton>
            ))}
          </fieldset>
        </div>
      )}
    </dialog>
  );
}
