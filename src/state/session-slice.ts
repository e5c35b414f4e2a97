// The current game: the scenario, the engine state and every action taken (seed + actions = the game).
// Store actions call the engine's step; a refused action leaves the game unchanged and keeps the reason.
import type { StateCreator } from 'zustand';
import type * as EngineModule from '../engine/index.ts';
import type { Action, AimId, Decision, GameSetup, GameState, RuleViolation, Scenario, StartPoint } from '../engine/index.ts';
import { keepPreviousSave, SAVE_KEY } from './save-slice.ts';
import { removeStored } from './storage.ts';
import type { GameStore } from './store.ts';

export type Screen = 'title' | 'briefing' | 'choice' | 'year' | 'summary' | 'debrief' | 'instructors' | 'class-setup' | 'dashboard';

/** The engine functions the store calls. They arrive with the scenarios (a chunk loaded after the first paint), so the
 * engine is not part of the JavaScript the title screen waits for; nothing can start before the scenarios are in. */
export type EngineApi = Pick<typeof EngineModule, 'createGame' | 'defaultSetup' | 'step'>;

export type LoadedContent = { readonly scenarios: readonly Scenario[]; readonly errors: readonly string[]; readonly engine: EngineApi | null };

export type SessionSlice = {
  /** 'loading' until the scenario files (a separate chunk) are loaded and validated. */
  readonly contentStatus: 'loading' | 'ready';
  readonly scenarios: readonly Scenario[];
  readonly engine: EngineApi | null;
  readonly loadErrors: readonly string[];
  readonly scenario: Scenario | null;
  readonly game: GameState | null;
  readonly actions: readonly Action[];
  readonly screen: Screen;
  readonly lastError: RuleViolation | null;
  /** A shared run opened from a run code: its debrief is shown read-only. */
  readonly readOnly: boolean;
  loadContent: (content: LoadedContent) => void;
  /** `setup` overrides the default set-up (one-term mode, two teams, …); seed and start always come from the first two arguments. */
  startGame: (start: StartPoint, seed?: number, setup?: Partial<GameSetup>) => void;
  /** From the briefing: to the strategy choice, or straight into the prologue's first year. `priorities` is the
   * player's ranking of their aims (kept in the set-up, read by the debrief only); without it, none is kept. */
  leaveBriefing: (priorities?: readonly AimId[]) => void;
  chooseStrategy: (decision: Decision) => void;
  advanceYear: () => void;
  answerEvent: (choice: string) => void;
  showSummary: () => void;
  closeTerm: () => void;
  playAgain: () => void;
  clearError: () => void;
};

export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

export function screenForPhase(game: GameState): Screen {
  switch (game.phase) {
    case 'choosing':
      return 'choice';
    case 'finished':
      return 'debrief';
    default:
      return 'year';
  }
}

export const createSessionSlice: StateCreator<GameStore, [], [], SessionSlice> = (set, get) => {
  /** Steps the engine; returns the new state, or null (and records why) when the engine refuses. */
  const apply = (action: Action): GameState | null => {
    const { game, scenario, actions, engine } = get();
    if (!game || !scenario || !engine) return null;
    const result = engine.step(game, action, scenario);
    if (!result.ok) {
      set({ lastError: result.error });
      return null;
    }
    set({ game: result.value, actions: [...actions, action], lastError: null });
    return result.value;
  };

  return {
    contentStatus: 'loading',
    scenarios: [],
    engine: null,
    loadErrors: [],
    scenario: null,
    game: null,
    actions: [],
    screen: 'title',
    lastError: null,
    readOnly: false,
    loadContent: ({ scenarios, errors, engine }) =>
      set({ contentStatus: 'ready', scenarios, engine, loadErrors: errors, scenario: errors.length === 0 ? (scenarios[0] ?? null) : null }),
    startGame: (start, seed = randomSeed(), setup = {}) => {
      const { scenario, engine } = get();
      if (!scenario || !engine) return;
      const wanted = start === '2006' && scenario.prologue ? '2006' : '2012';
      const game = engine.createGame(scenario, engine.defaultSetup(scenario, { ...setup, seed, start: wanted }));
      keepPreviousSave();
      // Auto-play starts off: each year waits for the player, who can turn it on (P).
      set({ game, actions: [], screen: 'briefing', lastError: null, readOnly: false, whyOpen: false, modelOpen: false, historyOpen: false, autoPlay: false });
    },
    leaveBriefing: (priorities) => {
      const { game } = get();
      if (!game) return;
      // The ranking belongs to the start: it is set only before any year has been played.
      if (game.history.length > 0) return set({ screen: screenForPhase(game) });
      const { priorities: _old, ...setup } = game.setup;
      const ranked = { ...game, setup: priorities ? { ...setup, priorities: [...priorities] } : setup };
      set({ game: ranked, screen: screenForPhase(ranked) });
    },
    chooseStrategy: (decision) => {
      const next = apply({ type: 'strategy/chosen', ...decision });
      if (next) set({ screen: 'year', whyOpen: false });
    },
    advanceYear: () => {
      apply({ type: 'year/advanced' });
    },
    answerEvent: (choice) => {
      apply({ type: 'event/answered', choice });
    },
    showSummary: () => {
      if (get().game?.phase === 'term-end') set({ screen: 'summary', whyOpen: false });
    },
    closeTerm: () => {
      const next = apply({ type: 'term/closed' });
      if (next) set({ screen: screenForPhase(next) });
    },
    playAgain: () => {
      // The finished game leaves storage (it lives on as a run code if shared), so a reload opens the title.
      removeStored(SAVE_KEY);
      set({ game: null, actions: [], screen: 'title', lastError: null, readOnly: false, whyOpen: false, historyOpen: false });
    },
    clearError: () => set({ lastError: null }),
  };
};
