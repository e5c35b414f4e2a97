// When a class link is open: the set-up the instructor chose (the player does not change it), or why the link did not
// open. The instructor can reopen it in the class set-up to make a new link from it.
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';
import { SetupSummary } from '../classroom/setup-fields.tsx';
import { useProblemText } from '../classroom/use-problem-text.ts';

export function ClassBanner() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const link = useGameStore((s) => s.classLink);
  const problem = useGameStore((s) => s.classProblem);
  const scenario = useGameStore((s) => s.scenario);
  const leave = useGameStore((s) => s.leaveClass);
  const content = useGameStore((s) => s.classContent);
  const editClass = useGameStore((s) => s.editClass);
  if (problem && !link) {
    return (
      <div className="class-banner class-banner--problem" role="alert">
        <p>
          <strong>{t('classroom.class.problemTitle')}</strong> {problemText(problem)}
        </p>
        <button type="button" className="button button--quiet" onClick={leave}>
          {t('classroom.class.dismiss')}
        </button>
      </div>
    );
  }
  if (!link || !scenario) return null;
  return (
    <section className="class-banner" aria-labelledby="class-banner-title" data-testid="class-banner">
      <h2 id="class-banner-title">{link.title ? t('classroom.class.titleNamed', { name: link.title }) : t('classroom.class.title')}</h2>
      <p>{t('classroom.class.lede')}</p>
      {content !== 'same' && (
        <p className="class-banner__content" role="note" data-testid="class-content">
          {content === 'other' ? t('classroom.class.otherContent') : t('classroom.class.unverified')}
        </p>
      )}
      <SetupSummary scenario={scenario} setup={link.setup} seed={link.seed} minutes={link.minutesPerDecision} />
      <p className="class-banner__actions">
        <button type="button" className="button button--quiet" onClick={leave}>
          {t('classroom.class.leave')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => void editClass(link)}>
          {t('classroom.class.edit')}
        </button>
      </p>
    </section>
  );
}
