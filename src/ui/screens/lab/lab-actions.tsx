// What to do with the changed assumptions: set up a class that plays them. The class set-up reads the lab's variant
// from the store.
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import { useGameStore } from '../../../state/store.ts';

type Props = { readonly scenario: Scenario; readonly variant: Readonly<Record<string, number>> };

export function LabActions({ variant }: Props) {
  const { t } = useTranslation();
  const show = useGameStore((s) => s.showInstructorScreen);
  const setLabOpen = useGameStore((s) => s.setLabOpen);
  const setModelOpen = useGameStore((s) => s.setModelOpen);
  const count = Object.keys(variant).length;
  const toClass = () => {
    setLabOpen(false);
    setModelOpen(false);
    show('class-setup');
  };
  return (
    <section className="lab-section lab-actions" aria-label={t('lab.actions.label')}>
      <p className="lab-section__intro">{count === 0 ? t('lab.actions.standard') : t('lab.actions.changed', { count })}</p>
      <div className="lab-actions__buttons">
        <button type="button" className="button" onClick={toClass} disabled={count === 0}>
          {t('lab.actions.useInClass')}
        </button>
      </div>
    </section>
  );
}
