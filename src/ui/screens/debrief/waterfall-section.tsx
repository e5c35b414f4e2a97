// Factor waterfalls, one per sexenio: start, what each factor added or removed, end. The bars sum to the change.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameState, Scenario, ScoreDef } from '../../../engine/index.ts';
import { termNumber } from '../../../state/selectors.ts';
import { waterfalls } from './debrief-data.ts';
import { WaterfallChart } from './waterfall-chart.tsx';

type Props = { readonly scenario: Scenario; readonly game: GameState; readonly def: ScoreDef };

export function WaterfallSection({ scenario, game, def }: Props) {
  const { t } = useTranslation();
  const falls = useMemo(() => waterfalls(game, def.id), [game, def.id]);
  const termLabel = (index: number) => {
    const term = game.terms[index];
    if (!term) return '';
    return term.prologue ? t('debrief.prologue') : t('debrief.termN', { n: termNumber(game, term) });
  };
  return (
    <section aria-labelledby="waterfall-title" className="debrief__waterfalls" data-testid="waterfalls">
      <h2 id="waterfall-title">{t('debriefPlus.waterfallTitle')}</h2>
      <p className="debrief__note">{t('debriefPlus.waterfallNote')}</p>
      <div className="waterfalls">
        {falls.map((w) => {
          const term = game.terms[w.term];
          const years = term ? `${term.startYear}–${term.startYear + term.years - 1}` : '';
          return <WaterfallChart key={w.term} scenario={scenario} def={def} waterfall={w} label={termLabel(w.term)} years={years} />;
        })}
      </div>
    </section>
  );
}
