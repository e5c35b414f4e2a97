// The way to "How the model works": a button in the banner on every screen (a toggle: pressed while the page is open),
// or an inline button another screen can place next to its own content (the debrief, for instance).
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';
import { MODEL_TOGGLE_ID, useModelPage } from './use-model-page.ts';
import './model-link.css';

export function ModelToggle() {
  const { t } = useTranslation();
  const modelOpen = useGameStore((s) => s.modelOpen);
  const { open, close } = useModelPage();
  return (
    <button id={MODEL_TOGGLE_ID} type="button" className="model-toggle" aria-pressed={modelOpen} onClick={modelOpen ? close : open}>
      <span className="model-toggle__long">{t('model.open')}</span>
      <span className="model-toggle__short" aria-hidden="true">
        {t('model.openShort')}
      </span>
    </button>
  );
}

/** A plain button that opens the page; focus comes back to it when the page closes. */
export function ModelLink({ className = 'button button--quiet' }: { readonly className?: string }) {
  const { t } = useTranslation();
  const { open } = useModelPage();
  return (
    <button type="button" className={className} onClick={open}>
      {t('model.open')}
    </button>
  );
}
