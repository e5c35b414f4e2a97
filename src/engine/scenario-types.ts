// The shape of scenario content as the engine sees it. The zod schema in
// src/content/schema.ts validates JSON into exactly this shape.
import type { HistoryDef } from './history-types.ts';

export type { HistoryAdministration, HistoryFact, HistoryMeasure, ObservedValue, HistoryDef } from './history-types.ts';

export type LocalizedText = { readonly en: string; readonly es: string };

export type DocId = 'downie-2011' | 'deare-2009' | 'rodriguez-2007' | 'northcom-2011' | 'garza-2010';

/** A passage in one of the source documents: physical line numbers of the text file. */
export type DocCitation = {
  readonly doc: DocId;
  readonly section: string;
  readonly lines: readonly [number, number];
  /** A short phrase copied from those lines (tests check that it is really there). */
  readonly quote?: string | undefined;
};

/** A public source from after the documents (the real course from 2013): where and when it was published. */
export type WebCitation = {
  readonly title: string;
  readonly publisher: string;
  /** YYYY-MM-DD; YYYY-MM or YYYY when the page gives no more. */
  readonly date: string;
  readonly url: string;
  /** The language the page is written in, when it is not English. */
  readonly lang?: 'en' | 'es' | undefined;
  readonly quote?: string | undefined;
};

export type Citation = DocCitation | WebCitation;

export type Scalar = number | string | boolean;

/** A number computed from facts, parameters and the year's random channels. */
export type Expr =
  | number
  | { readonly fact: string }
  | { readonly param: string }
  | { readonly random: string }
  | { readonly add: readonly Expr[] }
  | { readonly sub: readonly [Expr, Expr] }
  | { readonly mul: readonly Expr[] }
  | { readonly div: readonly [Expr, Expr] }
  | { readonly min: readonly Expr[] }
  | { readonly max: readonly Expr[] }
  | { readonly clamp: readonly [Expr, Expr, Expr] }
  | { readonly if: Condition; readonly then: Expr; readonly else: Expr };

export type CompareOp = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte';

export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly fact: string; readonly op: CompareOp; readonly value: Scalar | { readonly param: string } }
  | { readonly fact: string; readonly in: readonly Scalar[] }
  /** Two numbers compared (a formula whose sides are not simply a fact and a constant). */
  | { readonly compare: CompareOp; readonly a: Expr; readonly b: Expr };

export type Effect = { readonly target: string; readonly amount: Expr };

export type ScoreDef = {
  readonly id: string;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly min: number;
  readonly max: number;
  readonly format: 'index' | 'count';
  /** Shown in the main meters (true) or only in the detail panels. */
  readonly headline?: boolean | undefined;
};

export type StartValue = {
  readonly value: number;
  readonly why: LocalizedText;
  readonly sources: readonly Citation[];
  readonly assumption?: LocalizedText | undefined;
};

export type StartDef = {
  /** First simulated year (the inauguration falls in December of the year before). */
  readonly firstYear: number;
  readonly scores: Readonly<Record<string, StartValue>>;
  readonly situation: LocalizedText;
  /** The course the outgoing government was on, so the first year knows what changed. */
  readonly previous?: { readonly strategy: string; readonly posture: string; readonly years: number } | undefined;
};

export type Posture = { readonly id: string; readonly label: LocalizedText; readonly description: LocalizedText };

export type StrategyPhase = {
  /** Counted in consecutive years under this strategy, 1-based, so a second B term is already past its transition. */
  readonly fromYear: number;
  readonly posture: string;
};

export type StrategyVariant = {
  readonly id: string;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly phases: readonly StrategyPhase[];
};

/**
 * A test of the situation when a term begins, for text that speaks to it: which term, what the player chose before,
 * and where a score stands. Every part given must hold.
 */
export type SituationTest = {
  readonly term?: readonly number[] | undefined;
  /** The strategy (or option) of the term before: "A", "C+LE", "C" matches both C variants. */
  readonly after?: readonly string[] | undefined;
  readonly score?: string | undefined;
  readonly below?: number | undefined;
  readonly above?: number | undefined;
};

/** Text for a situation: the first entry whose test holds is shown. */
export type SituationalText = { readonly when: SituationTest; readonly text: LocalizedText };

export type OptionDef = {
  readonly id: string;
  readonly name: LocalizedText;
  readonly short: LocalizedText;
  readonly description: LocalizedText;
  readonly advantages: readonly LocalizedText[];
  readonly disadvantages: readonly LocalizedText[];
  readonly outcome: LocalizedText;
  readonly sources: readonly Citation[];
  /** A strategy with no sub-choice has exactly one variant whose id is the option id. */
  readonly variants: readonly StrategyVariant[];
  readonly subChoicePrompt?: LocalizedText | undefined;
  /** A line on the card about the situation the term begins in. */
  readonly now?: readonly SituationalText[] | undefined;
};

export type FactorGroup = 'structural' | 'driver' | 'durability' | 'shock' | 'society' | 'us' | 'succession';

export type FactorDef = {
  readonly id: string;
  readonly group: FactorGroup;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly sources: readonly Citation[];
  /** Present when the documents are silent and the model extrapolates. */
  readonly assumption?: LocalizedText | undefined;
};

export type RuleDef = {
  readonly id: string;
  readonly factor: string;
  readonly when?: Condition | undefined;
  readonly effects: readonly Effect[];
  readonly explain: LocalizedText;
  /** Defaults to the factor's sources. */
  readonly sources?: readonly Citation[] | undefined;
  readonly assumption?: LocalizedText | undefined;
};

export type EventChoice = {
  readonly id: string;
  readonly label: LocalizedText;
  readonly explain: LocalizedText;
  readonly effects: readonly Effect[];
  readonly sets?: readonly string[] | undefined;
};

export type EventDef = {
  readonly id: string;
  readonly factor: string;
  readonly title: LocalizedText;
  readonly body: LocalizedText;
  readonly sources: readonly Citation[];
  readonly assumption?: LocalizedText | undefined;
  /** Scripted events happen in exactly this year (history); others are drawn. */
  readonly year?: number | undefined;
  readonly when?: Condition | undefined;
  /** Chance per year while `when` holds (0–1). Ignored for scripted events. */
  readonly probability?: Expr | undefined;
  readonly cooldown?: number | undefined;
  readonly maxTimes?: number | undefined;
  readonly effects: readonly Effect[];
  readonly sets?: readonly string[] | undefined;
  readonly choice?:
    | {
        readonly prompt: LocalizedText;
        readonly options: readonly EventChoice[];
        readonly default: string;
      }
    | undefined;
};

export type TermDef = { readonly startYear: number; readonly years: number };

export type ParamSet = {
  readonly id: string;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly params: Readonly<Record<string, number>>;
  readonly sources: readonly Citation[];
  readonly assumption?: LocalizedText | undefined;
};

/** What a named parameter means, the range it may take (a variant stays inside it), and what it rests on. */
export type ParameterDoc = {
  /** The factor it belongs to, to group by. */
  readonly factor: string;
  readonly label: LocalizedText;
  /** Its unit or meaning, short: "points a year". */
  readonly unit: LocalizedText;
  readonly min: number;
  readonly max: number;
  readonly sources?: readonly Citation[] | undefined;
  /** Present when the documents are silent and the value is the model's choice. */
  readonly assumption?: LocalizedText | undefined;
};

export type PartyDef = { readonly id: string; readonly name: LocalizedText; readonly sources: readonly Citation[] };

export type AdviceDef = {
  readonly text: LocalizedText;
  readonly sources: readonly Citation[];
  /** What the advisor says instead when the situation calls for it (first match). */
  readonly now?: readonly SituationalText[] | undefined;
};

export type AdvisorDef = {
  readonly id: string;
  readonly name: LocalizedText;
  readonly role: LocalizedText;
  /** Advice keyed by option id, or by strategy id ("C+LE") where the sub-choice changes it. */
  readonly advice: Readonly<Record<string, AdviceDef>>;
};

export type UsLeverDef = {
  readonly id: string;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly sources: readonly Citation[];
};

/** Weights (unnormalised) for drawing a successor's party and strategy; expressions over end-of-term facts. */
export type SuccessionDef = {
  readonly explain: LocalizedText;
  readonly sources: readonly Citation[];
  readonly partyWeights: Readonly<Record<string, Expr>>;
  readonly strategyWeights: Readonly<Record<string, Expr>>;
};

/** A question for the debrief, shown when the game used one of `options`, met one of `events`, or always. */
export type DiscussionPromptDef = {
  readonly id: string;
  readonly when: { readonly options?: readonly string[] | undefined; readonly events?: readonly string[] | undefined; readonly always?: boolean | undefined };
  readonly question: LocalizedText;
  readonly context: LocalizedText;
  readonly sources: readonly Citation[];
};

export type PrologueDef = {
  readonly term: TermDef;
  readonly strategy: string;
  readonly party: string;
  readonly start: StartDef;
  readonly intro: LocalizedText;
};

export type Scenario = {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly scores: readonly ScoreDef[];
  readonly cooperation: {
    readonly weights: Readonly<Record<string, number>>;
    readonly explain: LocalizedText;
    readonly sources: readonly Citation[];
    readonly assumption?: LocalizedText | undefined;
  };
  readonly start: StartDef;
  readonly terms: readonly TermDef[];
  readonly prologue?: PrologueDef | undefined;
  readonly params: Readonly<Record<string, number>>;
  /** Documentation of every parameter (parameters.json); the engine never reads it. */
  readonly parameters: Readonly<Record<string, ParameterDoc>>;
  readonly randomChannels: readonly string[];
  readonly postures: readonly Posture[];
  readonly options: readonly OptionDef[];
  readonly parties: readonly PartyDef[];
  readonly theories: readonly ParamSet[];
  readonly defaultTheory: string;
  readonly usPostures: readonly ParamSet[];
  readonly defaultUsPosture: string;
  readonly usLevers: readonly UsLeverDef[];
  readonly usLeverBudget: number;
  readonly succession?: SuccessionDef | undefined;
  readonly advisors: readonly AdvisorDef[];
  readonly factors: readonly FactorDef[];
  readonly rules: readonly RuleDef[];
  readonly events: readonly EventDef[];
  readonly discussionPrompts?: readonly DiscussionPromptDef[] | undefined;
  /** What really happened after 2012 (history.json), when the scenario has it. */
  readonly history?: HistoryDef | undefined;
};
