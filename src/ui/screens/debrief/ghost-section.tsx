// The roads not taken: for each sexenio the player chose, every other strategy played from the same state and seed
// for that sexenio alone, drawn faintly beside what happened, with the difference at the sexenio's end.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ghostRuns, ghostYear, headlineIds, recordOf, strategyIds, type GameState, type GhostRun, type Scenario } from '../../../engine/index.ts';
import { termNumber } from '../../../state/selectors.ts';
import { GhostChart } from './ghost-chart.tsx';
import { GhostTable } from './ghost-table.tsx';

type Props = { readonly scenario: Scenario; readonly game: GameState };

/** A term's own run and its ghosts; `score` is the one the chart and table read (the main score). */
export type TermGhosts = { readonly term: number; readonly strategy: string; readonly score: string; readonly own: GhostRun; readonly ghosts: readonly GhostRun[] };

export function termGhosts(scenario: Scenario, game: GameState): TermGhosts[] {
  const record = recordOf(game);
  const ids = headlineIds(scenario);
  const score = ids[0] ?? '';
  const pick = (year: number, s: Readonly<Record<string, number>>) => ghostYear(ids, year, s);
  return game.terms.flatMap((term): TermGhosts[] => {
    const strategy = term.decision?.strategy;
    if (!strategy || term.decision?.by !== 'player') return [];
    const ghosts = ghostRuns(scenario, record, term.index, strategyIds(scenario).filter((s) => s !== strategy));
    const records = game.history.filter((r) => r.term === term.index);
    const i = records[0] ? game.history.indexOf(records[0]) : -1;
    const before = (i > 0 ? game.history[i - 1]?.scores : undefined) ?? game.initialScores;
    const own: GhostRun = { strategy, start: pick(term.startYear - 1, before), years: records.map((r) => pick(r.year, r.scores)) };
    return [{ term: term.index, strategy, score, own, ghosts }];
  });
}

export function GhostSection({ scenario, game }: Props) {
  const { t } = useTranslation();
  const terms = useMemo(() => termGhosts(scenario, game), [scenario, game]);
  if (terms.length === 0) return null;
  return (
    <section aria-labelledby="ghosts-title" className="debrief__ghosts" data-testid="ghosts">
      <h2 id="ghosts-title">{t('debriefPlus.ghostsTitle')}</h2>
      <p className="debrief__note">{t('debriefPlus.ghostsNote')}</p>
      <div className="ghosts">
        {terms.map((g) => {
          const term = game.terms[g.term];
          if (!term) return null;
          const label = term.prologue ? t('debrief.prologue') : t('debrief.termN', { n: termNumber(game, term) });
          const years = `${term.startYear}–${term.startYear + term.years - 1}`;
          return (
            <div key={g.term} className="ghosts__term" data-term={g.term}>
              <h3 className="ghosts__title">{t('debriefPlus.ghostsTerm', { term: label, years, strategy: g.strategy })}</h3>
              <GhostChart data={g} label={t('debriefPlus.ghostsChartLabel', { term: label })} />
              <GhostTable data={g} caption={t('debriefPlus.ghostsCaption', { term: label })} />
            </div>
          );
        })}
      </div>
    </section>
  );
}
