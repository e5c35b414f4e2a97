// "What happened next": the real course from December 2012 (the governments, dated facts, the homicide count), the
// model's run of that course, and, when opened from the final debrief, the player's game beside it. Shown over the
// title or the debrief, which stay mounted underneath, so Back (or Escape) returns the player where they were.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playRealCourse, REAL_COURSE_SEED } from '../../../content/real-course.ts';
import { headlineIds } from '../../../engine/index.ts';
import { selectGame, selectScenario, selectScreen } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { useHistoryPage } from '../../components/history-link/use-history-page.ts';
import { addHistoryMessages } from '../../i18n/history-messages.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { GovernmentsSection } from './governments-section.tsx';
import { yearOf } from './history-date.ts';
import { comparedMeasure, courseRows, indexRows, observedSpan, type Beside, type ScoreIds } from './history-series.ts';
import { factsByAdministration } from './history-timeline.ts';
import { HomicidesSection } from './homicides-section.tsx';
import { IndexSection } from './index-section.tsx';
import { ModelRunSection } from './model-run-section.tsx';
import { QuestionsSection } from './questions-section.tsx';
import { TimelineSection } from './timeline-section.tsx';
import { useEscape } from './use-escape.ts';
import './history-screen.css';
import './history-print.css';

export function HistoryScreen() {
  const { t, i18n } = useTranslation();
  useState(() => addHistoryMessages(i18n));
  const content = useContent();
  const uid = useId();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore(selectScenario);
  const screen = useGameStore(selectScreen);
  const game = useGameStore(selectGame);
  const readOnly = useGameStore((s) => s.readOnly);
  const modelOpen = useGameStore((s) => s.modelOpen);
  const { close } = useHistoryPage();
  useEscape(close, !modelOpen);
  const history = scenario?.history;
  // The player's game is set beside the real course only from its debrief: on the title there is none to show.
  const player = screen === 'debrief' ? game : null;
  const beside: Beside = player ? (readOnly ? 'shared' : 'game') : null;
  const real = useMemo(() => {
    const played = scenario ? playRealCourse(scenario) : null;
    return played?.ok ? played.value : null;
  }, [scenario]);
  const groups = useMemo(() => (history ? factsByAdministration(history, real) : []), [history, real]);
  const rows = useMemo(() => (history && real ? courseRows(history, real, player) : []), [history, real, player]);
  if (!scenario || !history) return null;

  const [overall = 'cooperation', sedena = 'sedena', semar = 'semar'] = headlineIds(scenario);
  const measure = comparedMeasure(history);
  const scores: ScoreIds = { overall, sedena, semar, deaths: measure?.comparedWith ?? 'violence' };
  const start = yearOf(history.administrations[0]?.took ?? '');
  const end = history.lastYear;
  const base = rows[0]?.year ?? start;
  // The player's strategy each term, kept on one line ("B → C+LE → A", with no-break spaces).
  const path = (player?.terms ?? []).filter((term) => !term.prologue && term.decision).map((term) => term.decision?.strategy ?? '').join('\u00a0→\u00a0');
  const backLabel = screen === 'debrief' ? t('history.back.debrief') : t('history.back.title');
  const ids = { governments: `${uid}-gov`, timeline: `${uid}-timeline`, homicides: `${uid}-homicides`, model: `${uid}-model`, index: `${uid}-index`, questions: `${uid}-questions` };
  const observed = measure ? observedSpan(history, measure) : null;
  const handovers = history.administrations.flatMap((a) => (a.left ? [yearOf(a.left)] : []));
  const contents = [
    { id: ids.governments, label: t('history.governments.title'), shown: true },
    { id: ids.timeline, label: t('history.timeline.title', { start, end }), shown: true },
    { id: ids.homicides, label: observed ? t('history.homicides.title', observed) : '', shown: observed !== null },
    { id: ids.model, label: t('history.model.title'), shown: real !== null },
    { id: ids.index, label: t('history.index.title'), shown: real !== null && measure !== undefined },
    { id: ids.questions, label: t('history.questions.title'), shown: history.questions.length > 0 },
  ].filter((c) => c.shown);
  const backButton = (primary: boolean) => (
    <button type="button" className={primary ? 'button button--primary' : 'button'} onClick={close}>
      <span aria-hidden="true">←</span> {backLabel}
    </button>
  );

  return (
    <div className="history-page" data-testid="history-page">
      <header className="screen-head history-page__head">
        <p className="screen-head__kicker">{t('history.kicker', { start, end })}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('history.title')}
        </h1>
        <p className="screen-head__lede">{content(history.intro)}</p>
        <p className="history-page__back">
          {backButton(false)} <span className="history-page__hint">{t('history.escape')}</span>
        </p>
      </header>

      <div className="history-page__top">
        <nav className="history-contents" aria-label={t('history.contents')}>
          <p className="history-contents__title" aria-hidden="true">
            {t('history.contents')}
          </p>
          <ul>
            {contents.map(({ id, label }) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p className={`history-page__beside history-page__beside--${beside ? 'game' : 'none'}`} data-testid="history-beside">
          {beside === 'game' ? t('history.withGame', { path, end }) : beside === 'shared' ? t('history.withSharedGame', { path, end }) : t('history.withoutGame')}
        </p>
      </div>

      <GovernmentsSection scenario={scenario} history={history} headingId={ids.governments} />
      <TimelineSection scenario={scenario} groups={groups} end={end} headingId={ids.timeline} />
      {measure && observed && <HomicidesSection history={history} measure={measure} base={base} headingId={ids.homicides} />}
      {real && <ModelRunSection rows={rows} scores={scores} administrations={history.administrations} beside={beside} seed={REAL_COURSE_SEED} game={player ? { path, seed: player.setup.seed, randomEvents: player.setup.randomEvents } : null} headingId={ids.model} />}
      {real && measure && <IndexSection rows={indexRows(rows, scores.deaths)} measure={measure} beside={beside} handovers={handovers} headingId={ids.index} />}
      <QuestionsSection questions={history.questions} headingId={ids.questions} />

      <div className="screen-actions">{backButton(true)}</div>
    </div>
  );
}
