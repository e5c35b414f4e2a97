// The title: what the game is, how to play, a content note for instructors, the way to what really happened after
// 2012, and the ways to start: press Start, or open "Game settings" first; a class link fixes the set-up; a shared
// run code opens its debrief.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectScenario } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { HistoryLink } from '../../components/history-link/history-link.tsx';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { defaultChoices, SetupFields, type SetupChoices } from '../classroom/setup-fields.tsx';
import { ContinueSaved } from '../save/continue-saved.tsx';
import { OpenSaveFile } from '../save/open-save-file.tsx';
import { AddressProblem } from './address-problem.tsx';
import { ClassBanner } from './class-banner.tsx';
import { OpenRun } from './open-run.tsx';
import './title-screen.css';

type Props = { readonly seed: number | undefined; readonly loading?: boolean };

export function TitleScreen({ seed, loading = false }: Props) {
  const { t } = useTranslation();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore(selectScenario);
  const classLink = useGameStore((s) => s.classLink);
  const start = useGameStore((s) => s.startConfiguredGame);
  const showInstructorScreen = useGameStore((s) => s.showInstructorScreen);
  const [choices, setChoices] = useState<SetupChoices | null>(null);
  const current = choices ?? (scenario ? defaultChoices(scenario) : null);
  // With a class link that offers fewer strategies, "how to play" says how many and which.
  const allowed = classLink?.setup.allowedOptions ?? [];
  const limited = scenario !== null && allowed.length > 0 && allowed.length < scenario.options.length;
  const steps = [t('title.how.1'), limited ? t('title.how.2Allowed', { count: allowed.length, list: allowed.join(', ') }) : t('title.how.2'), t('title.how.3'), t('title.how.4')];
  const setup = current ?? {};
  return (
    <div className="title-screen">
      <div className="title-screen__intro">
        <p className="title-screen__kicker">{t('title.kicker')}</p>
        <h1 className="title-screen__name" tabIndex={-1} ref={heading}>
          Sexenio
        </h1>
        <p className="title-screen__lede">{t('title.lede')}</p>
        {!loading && <AddressProblem />}
        {!loading && <ClassBanner />}
        {!loading && <ContinueSaved />}
        <div className="title-screen__actions">
          {loading && (
            <p className="title-screen__loading" role="status">
              {t('title.loading')}
            </p>
          )}
          {!loading && classLink && (
            <button type="button" className="button button--primary button--large" onClick={() => start(classLink.setup.start, seed, {})}>
              {classLink.setup.start === '2006' ? t('title.startPrologue') : t('title.start')}
            </button>
          )}
          {!loading && !classLink && (
            <button type="button" className="button button--primary button--large" onClick={() => start('2012', seed, setup)}>
              {t('title.start')}
            </button>
          )}
          {!loading && !classLink && scenario?.prologue && (
            <button type="button" className="button title-screen__prologue" onClick={() => start('2006', seed, setup)}>
              {t('title.startPrologue')}
            </button>
          )}
        </div>
        {!loading && !classLink && scenario && current && (
          <details className="title-settings">
            <summary>{t('classroom.title.settings')}</summary>
            <p className="title-settings__lede">{t('classroom.title.settingsLede')}</p>
            <SetupFields scenario={scenario} value={current} onChange={setChoices} />
          </details>
        )}
        {!loading && <OpenRun />}
        {!loading && <OpenSaveFile />}
      </div>
      <div className="title-screen__details">
        <section className="title-screen__how" aria-labelledby="how-title">
          <h2 id="how-title">{t('title.how.title')}</h2>
          <ol>
            {steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
        {!loading && scenario?.history && (
          <section className="title-screen__next" aria-labelledby="next-title">
            <h2 id="next-title">{t('whatNext.titleHeading')}</h2>
            <p>{t('whatNext.titleText')}</p>
            <p>
              <HistoryLink from="title" />
            </p>
          </section>
        )}
        <aside className="title-screen__note" aria-labelledby="note-title">
          <h2 id="note-title">{t('title.note.title')}</h2>
          <p>{t('title.note.body')}</p>
          <p>{t('title.note.sources')}</p>
          {!loading && (
            <p className="title-screen__instructors">
              <button type="button" className="button" onClick={() => showInstructorScreen('instructors')}>
                {t('classroom.title.forInstructors')}
              </button>
            </p>
          )}
        </aside>
      </div>
    </div>
  );
}
