// The game's own "Download the run (JSON)" file, read as a run code for the class dashboard. Two shapes are read:
// `{ "kind": "sexenio-run", "code": "SX…" }`, and the older full export (`format: "sexenio-run"`, version 1, with the
// set-up and the action log but no content fingerprint). The older one is replayed step by step and written as a
// version 1 run code, the version that likewise has no fingerprint, so it opens marked "unverified" like any
// other run whose model content cannot be checked. Never throws.
import { z } from './zod.ts';
import { createGame, step, type Action, type GameState, type Result, type Scenario } from '../engine/index.ts';
import { issueSummary, packCode, type CodeProblem } from './code-format.ts';
import { checkSetup, findScenario, runCodeOf, setupSchema } from './run-code.ts';

const id = z.string().regex(/^[A-Za-z0-9+_.-]{1,64}$/, 'not an id');

const actionSchema = z.union([
  z.object({ type: z.literal('strategy/chosen'), strategy: id, party: id.optional(), levers: z.array(id).max(12).optional(), rationale: z.string().max(2000).optional(), forecast: z.enum(['rise', 'fall']).optional() }),
  z.object({ type: z.literal('year/advanced') }),
  z.object({ type: z.literal('event/answered'), choice: id }),
  z.object({ type: z.literal('term/closed') }),
]);

const exportSchema = z.object({
  format: z.literal('sexenio-run'),
  version: z.literal(1),
  scenario: z.object({ id, version: z.number().int().min(0).max(1_000_000) }),
  setup: setupSchema,
  actions: z.array(actionSchema).max(1000),
});

/** Whether a parsed JSON value is one of the game's run downloads (either shape). */
export function isRunExport(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as { kind?: unknown; format?: unknown };
  return v.kind === 'sexenio-run' || v.format === 'sexenio-run';
}

/** The run code inside a run download: the code it carries, or one made from the older export's action log. */
export function codeOfRunExport(value: unknown, scenarios: readonly Scenario[]): Result<string, CodeProblem> {
  try {
    const v = value as { kind?: unknown; code?: unknown };
    if (v.kind === 'sexenio-run') return typeof v.code === 'string' ? { ok: true, value: v.code } : { ok: false, error: { reason: 'invalid', kind: 'run', detail: 'code: missing' } };
    const parsed = exportSchema.safeParse(value);
    if (!parsed.success) return { ok: false, error: { reason: 'invalid', kind: 'run', detail: issueSummary(parsed.error.issues) } };
    const { scenario: where, setup, actions } = parsed.data;
    const found = findScenario(scenarios, where.id, where.version, 'run');
    if (!found.ok) return found;
    const problem = checkSetup(found.value, setup, 'run');
    if (problem) return { ok: false, error: problem };
    let state: GameState = createGame(found.value, setup);
    for (const action of actions) {
      const next = step(state, action as Action, found.value);
      if (!next.ok) return { ok: false, error: { reason: 'replay-failed', kind: 'run', detail: next.error.message } };
      state = next.value;
    }
    const { content: _content, ...run } = runCodeOf(found.value, state);
    return { ok: true, value: packCode('run', 1, { ...run, v: 1 }) };
  } catch (error) {
    return { ok: false, error: { reason: 'invalid', kind: 'run', detail: String(error).slice(0, 120) } };
  }
}
