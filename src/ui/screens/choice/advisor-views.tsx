// What each advisor says about the selected option, in their own voice and with their sources.
import { useTranslation } from 'react-i18next';
import type { OptionDef, Scenario } from '../../../engine/index.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { useContent } from '../../i18n/use-content.ts';

type Props = { readonly scenario: Scenario; readonly option: OptionDef | null };

export function AdvisorViews({ scenario, option }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const views = option ? scenario.advisors.flatMap((a) => (a.advice[option.id] ? [{ advisor: a, advice: a.advice[option.id] }] : [])) : [];
  return (
    <section className="advisors" aria-labelledby="advisors-title">
      <h2 id="advisors-title">{option ? t('choice.advisors.title', { name: content(option.name) }) : t('choice.advisors.titleEmpty')}</h2>
      {!option && <p className="advisors__hint">{t('choice.advisors.hint')}</p>}
      {option && views.length === 0 && <p className="advisors__hint">{t('choice.advisors.none')}</p>}
      {views.length > 0 && (
        <ul className="advisors__list">
          {views.map(({ advisor, advice }) => (
            <li key={advisor.id} className="advisor">
              <p className="advisor__who">
                <strong>{content(advisor.name)}</strong>
                <span className="advisor__role">{content(advisor.role)}</span>
              </p>
              <blockquote className="advisor__text">
                <p>{content(advice?.text)}</p>
              </blockquote>
              <CitationList citations={advice?.sources ?? []} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
