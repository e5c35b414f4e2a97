// The seminar's theory test: the class link again under each other theory of the relationship, with the same seed and
// set-up, so two runs of the same path differ only in their theory.
import { useTranslation } from 'react-i18next';
import { encodeClassLink, type ClassLink } from '../../../content/class-link.ts';
import type { Scenario } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { CopyButton } from './copy-button.tsx';

type Props = { readonly scenario: Scenario; readonly link: ClassLink; readonly addressOf: (code: string) => string };

export function TheoryLinks({ scenario, link, addressOf }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const others = scenario.theories.filter((theory) => theory.id !== link.setup.theory);
  if (others.length === 0) return null;
  return (
    <section className="theory-links" aria-labelledby="theory-links-title" data-testid="theory-links">
      <h3 id="theory-links-title">{t('classroom.classSetup.theoryTest.title')}</h3>
      {link.seed === null ? (
        <p>{t('classroom.classSetup.theoryTest.needsSeed')}</p>
      ) : (
        <>
          <p className="setup-fields__hint">{t('classroom.classSetup.theoryTest.lede')}</p>
          {others.map((theory) => {
            const name = content(theory.label);
            const address = addressOf(encodeClassLink({ ...link, setup: { ...link.setup, theory: theory.id } }));
            const id = `theory-link-${theory.id}`;
            return (
              <div key={theory.id} className="theory-links__item">
                <label htmlFor={id}>{t('classroom.classSetup.theoryTest.link', { theory: name })}</label>
                <input id={id} className="text-input code-box" readOnly value={address} onFocus={(e) => e.currentTarget.select()} />
                <CopyButton text={address} label={t('classroom.classSetup.theoryTest.copy', { theory: name })} />
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
