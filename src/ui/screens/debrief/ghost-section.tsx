// The roads not taken: for each sexenio the player chose, every other strategy played from the same state and seed
// for that sexenio alone, drawn faintly beside what happened. A switch picks the outcome the charts draw
// (cooperation, deaths per year, public support); each table has all of them.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ghostRuns, ghostYear, recordOf, strategyIds, type GameState, type GhostRun, type Scenario } from '../../../engine/index.ts';
import { termNumber } from '../../../state/selectors.ts';
import { GhostChart } from './ghost-chart.tsx';
import { MeasureSwitch } from './measure-switch.tsx';
import { OutcomeTable } from './outcome-table.tsx';
import { outcomeRow, outcomeScoreIds, outcomesOf, type OutcomeId } from './outcomes.ts';
import './outcomes.css';

type Props = { readonly scenario: Scenario; readonly game: GameState };

/** A term's own run and its ghosts, each year carrying the outcome scores (see outcomeScoreIds). */
export type TermGhosts = { readonly term: number; readonly strategy: string; readonly own: GhostRun; readonly ghosts: readonly GhostRun[] };

export function termGhosts(scenario: Scenario, game: GameState): TermGhosts[] {
  const record = recordOf(game);
  const ids = outcomeScoreIds(scenario);
  const pick = (year: number, s: Readonly<Record<string, number>>) => ghostYear(ids, year, s);
  return game.terms.flatMap((term): TermGhosts[] => {
    const strategy = term.decision?.strategy;
    if (!strategy || term.decision?.by !== 'player') return [];
    const ghosts = ghostRuns(scenario, record, term.index, strategyIds(scenario).filter((s) => s !== strategy), ids);
    const records = game.history.filter((r) => r.term === term.index);
    const i = records[0] ? game.history.indexOf(records[0]) : -1;
    const before = (i > 0 ? game.history[i - 1]?.scores : undefined) ?? game.initialScores;
    const own: GhostRun = { strategy, start: pick(term.startYear - 1, before), years: records.map((r) => pick(r.year, r.scores)) };
    return [{ term: term.index, strategy, own, ghosts }];
  });
}

export function GhostSection({ scenario, game }: Props) {
  const { t } = useTranslation();
  const terms = useMemo(() => termGhosts(scenario, game), [scenario, game]);
  const outcomes = useMemo(() => outcomesOf(scenario), [scenario]);
  const [measure, setMeasure] = useState<OutcomeId>('cooperation');
  const shown = outcomes.find((o) => o.id === measure) ?? outcomes[0];
  if (terms.length === 0 || !shown) return null;
  return (
    <section aria-labelledby="ghosts-title" className="debrief__ghosts" data-testid="ghosts">
      <h2 id="ghosts-title">{t('debriefPlus.ghostsTitle')}</h2>
      <p className="debrief__note">{t('outcomes.ghostsNote')}</p>
      <MeasureSwitch
        legend={t('outcomes.chartShows')}
        options={outcomes.map((o) => ({ id: o.id, label: t(`outcomes.perYear.${o.id}`) }))}
        value={shown.id}
        onChange={setMeasure}
        testId="ghosts-measure"
      />
      <div className="ghosts">
        {terms.map((g) => {
          const term = game.terms[g.term];
          if (!term) return null;
          const label = term.prologue ? t('debrief.prologue') : t('debrief.termN', { n: termNumber(game, term) });
          const years = `${term.startYear}–${term.startYear + term.years - 1}`;
          const rows = [g.own, ...g.ghosts].map((run) => outcomeRow(scenario, run.strategy, run.years));
          return (
            <div key={g.term} className="ghosts__term" data-term={g.term}>
              <h3 className="ghosts__title">{t('debriefPlus.ghostsTerm', { term: label, years, strategy: g.strategy })}</h3>
              <GhostChart data={g} def={shown.def} label={t('outcomes.ghostsChartLabel', { term: label, measure: t(`outcomes.perYear.${shown.id}`) })} />
              <div className="table-wrap" role="region" aria-label={t('outcomes.ghostsCaption', { term: label })} tabIndex={0}>
                <OutcomeTable
                  scenario={scenario}
                  rows={rows}
                  ownId={g.strategy}
                  rowLabel={(r) => (r.id === g.strategy ? t('debriefPlus.ghostsYours', { strategy: r.id }) : r.id)}
                  caption={t('outcomes.ghostsCaption', { term: label })}
                  span={years}
                  className="ghost-table"
                />
              </div>
            </div>
          );
        })}
      </div>
    </section>
  );
}
