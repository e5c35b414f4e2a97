// What each advisor says about the selected strategy, in their own voice and with their sources. An advisor speaks to
// the sub-choice where it matters (C with or without law enforcement) and to the situation the term begins in.
import { useTranslation } from 'react-i18next';
import type { OptionDef, Scenario } from '../../../engine/index.ts';
import { adviceFor } from '../../../content/advice.ts';
import { situational, type Situation } from '../../../content/situation.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { useContent } from '../../i18n/use-content.ts';

type Props = { readonly scenario: Scenario; readonly option: OptionDef | null; readonly strategy: string | null; readonly situation: Situation };

export function AdvisorViews({ scenario, option, strategy, situation }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const views = option
    ? scenario.advisors.flatMap((a) => {
        const advice = adviceFor(a, option, strategy);
        return advice ? [{ advisor: a, advice, text: situational(advice.now, situation)?.text ?? advice.text }] : [];
      })
    : [];
  return (
    <section className="advisors" aria-labelledby="advisors-title">
      <h2 id="advisors-title">{option ? t('choice.advisors.title', { name: content(option.name) }) : t('choice.advisors.titleEmpty')}</h2>
      {!option && <p className="advisors__hint">{t('choice.advisors.hint')}</p>}
      {option && views.length === 0 && <p className="advisors__hint">{t('choice.advisors.none')}</p>}
      {views.length > 0 && (
        <ul className="advisors__list">
          {views.map(({ advisor, advice, text }) => (
            <li key={advisor.id} className="advisor">
              <p className="advisor__who">
                <strong>{content(advisor.name)}</strong>
              </p>
              <blockquote className="advisor__text">
                <p>{content(text)}</p>
              </blockquote>
              <CitationList citations={advice.sources} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
