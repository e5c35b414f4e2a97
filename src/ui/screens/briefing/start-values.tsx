// The starting values of every score, with why the model starts there and the passages that say so.
import { useTranslation } from 'react-i18next';
import type { Scenario, ScoreDef, Scores, StartDef } from '../../../engine/index.ts';
import { orderedScores } from '../../../state/selectors.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { PUBLIC_OUTCOMES } from '../../lib/public-outcomes.ts';
import { useFormat } from '../../i18n/use-format.ts';

type Props = { readonly scenario: Scenario; readonly start: StartDef; readonly scores: Scores };

export function StartValues({ scenario, start, scores }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  // The cooperation scores, deaths and public support open the game; the model's other stocks wait one click away.
  const all = orderedScores(scenario);
  const front = all.filter((d) => d.headline === true || PUBLIC_OUTCOMES.includes(d.id));
  const rest = all.filter((d) => !front.includes(d));
  const item = (def: ScoreDef) => {
    const value = start.scores[def.id];
    const shown = scores[def.id] ?? value?.value ?? 0;
    return (
      <li key={def.id} className={`start-value${def.headline ? ' start-value--headline' : ''}`} data-score={def.id}>
        <h3 className="start-value__head">
          <span className="start-value__label">{content(def.label)}</span>
          <span className="start-value__number">{def.format === 'count' ? f.value(def, shown) : f.whole(def, shown)}</span>
        </h3>
        <p className="start-value__why">{value ? content(value.why) : content(scenario.cooperation.explain)}</p>
        {value?.assumption && (
          <p className="start-value__assumption">
            <strong>{t('why.assumption')}</strong> {content(value.assumption)}
          </p>
        )}
        <CitationList citations={value?.sources ?? scenario.cooperation.sources} />
      </li>
    );
  };
  return (
    <section className="start-values" aria-labelledby="start-title">
      <h2 id="start-title">{t('briefing.start.title')}</h2>
      <p className="start-values__intro">{t('briefing.start.intro')}</p>
      <ul className="start-values__list">{front.map(item)}</ul>
      {rest.length > 0 && (
        <details className="start-values__more">
          <summary>{t('briefing.start.more', { n: rest.length })}</summary>
          <ul className="start-values__list">{rest.map(item)}</ul>
        </details>
      )}
    </section>
  );
}
