// The scenario format. Data from scenarios/*.json becomes typed values only through these schemas.
import { z } from './zod.ts';

export const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase kebab-case');
export const StrategyToken = z.string().regex(/^[A-Z](\+[A-Z]+)?$/, 'strategy ids look like "A" or "C+LE"');

export const LocalizedTextSchema = z.strictObject({ en: nonEmpty, es: nonEmpty });

export const DocIdSchema = z.enum(['downie-2011', 'deare-2009', 'rodriguez-2007', 'northcom-2011', 'garza-2010']);

export const DocCitationSchema = z
  .strictObject({
    doc: DocIdSchema,
    section: nonEmpty,
    lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    quote: nonEmpty.max(200, 'quote only short phrases').optional(),
  })
  .refine((c) => c.lines[0] <= c.lines[1], { message: 'lines must run from first to last', path: ['lines'] });

/** A public source after the documents end: read it where it was published; nothing is fetched from it. */
export const WebCitationSchema = z.strictObject({
  title: nonEmpty,
  publisher: nonEmpty,
  date: z.string().regex(/^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'dates are YYYY-MM-DD, YYYY-MM, or YYYY for a page that shows only its year'),
  url: z.string().regex(/^https?:\/\/[^\s"<>]+$/, 'an http(s) address without spaces'),
  lang: z.enum(['en', 'es']).optional(),
  quote: nonEmpty.max(200, 'quote only short phrases').optional(),
});

export const CitationSchema = z.union([DocCitationSchema, WebCitationSchema]);

const Sources = z.array(CitationSchema).min(1, 'at least one citation');

// Amounts and conditions are formulas: text read by src/content/formula (see "Expressions" in scenarios/README.md).
// The schema sees only that they are text (or, for an amount, a plain number); names and types are checked once the
// whole scenario is known.
const FormulaText = z.string().trim().min(1, 'must not be empty');
export const ConditionFormulaSchema = FormulaText.describe("A condition formula, e.g. \"posture == 'halt' and yearsInStrategy >= 2\" (see scenarios/README.md, Expressions).");
export const AmountFormulaSchema = z
  .union([z.number().finite(), FormulaText])
  .describe('A number, or a formula that gives one, e.g. "actRate * (actTarget - activities)" (see scenarios/README.md, Expressions).');

const EffectSchema = z.strictObject({ target: nonEmpty, amount: AmountFormulaSchema });

const ScoreId = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'score ids are camelCase');

const ScoreDefSchema = z.strictObject({
  id: ScoreId,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
  min: z.number(),
  max: z.number(),
  format: z.enum(['index', 'count']),
  headline: z.boolean().optional(),
});

const StartValueSchema = z.strictObject({
  value: z.number().finite(),
  why: LocalizedTextSchema,
  sources: Sources,
  assumption: LocalizedTextSchema.optional(),
});

const StartSchema = z.strictObject({
  firstYear: z.number().int(),
  scores: z.record(z.string(), StartValueSchema),
  situation: LocalizedTextSchema,
  previous: z.strictObject({ strategy: nonEmpty, posture: nonEmpty, years: z.number().int().nonnegative() }).optional(),
});

const TermSchema = z.strictObject({ startYear: z.number().int(), years: z.number().int().min(1).max(10) });

/** What one named number of the model means, the range a reader of the sources could argue for, and its basis. */
export const ParameterDocSchema = z
  .strictObject({
    factor: Id.describe('The factor (factors.json) the parameter belongs to, to group by.'),
    label: LocalizedTextSchema,
    unit: LocalizedTextSchema.describe('Its unit or meaning, short: "points a year", "share of the gap closed per year".'),
    min: z.number().finite(),
    max: z.number().finite(),
    sources: Sources.optional(),
    assumption: LocalizedTextSchema.optional().describe('Where the documents are silent: the model\'s choice, said in words.'),
  })
  .refine((d) => d.min < d.max, { message: 'min must be below max', path: ['min'] })
  .refine((d) => d.sources !== undefined || d.assumption !== undefined, { message: 'give its basis: sources, an assumption, or both', path: ['sources'] });

const ParamSetSchema = z.strictObject({
  id: Id,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
  params: z.record(z.string(), z.number().finite()),
  formulas: z
    .record(z.string(), FormulaText)
    .optional()
    .describe('Named formulas: a name stands for its formula in any other formula, e.g. "success": "clamp(publicSupport / 100, 0, 1)".'),
  sources: Sources,
  assumption: LocalizedTextSchema.optional(),
});

const SituationalSchema = z.strictObject({
  when: z
    .strictObject({
      term: z.array(z.number().int().min(1)).min(1).optional(),
      after: z.array(StrategyToken).min(1).optional(),
      score: ScoreId.optional(),
      below: z.number().optional(),
      above: z.number().optional(),
    })
    .describe('Every part given must hold when the term begins: its number, the strategy of the term before, a score below or above a value.'),
  text: LocalizedTextSchema,
});

const OptionSchema = z.strictObject({
  id: z.string().regex(/^[A-Z]$/, 'option ids are one capital letter'),
  name: LocalizedTextSchema,
  short: LocalizedTextSchema,
  description: LocalizedTextSchema,
  advantages: z.array(LocalizedTextSchema).min(1),
  disadvantages: z.array(LocalizedTextSchema).min(1),
  outcome: LocalizedTextSchema,
  sources: Sources,
  now: z.array(SituationalSchema).optional(),
  variants: z
    .array(
      z.strictObject({
        id: StrategyToken,
        label: LocalizedTextSchema,
        description: LocalizedTextSchema,
        phases: z.array(z.strictObject({ fromYear: z.number().int().min(1), posture: Id })).min(1),
      }),
    )
    .min(1),
  subChoicePrompt: LocalizedTextSchema.optional(),
});

const FactorSchema = z.strictObject({
  id: Id,
  group: z.enum(['structural', 'driver', 'durability', 'shock', 'society', 'us', 'succession']),
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
  sources: Sources,
  assumption: LocalizedTextSchema.optional(),
});

const RuleSchema = z.strictObject({
  id: Id,
  factor: Id,
  when: ConditionFormulaSchema.optional(),
  effects: z.array(EffectSchema).min(1),
  explain: LocalizedTextSchema,
  sources: Sources.optional(),
  assumption: LocalizedTextSchema.optional(),
});

export const EventSchema = z.strictObject({
  id: Id,
  factor: Id,
  title: LocalizedTextSchema,
  body: LocalizedTextSchema,
  sources: Sources,
  assumption: LocalizedTextSchema.optional(),
  year: z.number().int().optional(),
  when: ConditionFormulaSchema.optional(),
  probability: AmountFormulaSchema.optional(),
  cooldown: z.number().int().nonnegative().optional(),
  maxTimes: z.number().int().positive().optional(),
  effects: z.array(EffectSchema),
  sets: z.array(Id).optional(),
  choice: z
    .strictObject({
      prompt: LocalizedTextSchema,
      options: z
        .array(
          z.strictObject({
            id: Id,
            label: LocalizedTextSchema,
            explain: LocalizedTextSchema,
            effects: z.array(EffectSchema),
            sets: z.array(Id).optional(),
          }),
        )
        .min(2),
      default: Id,
    })
    .optional(),
});

// The real course after the documents (history.json): governments, dated facts, observed series and the events
// that play them in the model. Every fact carries public sources with title, publisher, date and address.
const DateText = z.string().regex(/^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'dates are YYYY-MM-DD, YYYY-MM or YYYY');
const WebSources = z.array(WebCitationSchema).min(1, 'at least one public source');

export const HistorySchema = z.strictObject({
  intro: LocalizedTextSchema,
  lastYear: z.number().int(),
  administrations: z
    .array(
      z.strictObject({
        id: Id,
        president: nonEmpty,
        realParty: nonEmpty,
        party: z.string().regex(/^[A-Z]+$/, 'a party id of the scenario, like "PRI"'),
        took: DateText,
        left: DateText.optional(),
        strategy: StrategyToken,
        summary: LocalizedTextSchema,
        mapping: LocalizedTextSchema,
        sources: WebSources,
      }),
    )
    .min(1),
  facts: z
    .array(
      z.strictObject({
        id: Id,
        date: DateText,
        bearing: z.enum(['cooperation', 'violence', 'policy', 'institutions']),
        title: LocalizedTextSchema,
        summary: LocalizedTextSchema,
        sources: WebSources,
        event: Id.optional(),
      }),
    )
    .min(1),
  measures: z.array(
    z.strictObject({
      id: Id,
      label: LocalizedTextSchema,
      description: LocalizedTextSchema,
      comparedWith: z.string().optional(),
      comparison: LocalizedTextSchema.optional(),
    }),
  ),
  observed: z.array(
    z.strictObject({
      year: z.number().int(),
      measure: Id,
      value: z.number().finite(),
      source: WebCitationSchema,
      note: LocalizedTextSchema.optional(),
    }),
  ),
  questions: z.array(LocalizedTextSchema).min(1),
  events: z.array(EventSchema.refine((e) => e.year !== undefined, { message: 'a real event happens in a given year', path: ['year'] })),
});

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id: Id,
  version: z.number().int().positive(),
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  scores: z.array(ScoreDefSchema).min(1),
  cooperation: z.strictObject({
    weights: z.record(z.string(), z.number().positive()),
    explain: LocalizedTextSchema,
    sources: Sources,
    assumption: LocalizedTextSchema.optional(),
  }),
  start: StartSchema,
  terms: z.array(TermSchema).min(1),
  prologue: z
    .strictObject({ term: TermSchema, strategy: StrategyToken, party: nonEmpty, start: StartSchema, intro: LocalizedTextSchema })
    .optional(),
  params: z.record(z.string(), z.number().finite()),
  parameters: z.record(z.string(), ParameterDocSchema).describe('Every name in params documented (parameters.json): meaning, range and basis.'),
  formulas: z
    .record(z.string(), FormulaText)
    .optional()
    .describe('Named formulas: a name stands for its formula in any other formula, e.g. "success": "clamp(publicSupport / 100, 0, 1)".'),
  randomChannels: z.array(nonEmpty),
  postures: z.array(z.strictObject({ id: Id, label: LocalizedTextSchema, description: LocalizedTextSchema })).min(1),
  options: z.array(OptionSchema).min(1),
  parties: z.array(z.strictObject({ id: z.string().regex(/^[A-Z]+$/), name: LocalizedTextSchema, sources: Sources })).min(1),
  theories: z.array(ParamSetSchema).min(1),
  defaultTheory: Id,
  usPostures: z.array(ParamSetSchema).min(1),
  defaultUsPosture: Id,
  usLevers: z.array(z.strictObject({ id: Id, label: LocalizedTextSchema, description: LocalizedTextSchema, sources: Sources })),
  usLeverBudget: z.number().int().nonnegative(),
  succession: z
    .strictObject({
      explain: LocalizedTextSchema,
      sources: Sources,
      partyWeights: z.record(z.string(), AmountFormulaSchema),
      strategyWeights: z.record(z.string(), AmountFormulaSchema),
    })
    .optional(),
  advisors: z.array(
    z.strictObject({
      id: Id,
      name: LocalizedTextSchema,
      role: LocalizedTextSchema,
      advice: z.record(z.string(), z.strictObject({ text: LocalizedTextSchema, sources: Sources, now: z.array(SituationalSchema).optional() })),
    }),
  ),
  factors: z.array(FactorSchema).min(1),
  rules: z.array(RuleSchema),
  events: z.array(EventSchema),
  history: HistorySchema.optional(),
  discussionPrompts: z
    .array(
      z.strictObject({
        id: Id,
        when: z.strictObject({ options: z.array(StrategyToken).min(1).optional(), events: z.array(Id).min(1).optional(), always: z.boolean().optional() }),
        question: LocalizedTextSchema,
        context: LocalizedTextSchema,
        sources: Sources,
      }),
    )
    .optional(),
});

/** A scenario as its files hold it: the engine's Scenario with formulas still as text (see formula/scenario-formulas.ts). */
export type ScenarioSource = Omit<z.infer<typeof ScenarioSchema>, '$schema'>;
