// Overall cooperation with SEDENA and SEMAR side by side.
import { useTranslation } from 'react-i18next';
import type { ScoreView } from '../../../state/selectors.ts';
import { ScoreMeter } from '../../components/score-meter/score-meter.tsx';

type Props = { readonly scores: readonly ScoreView[]; readonly hasChange: boolean };

export function HeadlineMeters({ scores, hasChange }: Props) {
  const { t } = useTranslation();
  return (
    <section className="year-meters" aria-labelledby="meters-title">
      <h2 id="meters-title" className="sr-only">
        {t('year.meters')}
      </h2>
      {scores.map((s) => (
        <ScoreMeter key={s.def.id} def={s.def} value={s.value} previous={s.previous} delta={s.delta} hasChange={hasChange} />
      ))}
    </section>
  );
}
