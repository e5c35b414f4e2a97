// A sexenio, year by year: the headline meters, the timeline, the other indicators, the year's news, the "why" list,
// and a dialog for events that ask for an answer.
import { useTranslation } from 'react-i18next';
import { mainScore, strategyOf, type YearRecord } from '../../../engine/index.ts';
import { selectDecisionView, selectModelSuccession } from '../../../state/decision-selectors.ts';
import { selectAutoPlay, selectPendingEvent, selectPhase, selectScenario, selectWhyOpen, selectYearView } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { EventDialog } from '../../components/event-dialog/event-dialog.tsx';
import { SexenioTimeline } from '../../components/sexenio-timeline/sexenio-timeline.tsx';
import { SuccessionNotice } from '../../components/term-decision/succession-notice.tsx';
import { TermDecisionLine } from '../../components/term-decision/term-decision-line.tsx';
import { WhyPanel } from '../../components/why-panel/why-panel.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { paced } from '../../lib/use-pace.ts';
import { useShortcut } from '../../lib/use-shortcut.ts';
import { HeadlineMeters } from './headline-meters.tsx';
import { SecondaryIndicators } from './secondary-indicators.tsx';
import { useAutoPlay } from './use-auto-play.ts';
import { useYearAnnouncement } from './use-year-announcement.ts';
import { YearControls } from './year-controls.tsx';
import { YearNews } from './year-news.tsx';
import './year-screen.css';

const WHY_ID = 'why-panel';
const NO_YEARS: readonly YearRecord[] = [];

export function YearScreen() {
  const { t } = useTranslation();
  const content = useContent();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore(selectScenario);
  const view = useGameStore(selectYearView);
  const phase = useGameStore(selectPhase);
  const pending = useGameStore(selectPendingEvent);
  const whyOpen = useGameStore(selectWhyOpen);
  const autoPlay = useGameStore(selectAutoPlay);
  const decisionView = useGameStore(selectDecisionView);
  const succession = useGameStore(selectModelSuccession);
  // "How the model works" covers this screen while it stays mounted: no auto-play underneath it.
  const modelOpen = useGameStore((s) => s.modelOpen);
  const { advanceYear, answerEvent, showSummary, setWhyOpen, setAutoPlay } = useGameStore.getState();
  useYearAnnouncement();

  const record = view?.record ?? null;
  const history = useGameStore((st) => st.game?.history ?? NO_YEARS);
  const termOver = phase === 'term-end';
  const canExplain = record !== null;
  const primary = paced(() => (termOver ? showSummary() : phase === 'playing' ? advanceYear() : undefined));
  const toggleWhy = () => {
    if (!canExplain) return;
    if (whyOpen) document.getElementById('why-toggle')?.focus();
    setWhyOpen(!whyOpen);
  };
  const counting = useAutoPlay(autoPlay && phase === 'playing' && record !== null && !whyOpen && !modelOpen, `${record?.year ?? 0}`, advanceYear);
  useShortcut('n', primary, phase === 'playing' || termOver);
  useShortcut('p', () => setAutoPlay(!autoPlay));
  useShortcut('w', toggleWhy);
  useShortcut('Escape', () => whyOpen && toggleWhy(), whyOpen);

  if (!scenario || !view) return null;
  const decision = view.term.decision;
  const ref = decision ? strategyOf(scenario, decision.strategy) : undefined;
  const option = ref?.option;
  const variant = ref?.variant;
  const party = scenario.parties.find((p) => p.id === decision?.party);
  const posture = scenario.postures.find((p) => p.id === record?.posture);
  const end = view.term.startYear + view.term.years - 1;
  const termLabel = view.term.prologue ? t('year.prologue', { start: view.term.startYear, end }) : t('year.term', { n: view.termNumber, of: view.forwardTerms, start: view.term.startYear, end });
  const primaryLabel = termOver ? t('year.toSummary') : record ? t('year.next', { year: view.nextYear ?? end }) : t('year.begin', { year: view.term.startYear });

  return (
    <div className={`year-screen${whyOpen && canExplain ? ' year-screen--why' : ''}`}>
      <header className="year-head">
        <h1 className="year-head__title" tabIndex={-1} ref={heading}>
          <span className="year-head__term">{termLabel}</span>
          <span className="year-head__year">{record ? record.year : t('year.inauguration', { year: view.term.startYear - 1 })}</span>
        </h1>
        <p className="year-head__strategy">
          <span>
            {decisionView?.twoTeam ? t('decision.teams.mexico') : t('year.strategy')} <strong>{option ? `${option.id} — ${content(option.name)}` : decision?.strategy}</strong>
            {option && option.variants.length > 1 && variant ? ` (${content(variant.label).toLowerCase()})` : ''}
          </span>
          {decisionView ? <TermDecisionLine scenario={scenario} view={decisionView} brief /> : party && <span>{t('year.party', { party: content(party.name) })}</span>}
          {posture && (variant?.phases.length ?? 0) > 1 && <span>{t('year.posture', { posture: content(posture.label) })}</span>}
        </p>
      </header>
      {succession && record === null && <SuccessionNotice scenario={scenario} view={succession} when="now" />}
      <SexenioTimeline years={view.timeline} label={t('year.timeline', { start: view.term.startYear, end })} valueLabel={content(mainScore(scenario).label).toLocaleLowerCase()} />
      <YearControls
        primaryLabel={primaryLabel}
        onPrimary={primary}
        autoPlay={autoPlay}
        onAutoPlay={() => setAutoPlay(!autoPlay)}
        counting={counting}
        countKey={`${record?.year ?? 0}`}
        nextYear={view.nextYear}
        whyOpen={whyOpen}
        whyId={WHY_ID}
        onWhy={toggleWhy}
        canExplain={canExplain}
      />
      {whyOpen && canExplain && <WhyPanel id={WHY_ID} onClose={toggleWhy} />}
      <HeadlineMeters scores={view.scores.filter((s) => s.def.headline === true)} hasChange={record !== null} />
      <div className="year-screen__detail">
        <SecondaryIndicators scores={view.scores.filter((s) => s.def.headline !== true)} hasChange={record !== null} />
        <YearNews scenario={scenario} record={record} history={history} />
      </div>
      <EventDialog pending={pending} onAnswer={answerEvent} />
    </div>
  );
}
