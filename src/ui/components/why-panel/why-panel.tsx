// The "why" list: every change of the latest year with its factor, rule and source. Cooperation, SEDENA and SEMAR
// first; the other indicators folded below them.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { selectScenario, selectWhyGroups } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { WhyGroup } from './why-group.tsx';
import './why-panel.css';

type Props = { readonly id: string; readonly onClose: () => void };

export function WhyPanel({ id, onClose }: Props) {
  const { t } = useTranslation();
  const scenario = useGameStore(selectScenario);
  const why = useGameStore(selectWhyGroups);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  if (!scenario) return null;
  const major = why?.groups.slice(0, 3) ?? [];
  const minor = why?.groups.slice(3) ?? [];
  return (
    <section id={id} className="why-panel" aria-labelledby={`${id}-title`}>
      <div className="why-panel__head">
        <h2 id={`${id}-title`} className="why-panel__title" tabIndex={-1} ref={heading}>
          {why ? t('why.title', { year: why.year }) : t('why.titleEmpty')}
        </h2>
        <button type="button" className="button button--quiet why-panel__close" onClick={onClose}>
          {t('why.close')}
        </button>
      </div>
      {why ? (
        <>
          <p className="why-panel__intro">{t('why.intro')}</p>
          {major.map((g) => (
            <WhyGroup key={g.def.id} scenario={scenario} group={g} collapsible={false} />
          ))}
          {minor.length > 0 && (
            <>
              <h3 className="why-panel__minor">{t('why.otherIndicators')}</h3>
              {minor.map((g) => (
                <WhyGroup key={g.def.id} scenario={scenario} group={g} collapsible />
              ))}
            </>
          )}
        </>
      ) : (
        <p className="why-panel__intro">{t('why.empty')}</p>
      )}
    </section>
  );
}
