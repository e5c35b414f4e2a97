// Every factor, grouped (structural, drivers, …), with a search box and an "assumptions only" filter, so that 43
// factors stay easy to get through. Filtering happens here in the browser.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactorGroup, Scenario } from '../../../engine/index.ts';
import type { ModelCatalog } from '../../../content/model-catalog.ts';
import { selectLocale } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { ModelFactor } from './model-factor.tsx';
import { hasAssumption, matches, searchText } from './model-text.ts';

export const GROUP_ORDER: readonly FactorGroup[] = ['structural', 'driver', 'durability', 'shock', 'society', 'us', 'succession'];

type Props = { readonly scenario: Scenario; readonly catalog: ModelCatalog; readonly number: (v: number) => string; readonly headingId: string };

export function ModelFactors({ scenario, catalog, number, headingId }: Props) {
  const { t } = useTranslation();
  const locale = useGameStore(selectLocale);
  const uid = useId();
  const [query, setQuery] = useState('');
  const [onlyAssumptions, setOnlyAssumptions] = useState(false);
  const deferred = useDeferredValue(query);
  const index = useMemo(() => catalog.factors.map((entry) => ({ entry, text: searchText(entry, locale, t(`model.groups.${entry.factor.group}`)) })), [catalog, locale, t]);
  const shown = index.filter((x) => matches(x.text, deferred) && (!onlyAssumptions || hasAssumption(x.entry)));
  const total = catalog.factors.length;
  const groups = GROUP_ORDER.map((g) => ({ group: g, items: shown.filter((x) => x.entry.factor.group === g) })).filter((g) => g.items.length > 0);
  // Factors of a group the list does not know (a new scenario) are still shown, at the end.
  const other = shown.filter((x) => !GROUP_ORDER.includes(x.entry.factor.group));
  const filtering = deferred.trim() !== '' || onlyAssumptions;

  return (
    <section className="model-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('model.factors.title', { n: total })}</h2>
      <p className="model-section__intro">{t('model.factors.intro')}</p>
      <div className="model-filter" role="search">
        <div className="model-filter__field">
          <label htmlFor={`${uid}-q`}>{t('model.factors.filter')}</label>
          <div className="model-filter__row">
            <input id={`${uid}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${uid}-hint ${uid}-count`} autoComplete="off" spellCheck={false} />
            {query !== '' && (
              <button type="button" className="button button--quiet" onClick={() => setQuery('')}>
                {t('model.factors.clear')}
              </button>
            )}
          </div>
          <p id={`${uid}-hint`} className="model-filter__hint">
            {t('model.factors.filterHint')}
          </p>
        </div>
        <label className="check">
          <input type="checkbox" checked={onlyAssumptions} onChange={(e) => setOnlyAssumptions(e.target.checked)} />
          <span>{t('model.factors.onlyAssumptions')}</span>
        </label>
        <p id={`${uid}-count`} className="model-filter__count" role="status">
          {filtering ? (shown.length === 0 && deferred.trim() !== '' ? t('model.factors.none', { query: deferred.trim() }) : t('model.factors.showing', { shown: shown.length, total })) : ''}
        </p>
      </div>
      {groups.map(({ group, items }) => (
        <div key={group} className="model-group" data-group={group}>
          <h3>
            {t(`model.groups.${group}`)} <span className="model-group__count">({items.length})</span>
          </h3>
          <div className="model-group__list">
            {items.map(({ entry }) => (
              <ModelFactor key={entry.factor.id} scenario={scenario} entry={entry} number={number} />
            ))}
          </div>
        </div>
      ))}
      {other.length > 0 && (
        <div className="model-group">
          <div className="model-group__list">
            {other.map(({ entry }) => (
              <ModelFactor key={entry.factor.id} scenario={scenario} entry={entry} number={number} />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
