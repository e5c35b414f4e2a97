// One factor as a disclosure: its name, how many rules and events give it force, and an assumption mark in the
// summary; inside, what it moves, each rule with its numbers and sources, its events, and its own sources. The
// inside is built the first time it is opened, so 43 factors stay quick to render and to filter.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, Scenario } from '../../../engine/index.ts';
import type { CatalogFactor } from '../../../content/model-catalog.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { hasAssumption } from './model-text.ts';

type Props = { readonly scenario: Scenario; readonly entry: CatalogFactor; readonly number: (v: number) => string };

export function AssumptionNote({ text }: { readonly text: LocalizedText }) {
  const { t } = useTranslation();
  const content = useContent();
  return (
    <p className="model-assumption">
      <span className="model-badge model-badge--assumption">{t('model.assumption')}</span> {content(text)}
    </p>
  );
}

export function ModelFactor({ scenario, entry, number }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const [opened, setOpened] = useState(false);
  const { factor, rules, events, targets } = entry;
  const contextOnly = rules.length === 0 && events.length === 0;
  const scoreLabel = (id: string) => content(scenario.scores.find((s) => s.id === id)?.label) || id;
  const base = scenario.params;

  return (
    <details className="model-factor" data-factor={factor.id} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="model-factor__summary">
        <span className="model-factor__name">{content(factor.label)}</span>
        <span className="model-factor__meta">
          {contextOnly ? (
            <span className="model-badge">{t('model.factors.contextOnly')}</span>
          ) : (
            <span>
              {[rules.length > 0 ? t('model.factors.rules', { count: rules.length }) : null, events.length > 0 ? t('model.factors.events', { count: events.length }) : null].filter(Boolean).join(' · ')}
            </span>
          )}
          {hasAssumption(entry) && <span className="model-badge model-badge--assumption">{t('model.assumption')}</span>}
        </span>
      </summary>
      {opened && (
        <div className="model-factor__body">
          <p className="model-factor__description">{content(factor.description)}</p>
          {factor.assumption && <AssumptionNote text={factor.assumption} />}
          {contextOnly ? (
            <p className="model-factor__context">{t('model.factors.contextOnlyText')}</p>
          ) : (
            <p className="model-factor__moves">
              <strong>{t('model.factors.moves')}</strong> {targets.length > 0 ? targets.map(scoreLabel).join(', ') : t('model.factors.movesNone')}
            </p>
          )}
          {rules.length > 0 && (
            <section className="model-factor__part">
              <h4>{t('model.factors.rulesTitle', { n: rules.length })}</h4>
              <ul className="model-rules">
                {rules.map((r) => (
                  <li key={r.rule.id} className="model-rule" data-rule={r.rule.id}>
                    <p className="model-rule__explain">{content(r.rule.explain)}</p>
                    <p className="model-rule__targets">
                      <strong>{t('model.factors.moves')}</strong> {r.targets.map(scoreLabel).join(', ')}
                    </p>
                    {r.params.length > 0 ? (
                      <div className="model-params">
                        <p className="model-params__title">{t('model.factors.params')}</p>
                        <dl>
                          {r.params.map((p) => {
                            const changed = base[p.name] !== undefined && base[p.name] !== p.value;
                            return (
                              <div key={p.name} className={changed ? 'model-params__item model-params__item--changed' : 'model-params__item'}>
                                <dt>
                                  <code>{p.name}</code>
                                </dt>
                                <dd>
                                  {number(p.value)}
                                  {changed && <span className="model-params__note"> ({t('model.factors.changed', { base: number(base[p.name] ?? Number.NaN) })})</span>}
                                </dd>
                              </div>
                            );
                          })}
                        </dl>
                      </div>
                    ) : (
                      <p className="model-params__none">{t('model.factors.paramsNone')}</p>
                    )}
                    {r.rule.assumption && <AssumptionNote text={r.rule.assumption} />}
                    <CitationList citations={r.sources} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {events.length > 0 && (
            <section className="model-factor__part">
              <h4>{t('model.factors.eventsTitle', { n: events.length })}</h4>
              <ul className="model-events">
                {events.map((e) => (
                  <li key={e.id} className="model-event" data-event={e.id}>
                    <p className="model-event__title">
                      <strong>{content(e.title)}</strong>{' '}
                      <span className="model-event__when">
                        ({e.year !== undefined ? t('model.factors.scripted', { year: e.year }) : t('model.factors.drawn')}
                        {e.choice ? `; ${t('model.factors.asksPlayer')}` : ''})
                      </span>
                    </p>
                    {e.assumption && <AssumptionNote text={e.assumption} />}
                    <CitationList citations={e.sources} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <CitationList citations={factor.sources} label={t('model.factors.factorSources')} />
        </div>
      )}
    </details>
  );
}
