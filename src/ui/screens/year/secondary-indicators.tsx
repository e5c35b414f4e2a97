// The other stocks and indicators the model tracks: institutions, ties, public support, violence, …
import { useTranslation } from 'react-i18next';
import type { ScoreView } from '../../../state/selectors.ts';
import { Indicator } from '../../components/indicator/indicator.tsx';

type Props = { readonly scores: readonly ScoreView[]; readonly hasChange: boolean };

export function SecondaryIndicators({ scores, hasChange }: Props) {
  const { t } = useTranslation();
  return (
    <section className="year-indicators" aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('year.indicators')}</h2>
      <dl className="year-indicators__grid">
        {scores.map((s) => (
          <Indicator key={s.def.id} def={s.def} value={s.value} delta={s.delta} hasChange={hasChange} />
        ))}
      </dl>
    </section>
  );
}
