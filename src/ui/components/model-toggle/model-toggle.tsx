// The way to "How the model works": a button in the banner on every screen (a toggle: pressed while the page is open).
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';
import { MODEL_TOGGLE_ID, useModelPage } from './use-model-page.ts';
import './model-toggle.css';

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
