// The working form of a game: a GameState unpacked into mutable fields, scores in a number array, and a frame the
// compiled rules read. step() unpacks a state, applies one action and packs the result; the driver (drive.ts) and
// monteCarlo keep one Sim for a whole game and pack only the final state. Both run the same code, so both give the
// same bytes.
import { compileScenario, type CompiledScenario, type StrategyInfo, type YearProgram } from './compile.ts';
import type { TermPrograms } from './program-cache.ts';
import { Frame } from './expressions.ts';
import { numbers, readRecord, recordFrom } from './slots.ts';
import { paramsFor } from './params.ts';
import { sfc32Into } from './random.ts';
import type { Scenario } from './scenario-types.ts';
import type { Change, EventOccurrence, GameSetup, GameState, PendingEvent, Phase, Scores, TermState, YearRecord } from './types.ts';

/** A year record while its game is being played; only the Sim that made it may mutate it. */
export type WorkingRecord = {
  readonly year: number;
  readonly term: number;
  readonly yearOfTerm: number;
  readonly strategy: string;
  readonly posture: string;
  readonly party: string;
  changes: Change[];
  events: EventOccurrence[];
  scores: Readonly<Scores>;
};

export class ProgramMemo {
  term: TermState | null = null;
  previousParty = '';
  programs: TermPrograms | null = null;
  posture = '';
  previousPosture = '';
  previousStrategy = '';
  program: YearProgram | null = null;
}

export class Sim {
  declare readonly c: CompiledScenario;
  declare readonly frame: Frame;
  /** False for games whose records need no changes (Monte Carlo without a callback): the results are identical. */
  ledger = true;

  // The GameState's fields, unpacked.
  declare readonly schemaVersion: 1;
  declare readonly scenarioId: string;
  declare readonly scenarioVersion: number;
  declare readonly setup: GameSetup;
  /** sfc32 state. */
  declare ra: number;
  declare rb: number;
  declare rc: number;
  declare rd: number;
  declare phase: Phase;
  declare termIndex: number;
  declare year: number;
  declare terms: TermState[];
  /** Current scores by slot (see ScenarioIndex.scoreKeys). */
  declare readonly cur: number[];
  /** The scores record matching `cur`, or null when `cur` has moved since it was built. */
  declare scoresObj: Readonly<Scores> | null;
  declare readonly initialScores: Readonly<Scores>;
  declare flags: Readonly<Record<string, number>>;
  declare readonly eventCounts: number[];
  declare readonly eventLastYear: number[];
  declare lastStrategy: string | null;
  declare lastPosture: string;
  declare yearsInStrategy: number;
  declare pendingEvents: PendingEvent[];
  declare readonly history: YearRecord[];

  /** The last history record was made by this Sim and is shared with no state: it may be changed in place. */
  lastOwned = false;
  /** The last record's scores lag behind `cur` (its year has events to answer, or answered since). */
  lastDirty = false;
  /** The last record's changes are the `changes` scratch array (its year has events to answer). */
  lastOpen = false;
  /** The term whose start scores `frame.ts` holds, -1 for none. */
  termStartOf = -1;
  /** Scratch space for a year's uniforms, by event (see keyed-draws.ts); only the draws the year's program made are current. */
  declare readonly draws: number[];
  /** The key of the year being resolved (see keyed-draws.ts). */
  yearKey = 0;
  /** Frame slot of each of the scenario's random channels, in order. */
  declare readonly channelSlots: readonly number[];
  declare readonly yearRandom: number[];
  declare readonly noRandom: number[];
  /** The last year's program and what it was chosen for. */
  readonly memo = new ProgramMemo();
  /** Scratch: the changes of the year being resolved, the first `changeCount` of them (copied to an array of the right length when the year is settled). */
  readonly changes: Change[] = [];
  changeCount = 0;
  /** Scratch: the events that happened this year and their indices, the first `happenedCount` of each. */
  readonly occurred: EventOccurrence[] = [];
  readonly happened: number[] = [];
  happenedCount = 0;
  /** The strategy of `termInfoOf`'s decision. */
  termInfoOf: TermState | null = null;
  termInfo: StrategyInfo | undefined = undefined;

  /** `owned`: the state is fresh and nobody else holds it, so its arrays can be taken over instead of copied. */
  constructor(scenario: Scenario, state: GameState, owned = false) {
    const c = compileScenario(scenario, paramsFor(scenario, state.setup));
    this.c = c;
    const frame = new Frame(c.symbols);
    this.frame = frame;
    this.schemaVersion = state.schemaVersion;
    this.scenarioId = state.scenarioId;
    this.scenarioVersion = state.scenarioVersion;
    this.setup = state.setup;
    // Kept as int32 (the same bits): the generator's arithmetic stays in 32-bit integers.
    const [ra, rb, rc, rd] = state.rng;
    this.ra = ra | 0;
    this.rb = rb | 0;
    this.rc = rc | 0;
    this.rd = rd | 0;
    this.phase = state.phase;
    this.termIndex = state.termIndex;
    this.year = state.year;
    const take = <T>(list: readonly T[]): T[] => (owned ? (list as T[]) : list.slice());
    this.terms = take(state.terms);
    const keys = c.scoreKeys;
    this.cur = numbers(keys.length, 0);
    readRecord(state.scores, keys, this.cur);
    this.scoresObj = state.scores;
    this.initialScores = state.initialScores;
    this.flags = state.flags;
    const flagIds = c.flagIds;
    for (let i = 0; i < flagIds.length; i++) frame.flags[i] = state.flags[flagIds[i] as string] ?? Number.NaN;
    this.eventCounts = take(state.eventCounts);
    this.eventLastYear = take(state.eventLastYear);
    this.lastStrategy = state.lastStrategy;
    this.lastPosture = state.lastPosture;
    this.yearsInStrategy = state.yearsInStrategy;
    this.pendingEvents = take(state.pendingEvents);
    this.history = take(state.history);
    this.draws = c.noDraws.slice();
    this.channelSlots = c.channelSlots;
    this.yearRandom = frame.random;
    this.noRandom = numbers(frame.random.length, 0);
    frame.counts = this.eventCounts;
    frame.lastYear = this.eventLastYear;
    frame.params = c.params;
    frame.theory = state.setup.theory;
    frame.usPosture = state.setup.usPosture;
  }
}

/** A scores record from values by slot, keys in the scenario's order. */
export function scoresRecord(sim: Sim, values: readonly number[]): Scores {
  return recordFrom(sim.c.scoreTemplate, sim.c.scoreKeys, values);
}

/** The scores record for `cur`, built at most once per change. */
export function currentScores(sim: Sim): Readonly<Scores> {
  return (sim.scoresObj ??= scoresRecord(sim, sim.cur));
}

/** Brings the last record up to date after answers: its own changes array, its scores (once per year). */
export function settle(sim: Sim): void {
  if (!sim.lastDirty) return;
  sim.lastDirty = false;
  const last = sim.history[sim.history.length - 1] as WorkingRecord | undefined;
  if (!last) return;
  if (sim.lastOpen) {
    sim.lastOpen = false;
    last.changes = sim.changes.slice(0, sim.changeCount);
  }
  // `cur` has not moved since the answers, so the record and the state can share one scores object.
  last.scores = currentScores(sim);
}

/** The last record, safe to change: copied first when a state may share it. */
export function ownLast(sim: Sim): WorkingRecord | undefined {
  const i = sim.history.length - 1;
  const last = sim.history[i];
  if (!last) return undefined;
  if (sim.lastOwned) return last as WorkingRecord;
  const copy: WorkingRecord = { ...last, changes: last.changes.slice(), events: last.events.slice() };
  sim.history[i] = copy;
  sim.lastOwned = true;
  return copy;
}

/** Scores when term `termIndex` began: those after the last year before its first recorded year, or the start. */
function termStartRecord(sim: Sim, termIndex: number): Readonly<Scores> {
  settle(sim);
  const history = sim.history;
  let startIndex = history.length;
  while (startIndex > 0 && history[startIndex - 1]?.term === termIndex) startIndex--;
  return startIndex === 0 ? sim.initialScores : (history[startIndex - 1]?.scores ?? sim.initialScores);
}

/** Fills `out` with the start scores of a term, by slot. */
export function termStartInto(sim: Sim, termIndex: number, out: number[]): void {
  readRecord(termStartRecord(sim, termIndex), sim.c.scoreKeys, out);
}

/**
 * Makes `frame.ts` hold the start scores of the current term. Once a term has a recorded year its start can no longer
 * change, so the value is reused for the rest of the term.
 */
export function loadTermStart(sim: Sim): void {
  const last = sim.history[sim.history.length - 1];
  if (sim.termStartOf === sim.termIndex && last !== undefined && last.term === sim.termIndex) return;
  termStartInto(sim, sim.termIndex, sim.frame.ts);
  sim.termStartOf = sim.termIndex;
}

/** Draws `count` uniforms in [0, 1) into `out` (the same sequence as drawUniforms). */
export function drawInto(sim: Sim, out: number[], count: number): void {
  sfc32Into(sim, out, count);
}

/** The state the Sim stands for. Hands the Sim's arrays over: afterwards the Sim must not be used. */
export function toState(sim: Sim): GameState {
  settle(sim);
  return {
    schemaVersion: sim.schemaVersion,
    scenarioId: sim.scenarioId,
    scenarioVersion: sim.scenarioVersion,
    setup: sim.setup,
    rng: [sim.ra >>> 0, sim.rb >>> 0, sim.rc >>> 0, sim.rd >>> 0],
    phase: sim.phase,
    termIndex: sim.termIndex,
    year: sim.year,
    terms: sim.terms,
    scores: currentScores(sim),
    initialScores: sim.initialScores,
    flags: sim.flags,
    eventCounts: sim.eventCounts,
    eventLastYear: sim.eventLastYear,
    lastStrategy: sim.lastStrategy,
    lastPosture: sim.lastPosture,
    yearsInStrategy: sim.yearsInStrategy,
    pendingEvents: sim.pendingEvents,
    history: sim.history,
  };
}
