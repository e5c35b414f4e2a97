// The roads not taken: for each sexenio the player chose, every other strategy played from the same state and seed
// for that sexenio alone, drawn faintly beside what happened, with the difference at the sexenio's end.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { actionsOf, allStrategies, ghostRuns, type Action, type GameState, type GhostRun, type GhostYear, type Scenario } from '../../../engine/index.ts';
import { termNumber } from '../../../state/selectors.ts';
import { GhostChart } from './ghost-chart.tsx';
import { GhostTable } from './ghost-table.tsx';

type Props = { readonly scenario: Scenario; readonly game: GameState; readonly actions: readonly Action[] };

export type TermGhosts = { readonly term: number; readonly strategy: string; readonly own: GhostRun; readonly ghosts: readonly GhostRun[] };

/** The game's actions: the store's when they replay this game, else rebuilt from the state (a restored run). */
function resolveActions(scenario: Scenario, game: GameState, actions: readonly Action[]): readonly Action[] {
  if (actions.length > 0) return actions;
  const rebuilt = actionsOf(scenario, game);
  return rebuilt.ok ? rebuilt.value : [];
}

export function termGhosts(scenario: Scenario, game: GameState, actions: readonly Action[]): TermGhosts[] {
  const all = resolveActions(scenario, game, actions);
  const pick = (year: number, s: Readonly<Record<string, number>>): GhostYear => ({ year, cooperation: s['cooperation'] ?? 0, sedena: s['sedena'] ?? 0, semar: s['semar'] ?? 0 });
  return game.terms.flatMap((term): TermGhosts[] => {
    const strategy = term.decision?.strategy;
    if (!strategy || term.decision?.by !== 'player') return [];
    const ghosts = ghostRuns(scenario, game.setup, all, term.index, allStrategies(scenario).filter((s) => s !== strategy));
    const records = game.history.filter((r) => r.term === term.index);
    const i = records[0] ? game.history.indexOf(records[0]) : -1;
    const before = (i > 0 ? game.history[i - 1]?.scores : undefined) ?? game.initialScores;
    const own: GhostRun = { strategy, start: pick(term.startYear - 1, before), years: records.map((r) => pick(r.year, r.scores)) };
    return [{ term: term.index, strategy, own, ghosts }];
  });
}

export function GhostSection({ scenario, game, actions }: Props) {
  const { t } = useTranslation();
  const terms = useMemo(() => termGhosts(scenario, game, actions), [scenario, game, actions]);
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
