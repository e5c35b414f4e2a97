import type { AimId } from './aims.ts';
import type { RngState } from './random.ts';

export type Scores = Record<string, number>;

/** One entry of the ledger: every number that moves is recorded here, and only here. */
export type Change = {
  readonly target: string;
  readonly delta: number;
  readonly factor: string;
  /** A rule id, or `event:<id>` / `event:<id>:<choice>` for event effects, or `derived:cooperation`. */
  readonly rule: string;
  readonly event?: string;
};

export type EventOccurrence = { readonly id: string; readonly choice?: string };

export type YearRecord = {
  readonly year: number;
  readonly term: number;
  readonly yearOfTerm: number;
  readonly strategy: string;
  readonly posture: string;
  readonly party: string;
  readonly changes: readonly Change[];
  readonly events: readonly EventOccurrence[];
  /** Scores after the year resolved. */
  readonly scores: Readonly<Scores>;
};

export type StartPoint = '2012' | '2006';

/** Who chooses after the player's first term. */
export type SuccessionMode = 'player' | 'model';

export type GameSetup = {
  readonly seed: number;
  readonly start: StartPoint;
  readonly theory: string;
  readonly usPosture: string;
  readonly succession: SuccessionMode;
  /** Option ids the player may pick; empty means all. */
  readonly allowedOptions: readonly string[];
  /** Drawn events on (the default) or off; scripted history always happens. Each draw is keyed by its event, so turning them off changes no other luck. */
  readonly randomEvents: boolean;
  /** Hot-seat mode: a second team plays the US side and picks Downie's recommendations as levers each term. */
  readonly twoTeam: boolean;
  /** Replays what really happened from 2013 (the history's dated events happen); absent in every player's game. */
  readonly realCourse?: true | undefined;
  /** The player's aims, most important first (see aims.ts); absent when they did not rank them. Never read by the model. */
  readonly priorities?: readonly AimId[] | undefined;
  /**
   * Changed assumptions: parameter name to value, overriding the scenario, theory and US posture (a model lab's or a
   * class's variant). Absent in the standard model; only the scenario's own parameter names, within their ranges.
   */
  readonly variant?: Readonly<Record<string, number>> | undefined;
};

export type TermDecision = {
  readonly strategy: string;
  readonly party: string;
  readonly levers: readonly string[];
  /** Who made it: the player, history (the prologue), or the succession model. */
  readonly by: 'player' | 'history' | 'model';
  /** The player named the party (rather than leaving it to the election); only present when true. */
  readonly partyChosen?: true;
  readonly rationale?: string;
  readonly forecast?: 'rise' | 'fall';
};

export type TermState = {
  readonly index: number;
  readonly startYear: number;
  readonly years: number;
  readonly prologue: boolean;
  readonly decision: TermDecision | null;
  /** Two uniforms drawn when the term began, for the party and the successor's strategy, whoever decides. */
  readonly draws: readonly [number, number];
};

export type Phase = 'choosing' | 'playing' | 'event' | 'term-end' | 'finished';

export type PendingEvent = { readonly id: string; readonly year: number };

export type GameState = {
  readonly schemaVersion: 1;
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  readonly setup: GameSetup;
  readonly rng: RngState;
  readonly phase: Phase;
  readonly termIndex: number;
  /** Last resolved year; the year before the first simulated year at the start. */
  readonly year: number;
  readonly terms: readonly TermState[];
  readonly scores: Readonly<Scores>;
  readonly initialScores: Readonly<Scores>;
  /** Flag id → year it was set. */
  readonly flags: Readonly<Record<string, number>>;
  /** Per event, in scenario order: how many times it happened, and the last year it did (-1: never). */
  readonly eventCounts: readonly number[];
  readonly eventLastYear: readonly number[];
  /** Strategy and posture of the last resolved year, and how many consecutive years that strategy has run. */
  readonly lastStrategy: string | null;
  readonly lastPosture: string;
  readonly yearsInStrategy: number;
  /** Events of the last resolved year that still wait for the player's answer, first in front. */
  readonly pendingEvents: readonly PendingEvent[];
  readonly history: readonly YearRecord[];
};

export type Action =
  | {
      readonly type: 'strategy/chosen';
      readonly strategy: string;
      readonly party?: string;
      readonly levers?: readonly string[];
      readonly rationale?: string;
      readonly forecast?: 'rise' | 'fall';
    }
  | { readonly type: 'year/advanced' }
  | { readonly type: 'event/answered'; readonly choice: string }
  | { readonly type: 'term/closed' };

export type RuleViolation = { readonly code: string; readonly message: string };

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
