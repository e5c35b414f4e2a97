// The banner: the game's name, where the player is, the language switch and the settings.
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../language-switch/language-switch.tsx';
import { ModelToggle } from '../model-toggle/model-toggle.tsx';
import { SettingsMenu } from '../settings-menu/settings-menu.tsx';
import './app-header.css';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <div className="app-header__inner">
        <p className="app-header__brand">
          <span className="app-header__name">Sexenio</span>
          <span className="app-header__tagline">{t('app.tagline')}</span>
        </p>
        <div className="app-header__tools">
          <ModelToggle />
          <LanguageSwitch />
          <SettingsMenu />
        </div>
      </div>
    </header>
  );
}
