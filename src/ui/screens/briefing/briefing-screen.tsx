// The briefing: the situation at the inauguration, what the score measures, and the starting values with their sources.
import { useTranslation } from 'react-i18next';
import { startScores } from '../../../engine/index.ts';
import { selectGame, selectScenario } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { useContent } from '../../i18n/use-content.ts';
import { ContinueButton } from '../../components/paced-button/continue-button.tsx';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { StartValues } from './start-values.tsx';
import './briefing-screen.css';

export function BriefingScreen() {
  const { t } = useTranslation();
  const content = useContent();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore(selectScenario);
  const game = useGameStore(selectGame);
  const leave = useGameStore((s) => s.leaveBriefing);
  if (!scenario || !game) return null;
  const prologue = game.setup.start === '2006' ? scenario.prologue : undefined;
  const start = prologue ? prologue.start : scenario.start;
  // The services the main score combines: the scores its weights name, in the content's order.
  const services = scenario.scores.filter((s) => s.id in scenario.cooperation.weights);
  return (
    <div className="briefing">
      <header className="screen-head">
        <p className="screen-head__kicker">{t('briefing.kicker')}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('briefing.title', { year: start.firstYear - 1 })}
        </h1>
      </header>
      <div className="briefing__columns">
        <section className="briefing__situation" aria-labelledby="situation-title">
          <h2 id="situation-title">{t('briefing.situation')}</h2>
          <p className="briefing__lede">{content(start.situation)}</p>
          {prologue && <p className="briefing__prologue">{content(prologue.intro)}</p>}
        </section>
        <section className="briefing__measure" aria-labelledby="measure-title">
          <h2 id="measure-title">{t('briefing.measure.title')}</h2>
          <p>{t('briefing.measure.body')}</p>
          <ul className="briefing__services">
            {services.map((s) => (
              <li key={s.id}>
                <strong>{content(s.label)}.</strong> {content(s.description)}
              </li>
            ))}
          </ul>
          <p>{content(scenario.cooperation.explain)}</p>
          <p className="briefing__lens">{t('briefing.measure.lens')}</p>
        </section>
      </div>
      <StartValues scenario={scenario} start={start} scores={startScores(scenario, start)} />
      <div className="screen-actions">
        <ContinueButton onContinue={leave}>{prologue ? t('briefing.beginPrologue') : t('briefing.choose')}</ContinueButton>
      </div>
    </div>
  );
}
