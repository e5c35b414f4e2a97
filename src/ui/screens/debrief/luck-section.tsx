// Luck versus choice: the player's decisions over many seeds, beside each fixed path, as histograms of one outcome at a
// time (final cooperation, deaths over the game, final public support). Runs in a worker (this module and the worker
// load lazily); progress shown, cancellable, announced.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { recordOf, type Decision, type GameState, type Scenario } from '../../../engine/index.ts';
import { useGameStore } from '../../../state/store.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { LUCK_PROTOCOL, type LuckPath, type LuckPathResult, type LuckRequest } from '../../../workers/luck-protocol.ts';
import { LuckResults } from './luck-results.tsx';
import { outcomeRequest, outcomeRuns, varianceShares } from './luck-stats.ts';
import { outcomesOf, outcomeValue, type Outcome, type OutcomeId } from './outcomes.ts';
import { purePaths, YOURS } from './tradeoff-data.ts';
import { useLuck } from './use-luck.ts';

export const LUCK_RUNS = 1000;

type Props = { readonly scenario: Scenario; readonly game: GameState };

/**
 * The player's path (their decisions as the game's record holds them, a party only where they chose it, without
 * their notes) and each fixed path (AAA, BBB, …) the set-up allows, as long as the game.
 */
export function luckPaths(scenario: Scenario, game: GameState): LuckPath[] {
  const mine = recordOf(game).decisions.map(({ rationale: _r, forecast: _f, ...d }): Decision => d);
  const fixed = purePaths(scenario, game).map((p) => ({ id: p.strategy, decisions: p.decisions }));
  return mine.length === 0 ? [] : [{ id: YOURS, decisions: mine }, ...fixed];
}

export default function LuckSection({ scenario, game }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useGameStore((s) => s.announce);
  const { state, start, cancel } = useLuck();
  const paths = useMemo(() => luckPaths(scenario, game), [scenario, game]);
  const outcomes = useMemo(() => outcomesOf(scenario), [scenario]);
  const request = useMemo<LuckRequest>(
    () => ({ type: 'run', version: LUCK_PROTOCOL, scenario, setup: game.setup, paths, runs: LUCK_RUNS, ...outcomeRequest(outcomes) }),
    [scenario, game.setup, paths, outcomes],
  );
  const own = useMemo(
    () => Object.fromEntries(outcomes.map((o) => [o.id, outcomeValue(o, game.history)])) as Record<OutcomeId, number>,
    [outcomes, game.history],
  );
  const announced = useRef(false);

  useEffect(() => {
    if (paths.length > 0) start(request);
  }, [start, request, paths.length]);

  const yours = state.results.find((r) => r.id === YOURS);
  useEffect(() => {
    if (state.status !== 'done' || announced.current) return;
    announced.current = true;
    const main = outcomes[0];
    if (main) announce(t('debriefPlus.luckAnnounce', { ...sharesText(state.results, main) }));
  }, [state.status, state.results, outcomes, announce, t]);

  if (paths.length === 0) return null;
  const running = state.status === 'running';
  const pathLabel = (id: string) =>
    id === YOURS ? t('debriefPlus.luckYourPath', { path: paths[0]?.decisions.map((d) => d.strategy).join(' · ') ?? '' }) : t('debriefPlus.luckPath', { path: id });

  return (
    <section
      aria-labelledby="luck-title"
      className="debrief__luck print-hide"
      data-testid="luck"
      data-status={state.status}
      data-luck-ms={yours ? Math.round(yours.ms) : undefined}
      data-total-ms={state.ms !== null ? Math.round(state.ms) : undefined}
    >
      <h2 id="luck-title">{t('debriefPlus.luckTitle')}</h2>
      <p className="debrief__note">{t('outcomes.luckNote', { runs: f.integer(LUCK_RUNS) })}</p>
      <div className="luck__controls">
        {running ? (
          <>
            <progress className="luck__progress" max={state.total} value={state.done} aria-labelledby="luck-progress-text" />
            <span id="luck-progress-text">{t('debriefPlus.luckRunning', { done: f.integer(state.done), total: f.integer(state.total) })}</span>
            <button type="button" className="button button--quiet" onClick={cancel}>
              {t('debriefPlus.luckCancel')}
            </button>
          </>
        ) : (
          <>
            {state.status === 'done' && state.ms !== null && (
              <span>{t('debriefPlus.luckDone', { games: f.integer(state.total), seconds: (state.ms / 1000).toLocaleString(f.tag, { maximumFractionDigits: 1 }) })}</span>
            )}
            {state.status === 'cancelled' && <span>{t('debriefPlus.luckCancelled')}</span>}
            {state.status === 'unsupported' && <span>{t('debriefPlus.luckUnsupported')}</span>}
            {state.status === 'error' && <span role="alert">{t('debriefPlus.luckFailed', { message: state.error ?? '' })}</span>}
            {/* The same seeds give the same results, so a finished run has nothing to run again: restart only what stopped. */}
            {(state.status === 'cancelled' || state.status === 'error') && (
              <button type="button" className="button button--quiet" onClick={() => start(request)}>
                {t('debriefPlus.luckRerun')}
              </button>
            )}
          </>
        )}
      </div>
      <LuckResults results={state.results} complete={state.status === 'done'} outcomes={outcomes} own={own} pathLabel={pathLabel} />
    </section>
  );
}

/** The choice and luck shares of one outcome as whole percentages, from the finished paths. */
export function sharesText(results: readonly LuckPathResult[], outcome: Outcome): { choice: number; luck: number } {
  const { choice } = varianceShares(results.map((r) => outcomeRuns(r, outcome)));
  const pct = Math.round(choice * 100);
  return { choice: pct, luck: 100 - pct };
}
