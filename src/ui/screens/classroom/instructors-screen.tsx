// "For instructors": how to run a class period and a seminar with the game, what to say in the debrief,
// questions for discussion and a content note. The same text is in docs/teaching-guide.md.
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { useLabPage } from '../lab/use-lab-page.ts';
import './classroom.css';

export function InstructorsScreen() {
  const { t } = useTranslation();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const show = useGameStore((s) => s.showInstructorScreen);
  const lab = useLabPage();
  const classPlan = [t('classroom.guide.class.1'), t('classroom.guide.class.2'), t('classroom.guide.class.3'), t('classroom.guide.class.4'), t('classroom.guide.class.5')];
  const seminarPlan = [t('classroom.guide.seminar.1'), t('classroom.guide.seminar.2'), t('classroom.guide.seminar.3'), t('classroom.guide.seminar.4'), t('classroom.guide.seminar.5')];
  const debrief = [t('classroom.guide.debrief.1'), t('classroom.guide.debrief.2'), t('classroom.guide.debrief.3'), t('classroom.guide.debrief.4')];
  const questions = [t('classroom.guide.questions.1'), t('classroom.guide.questions.2'), t('classroom.guide.questions.3'), t('classroom.guide.questions.4'), t('classroom.guide.questions.5'), t('classroom.guide.questions.6')];
  return (
    <div className="instructors">
      <header className="screen-head">
        <p className="screen-head__kicker">{t('classroom.instructors.kicker')}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('classroom.instructors.title')}
        </h1>
        <p className="screen-head__lede">{t('classroom.instructors.lede')}</p>
      </header>
      <nav className="instructors__tools" aria-label={t('classroom.instructors.toolsLabel')}>
        <button type="button" className="button button--primary button--large" onClick={() => show('class-setup')}>
          {t('classroom.instructors.openSetup')}
        </button>
        <button type="button" className="button button--large" onClick={() => show('dashboard')}>
          {t('classroom.instructors.openDashboard')}
        </button>
        <button type="button" className="button button--large" onClick={lab.open}>
          {t('classroom.instructors.openLab')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => show('title')}>
          {t('classroom.instructors.backTitle')}
        </button>
      </nav>
      <aside className="title-screen__note instructors__note" aria-labelledby="guide-note">
        <h2 id="guide-note">{t('classroom.guide.noteTitle')}</h2>
        <p>{t('classroom.guide.note')}</p>
      </aside>
      <div className="instructors__grid">
        <section aria-labelledby="guide-class">
          <h2 id="guide-class">{t('classroom.guide.classTitle')}</h2>
          <ol>
            {classPlan.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="guide-seminar">
          <h2 id="guide-seminar">{t('classroom.guide.seminarTitle')}</h2>
          <ol>
            {seminarPlan.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="guide-debrief">
          <h2 id="guide-debrief">{t('classroom.guide.debriefTitle')}</h2>
          <ul>
            {debrief.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="guide-questions">
          <h2 id="guide-questions">{t('classroom.guide.questionsTitle')}</h2>
          <ol>
            {questions.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="guide-privacy">
          <h2 id="guide-privacy">{t('classroom.guide.privacyTitle')}</h2>
          <p>{t('classroom.guide.privacy')}</p>
        </section>
      </div>
    </div>
  );
}
