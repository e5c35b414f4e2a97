// Class links: one set-up for a whole class, as `#class=SXC<version>.<body>.<check>`. Students who open it play
// exactly that set-up; with a seed per student, each draws a random seed when they start (kept in their run code).
// A link carries the fingerprint of the model content it was made with, so a student whose copy has other content
// is told so.
import { z } from './zod.ts';
import type { GameSetup, Result, Scenario } from '../engine/index.ts';
import { describeProblem, issueSummary, packCode, unpackCode, type CodeProblem } from './code-format.ts';
import { contentFingerprint, contentMatch, type ContentMatch } from './content-fingerprint.ts';
import { checkSetup, cleanText, contentSchema, findScenario, setupSchema } from './run-code.ts';
import { withVariant } from './variant-schema.ts';

export const CLASS_LINK_VERSION = 2;

export type ClassSetup = Omit<GameSetup, 'seed'>;

export type ClassLink = {
  readonly v: typeof CLASS_LINK_VERSION;
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  /** The fingerprint of the model content the link was made with; null for a link older than fingerprints. */
  readonly content: string | null;
  readonly setup: ClassSetup;
  /** One seed for the whole class, or null: each student gets a random seed. */
  readonly seed: number | null;
  /** A suggested pace shown as a gentle timer on the choice screen; null for none. */
  readonly minutesPerDecision: number | null;
  readonly title?: string;
};

const classSchema = z.object({
  v: z.literal(CLASS_LINK_VERSION),
  scenarioId: z.string().regex(/^[A-Za-z0-9+_.-]{1,64}$/),
  scenarioVersion: z.number().int().min(0).max(1_000_000),
  content: contentSchema,
  setup: setupSchema.omit({ seed: true, priorities: true }),
  seed: z.number().int().min(0).max(2 ** 32 - 1).nullable(),
  minutesPerDecision: z.number().int().min(1).max(60).nullable(),
  title: z.string().max(80).optional(),
});

export function makeClassLink(scenario: Scenario, setup: ClassSetup, seed: number | null, minutesPerDecision: number | null, title = ''): ClassLink {
  const name = cleanText(title, 80);
  return {
    v: CLASS_LINK_VERSION,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    content: contentFingerprint(scenario),
    setup: withVariant(
      {
        start: setup.start,
        theory: setup.theory,
        usPosture: setup.usPosture,
        succession: setup.succession,
        allowedOptions: [...setup.allowedOptions],
        randomEvents: setup.randomEvents,
        twoTeam: setup.twoTeam,
      },
      setup.variant,
    ),
    seed,
    minutesPerDecision,
    ...(name ? { title: name } : {}),
  };
}

export function encodeClassLink(link: ClassLink): string {
  return packCode('class', CLASS_LINK_VERSION, link);
}

/**
 * Version 1 links carry no content fingerprint. They still open (printed instruction sheets and QR codes outlive an
 * update, and a class should not be stopped at the door); the class banner says that the content they were made
 * with cannot be checked, as it says when a newer link's content differs.
 */
function migrateClassPayload(version: number, payload: unknown): unknown {
  if (version === 1 && typeof payload === 'object' && payload !== null && !Array.isArray(payload)) return { ...payload, v: 2, content: null };
  return payload;
}

export function readClassLink(input: unknown): Result<ClassLink, CodeProblem> {
  try {
    const unpacked = unpackCode(input, 'class', CLASS_LINK_VERSION);
    if (!unpacked.ok) return unpacked;
    const { version } = unpacked.value;
    if (version < 1) return { ok: false, error: { reason: 'old-version', kind: 'class', version } };
    const parsed = classSchema.safeParse(migrateClassPayload(version, unpacked.value.payload));
    if (!parsed.success) return { ok: false, error: { reason: 'invalid', kind: 'class', detail: issueSummary(parsed.error.issues) } };
    const p = parsed.data;
    if (p.content === null && version === CLASS_LINK_VERSION) return { ok: false, error: { reason: 'invalid', kind: 'class', detail: 'content: missing' } };
    return {
      ok: true,
      value: {
        v: CLASS_LINK_VERSION,
        scenarioId: p.scenarioId,
        scenarioVersion: p.scenarioVersion,
        content: p.content,
        setup: p.setup,
        seed: p.seed,
        minutesPerDecision: p.minutesPerDecision,
        ...(p.title ? { title: cleanText(p.title, 80) } : {}),
      },
    };
  } catch (error) {
    return { ok: false, error: { reason: 'invalid', kind: 'class', detail: String(error).slice(0, 120) } };
  }
}

export function decodeClassLink(input: unknown): Result<ClassLink, string> {
  const result = readClassLink(input);
  return result.ok ? result : { ok: false, error: describeProblem(result.error) };
}

export type CheckedClassLink = {
  readonly scenario: Scenario;
  /** Whether this copy has the model content the link was made with ('other': students play this copy's model). */
  readonly content: ContentMatch;
};

/** Checks a class link against the scenarios this copy of the game has. */
export function checkClassLink(link: ClassLink, scenarios: readonly Scenario[]): Result<CheckedClassLink, CodeProblem> {
  const found = findScenario(scenarios, link.scenarioId, link.scenarioVersion, 'class');
  if (!found.ok) return found;
  const problem = checkSetup(found.value, { ...link.setup, seed: 0 }, 'class');
  return problem ? { ok: false, error: problem } : { ok: true, value: { scenario: found.value, content: contentMatch(found.value, link.content) } };
}

/** The set-up a student plays from a class link. */
export function classGameSetup(link: ClassLink, randomSeed: number): GameSetup {
  return { ...link.setup, seed: link.seed ?? randomSeed };
}
