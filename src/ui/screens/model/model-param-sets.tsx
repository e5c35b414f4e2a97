// The theories (the documents' two schools of thought) and the US postures: each one's description, the numbers it
// changes against the model's baseline, its sources and any assumption.
import { useTranslation } from 'react-i18next';
import type { ParamSet, Scenario } from '../../../engine/index.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { AssumptionNote } from './model-factor.tsx';

type Props = {
  readonly scenario: Scenario;
  readonly sets: readonly ParamSet[];
  readonly selected: string;
  readonly title: string;
  readonly intro: string;
  readonly headingId: string;
  readonly number: (v: number) => string;
};

export function ModelParamSets({ scenario, sets, selected, title, intro, headingId, number }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  return (
    <section className="model-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="model-section__intro">{intro}</p>
      <ul className="model-sets">
        {sets.map((set) => {
          const changes = Object.entries(set.params);
          return (
            <li key={set.id} className={`model-set${set.id === selected ? ' model-set--selected' : ''}`} data-set={set.id}>
              <h3>
                {content(set.label)}
                {set.id === selected && <span className="model-badge model-badge--selected">{t('model.theories.selected')}</span>}
              </h3>
              <p>{content(set.description)}</p>
              <p className="model-set__label">{t('model.theories.changes')}</p>
              {changes.length === 0 ? (
                <p className="model-set__none">{t('model.theories.noChanges')}</p>
              ) : (
                <ul className="model-set__changes">
                  {changes.map(([name, value]) => (
                    <li key={name}>
                      <code>{name}</code>: {number(value)} <span className="model-set__base">({t('model.theories.baseline', { base: number(scenario.params[name] ?? Number.NaN) })})</span>
                    </li>
                  ))}
                </ul>
              )}
              {set.assumption && <AssumptionNote text={set.assumption} />}
              <CitationList citations={set.sources} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
