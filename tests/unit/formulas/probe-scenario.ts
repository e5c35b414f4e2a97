// A scenario for probing formulas: the mini scenario with scores, parameters, flags, events, levers and channels for
// random formulas to read, and one rule whose condition and amount are the formulas under test.
import fc from 'fast-check';
import type { CompareOp, Condition, EventDef, Expr, Scenario } from '../../../src/engine/index.ts';
import { miniScenario } from '../../fixtures/mini-scenario.ts';

export const SCORES = ['sedena', 'semar', 'publicSupport', 'violence'] as const;
export const PARAMS = { rate: 0.25, lift: 3, zero: 0, big: 1e6 } as const;
export const FLAGS = ['reform', 'treaty'] as const;
export const EVENTS = ['quake', 'leak'] as const;
export const LEVERS = ['linkages', 'aid'] as const;
export const CHANNELS = ['noise', 'mood'] as const;
export const POSTURES = ['military-lead', 'military-support', 'halt'] as const;

const t = (s: string) => ({ en: s, es: s });
const cite = miniScenario.factors[0]?.sources ?? [];

const event = (id: string, sets: readonly string[] = []): EventDef => ({ id, factor: 'mandate', title: t(id), body: t(id), sources: cite, probability: 0, effects: [], ...(sets.length > 0 ? { sets } : {}) });

/** The probe scenario with `when` and `amount` as its one rule (scores `probe` and `hit` record what it did). */
export function probeScenario(amount: Expr, when?: Condition): Scenario {
  return {
    ...miniScenario,
    scores: [
      ...miniScenario.scores,
      { id: 'probe', label: t('probe'), description: t('probe'), min: -1e300, max: 1e300, format: 'index' },
      { id: 'hit', label: t('hit'), description: t('hit'), min: -1e300, max: 1e300, format: 'index' },
    ],
    params: { ...PARAMS },
    randomChannels: [...CHANNELS],
    usLevers: LEVERS.map((id) => ({ id, label: t(id), description: t(id), sources: cite })),
    events: [event('quake', ['reform']), event('leak', ['treaty'])],
    rules: [
      { id: 'probe-amount', factor: 'mandate', effects: [{ target: 'probe', amount }], explain: t('probe') },
      { id: 'probe-when', factor: 'mandate', ...(when ? { when } : {}), effects: [{ target: 'hit', amount: 1 }], explain: t('probe') },
    ],
  };
}

const number = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(0.5, -0.25, 100, 1e-3), fc.double({ min: -50, max: 50, noNaN: true }));
const numericFact = fc.constantFrom<string>(...SCORES, 'year', 'term', 'yearOfTerm', 'yearsInStrategy', ...FLAGS.map((f) => `since:${f}`), ...EVENTS.map((e) => `count:${e}`), ...EVENTS.map((e) => `eventSince:${e}`), ...SCORES.map((s) => `termChange:${s}`));
const op = fc.constantFrom<CompareOp>('eq', 'ne', 'lt', 'lte', 'gt', 'gte');

/** Random expression and condition trees over the probe scenario's names, a few levels deep. */
export const trees = fc.letrec<{ expr: Expr; cond: Condition }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    number,
    numericFact.map((fact): Expr => ({ fact })),
    fc.constantFrom(...Object.keys(PARAMS)).map((param): Expr => ({ param })),
    fc.constantFrom(...CHANNELS).map((random): Expr => ({ random })),
    fc.array(tie('expr'), { minLength: 2, maxLength: 3 }).map((add): Expr => ({ add })),
    fc.array(tie('expr'), { minLength: 2, maxLength: 3 }).map((mul): Expr => ({ mul })),
    fc.tuple(tie('expr'), tie('expr')).map((sub): Expr => ({ sub })),
    fc.tuple(tie('expr'), tie('expr')).map((div): Expr => ({ div })),
    fc.array(tie('expr'), { minLength: 2, maxLength: 3 }).map((min): Expr => ({ min })),
    fc.array(tie('expr'), { minLength: 2, maxLength: 3 }).map((max): Expr => ({ max })),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map((clamp): Expr => ({ clamp })),
    fc.record({ if: tie('cond'), then: tie('expr'), else: tie('expr') }).map((e): Expr => e),
  ),
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ fact: numericFact, op, value: fc.oneof(number, fc.constantFrom(...Object.keys(PARAMS)).map((param) => ({ param }))) }).map((c): Condition => c),
    fc.record({ fact: fc.constantFrom('posture', 'previousPosture'), op: fc.constantFrom<CompareOp>('eq', 'ne'), value: fc.constantFrom(...POSTURES) }).map((c): Condition => c),
    fc.record({ fact: fc.constantFrom('posture', 'strategy'), in: fc.array(fc.constantFrom<string>(...POSTURES, 'A', 'B'), { minLength: 1, maxLength: 3 }) }).map((c): Condition => c),
    fc.record({ fact: fc.constantFrom('year', 'yearOfTerm'), in: fc.array(fc.integer({ min: 1, max: 2030 }), { minLength: 1, maxLength: 3 }) }).map((c): Condition => c),
    fc.record({ fact: fc.constantFrom(...FLAGS.map((f) => `flag:${f}`), ...LEVERS.map((l) => `lever:${l}`), 'postureChanged', 'prologue', 'realCourse'), op: fc.constantFrom<CompareOp>('eq', 'ne'), value: fc.boolean() }).map((c): Condition => c),
    fc.record({ compare: op, a: tie('expr'), b: tie('expr') }).map((c): Condition => c),
    fc.array(tie('cond'), { minLength: 1, maxLength: 3 }).map((all): Condition => ({ all })),
    fc.array(tie('cond'), { minLength: 1, maxLength: 3 }).map((any): Condition => ({ any })),
    tie('cond').map((not): Condition => ({ not })),
  ),
}));

/** Everything a formula can read, in readable form. */
export type ProbeFrame = {
  readonly scores: Readonly<Record<string, number>>;
  readonly termStart: Readonly<Record<string, number>>;
  readonly year: number;
  readonly term: number;
  readonly yearOfTerm: number;
  readonly yearsInStrategy: number;
  readonly posture: string;
  readonly previousPosture: string;
  readonly strategy: string;
  readonly prologue: boolean;
  readonly realCourse: boolean;
  /** Year each flag was set (absent: never). */
  readonly flags: Readonly<Record<string, number>>;
  readonly counts: Readonly<Record<string, number>>;
  /** Year each event last happened (absent: never). */
  readonly lastYear: Readonly<Record<string, number>>;
  readonly levers: readonly string[];
  readonly random: Readonly<Record<string, number>>;
};

const scoreRecord = fc.record(Object.fromEntries(SCORES.map((s) => [s, fc.double({ min: 0, max: 100, noNaN: true })])) as Record<(typeof SCORES)[number], fc.Arbitrary<number>>);

export const frames: fc.Arbitrary<ProbeFrame> = fc.record({
  scores: scoreRecord,
  termStart: scoreRecord,
  year: fc.integer({ min: 2013, max: 2030 }),
  term: fc.integer({ min: 1, max: 3 }),
  yearOfTerm: fc.integer({ min: 1, max: 6 }),
  yearsInStrategy: fc.integer({ min: 1, max: 18 }),
  posture: fc.constantFrom(...POSTURES),
  previousPosture: fc.constantFrom(...POSTURES),
  strategy: fc.constantFrom('A', 'B'),
  prologue: fc.boolean(),
  realCourse: fc.boolean(),
  flags: fc.dictionary(fc.constantFrom(...FLAGS), fc.integer({ min: 2007, max: 2012 })),
  counts: fc.record({ quake: fc.integer({ min: 0, max: 3 }), leak: fc.integer({ min: 0, max: 3 }) }),
  lastYear: fc.dictionary(fc.constantFrom(...EVENTS), fc.integer({ min: 2007, max: 2012 })),
  levers: fc.subarray([...LEVERS]),
  random: fc.record({ noise: fc.double({ min: 0, max: 0.9999, noNaN: true }), mood: fc.double({ min: 0, max: 0.9999, noNaN: true }) }),
});
