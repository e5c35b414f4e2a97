// Every name a formula can read, in one table: lowering (ir.ts), the year program's registers (vm-code.ts), the
// content checker (src/content/formula) and the "Expressions" section of scenarios/README.md all come from here.
// Adding a fact: an entry below, a field of the same name on Frame (expressions.ts), and the line that sets it when a
// year is resolved (setCalendar in resolve-year.ts; succession.ts for what a successor sees).

export type FactType = 'number' | 'boolean' | 'string';

/** The discrete facts of a year, known when a year's program is compiled (see KnownFacts in ir.ts). */
export type DiscreteFacts = {
  readonly strategy: string;
  readonly option: string;
  readonly party: string;
  readonly posture: string;
  readonly previousPosture: string;
  readonly prologue: boolean;
  readonly realCourse: boolean;
  readonly previousStrategy: string;
  readonly previousParty: string;
  readonly theory: string;
  readonly usPosture: string;
};

type Doc = { readonly doc: string; readonly example: string };

/** Numbers of the calendar: they change every year, so they are read when the year runs. */
export const NUMBER_FACTS = {
  year: { doc: 'The year being resolved (2013 is the first year after the December 2012 inauguration).', example: 'year >= 2019' },
  term: { doc: 'The sexenio being played: 1, 2 or 3 (0 during the 2006–2012 prologue).', example: 'term == 1' },
  yearOfTerm: { doc: 'The year within the sexenio, 1 to 6.', example: 'yearOfTerm == 1' },
  yearsInStrategy: { doc: 'Consecutive years under the current strategy, counting across terms (1 in its first year).', example: 'yearsInStrategy >= 4' },
} as const satisfies Record<string, Doc>;

/** Text facts: known when a year's program is compiled, so tests on them cost nothing when a game runs. */
export const STRING_FACTS = {
  strategy: { doc: 'The strategy in force: A, B, C, C+LE or D.', example: "strategy == 'C+LE'" },
  option: { doc: 'The option of that strategy (C+LE belongs to option C).', example: "option in ['C', 'D']" },
  party: { doc: "The president's party.", example: "party == 'PRI'" },
  posture: { doc: "The military's posture this year, from the strategy's phases (see options.json).", example: "posture == 'halt'" },
  previousPosture: { doc: 'Last year’s posture.', example: "previousPosture == 'military-lead'" },
  previousStrategy: { doc: 'The strategy of the term before (or of the outgoing government in the first term).', example: "previousStrategy == 'A'" },
  previousParty: { doc: 'The party of the term before ("none" in the first term).', example: "previousParty == 'PAN'" },
  theory: { doc: 'The theory in force (a named set of parameters).', example: "theory == 'reversion'" },
  usPosture: { doc: 'The US posture in force (a named set of parameters).', example: "usPosture == 'slow-aid'" },
} as const satisfies Record<Exclude<keyof DiscreteFacts, 'prologue' | 'realCourse'>, Doc>;

/** Yes-or-no facts, also known when a year's program is compiled. */
export const BOOLEAN_FACTS = {
  postureChanged: { doc: 'The posture differs from last year’s.', example: 'postureChanged' },
  prologue: { doc: 'The year belongs to the 2006–2012 prologue.', example: 'not prologue' },
  realCourse: { doc: 'The game replays what really happened from 2013 (history.json): its dated events happen only then.', example: 'realCourse' },
} as const satisfies Record<string, Doc>;

export type NumberFact = keyof typeof NUMBER_FACTS;
export type StringFact = keyof typeof STRING_FACTS;
export type BooleanFact = keyof typeof BOOLEAN_FACTS;

/** The value of a yes-or-no fact when the discrete facts are known. */
export function knownBoolean(name: BooleanFact, known: DiscreteFacts): boolean {
  if (name === 'prologue') return known.prologue;
  if (name === 'realCourse') return known.realCourse;
  return known.posture !== known.previousPosture;
}

/** What a fact function's argument names. */
export type Namespace = 'flag' | 'event' | 'lever' | 'score' | 'channel';

/** Facts about one named thing, written `name('id')`. */
export const FACT_FUNCTIONS = {
  flag: { of: 'flag', type: 'boolean', doc: 'A flag set by an event (its `sets`) has been set.', example: "flag('senate-approval')" },
  since: { of: 'flag', type: 'number', doc: 'Years since the flag was set (99 if it never was).', example: "since('senate-approval') >= 2" },
  count: { of: 'event', type: 'number', doc: 'How many times the event has happened so far.', example: "count('combined-exercise') == 0" },
  eventSince: { of: 'event', type: 'number', doc: 'Years since the event last happened (99 if it never did).', example: "eventSince('ambassador-row') <= 2" },
  lever: { of: 'lever', type: 'boolean', doc: 'The US team chose this lever for the term (two-team mode).', example: "lever('institutionalize-linkages')" },
  termChange: { of: 'score', type: 'number', doc: 'How far the score has moved since the term began.', example: "termChange('violence') > 0" },
  random: { of: 'channel', type: 'number', doc: 'This year’s draw for a random channel, in [0, 1): keyed by seed, year and channel.', example: "random('violence') - 0.5" },
} as const satisfies Record<string, { readonly of: Namespace; readonly type: FactType } & Doc>;

export type FactFunction = keyof typeof FACT_FUNCTIONS;

const has = (table: object, name: string): boolean => Object.prototype.hasOwnProperty.call(table, name);
export const isNumberFact = (name: string): name is NumberFact => has(NUMBER_FACTS, name);
export const isStringFact = (name: string): name is StringFact => has(STRING_FACTS, name);
export const isBooleanFact = (name: string): name is BooleanFact => has(BOOLEAN_FACTS, name);
export const isFactFunction = (name: string): name is FactFunction => has(FACT_FUNCTIONS, name);

/** The type of a built-in fact, or undefined when the name is not one. */
export function builtInType(name: string): FactType | undefined {
  if (isNumberFact(name)) return 'number';
  if (isStringFact(name)) return 'string';
  if (isBooleanFact(name)) return 'boolean';
  return undefined;
}

/**
 * The calendar numbers in register order (the year program loads them first). Written out rather than computed so that
 * the engine stays free of top-level work (bundlers then keep it off the start path); the type below checks it lists
 * every number fact.
 */
export const NUMBER_FACT_NAMES = ['year', 'term', 'yearOfTerm', 'yearsInStrategy'] as const satisfies readonly NumberFact[];
export const NUMBER_FACT_COUNT = 4;
type Unlisted = Exclude<NumberFact, (typeof NUMBER_FACT_NAMES)[number]>;
export const allNumberFactsListed: [Unlisted] extends [never] ? (typeof NUMBER_FACT_NAMES)['length'] extends typeof NUMBER_FACT_COUNT ? true : never : never = true;
