// The outcomes beside cooperation: deaths and public support in view, the model's other stocks one click away.
import { useTranslation } from 'react-i18next';
import type { ScoreView } from '../../../state/selectors.ts';
import { Indicator } from '../../components/indicator/indicator.tsx';
import { PUBLIC_OUTCOMES } from '../../lib/public-outcomes.ts';

type Props = { readonly scores: readonly ScoreView[]; readonly hasChange: boolean };

export function SecondaryIndicators({ scores, hasChange }: Props) {
  const { t } = useTranslation();
  const front = PUBLIC_OUTCOMES.flatMap((id) => scores.filter((s) => s.def.id === id));
  const rest = scores.filter((s) => !PUBLIC_OUTCOMES.includes(s.def.id));
  return (
    <section className="year-indicators" aria-labelledby="indicators-title">
      <h2 id="indicators-title" className="sr-only">
        {t('year.indicators')}
      </h2>
      <dl className="year-indicators__grid year-indicators__grid--front">
        {front.map((s) => (
          <Indicator key={s.def.id} def={s.def} value={s.value} delta={s.delta} hasChange={hasChange} />
        ))}
      </dl>
      {rest.length > 0 && (
        <details className="year-indicators__more">
          <summary>{t('year.moreIndicators', { n: rest.length })}</summary>
          <dl className="year-indicators__grid">
            {rest.map((s) => (
              <Indicator key={s.def.id} def={s.def} value={s.value} delta={s.delta} hasChange={hasChange} />
            ))}
          </dl>
        </details>
      )}
    </section>
  );
}
