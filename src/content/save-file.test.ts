import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSetup, play, step, type Action, type GameRecord, type GameState, type Scenario } from '../engine/index.ts';
import { actionsOf, stepThrough } from '../../tests/unit/record-actions.ts';
import { contentFingerprint } from './content-fingerprint.ts';
import { loadAllScenarios } from './load-scenarios-node.ts';
import { migrateSave, parseSave, readSave } from './save-read.ts';
import { describeSaveProblem, type SaveProblem } from './save-problem.ts';
import { checkOf, fingerprint, makeSave, MAX_SAVE_CHARS, saveFileName, serializeSave, type SaveBody, type SaveFile } from './save-write.ts';

const scenario = loadAllScenarios()[0]!;
const FUZZ_RUNS = 10_000;
const setup = defaultSetup(scenario, { seed: 20121201 });
const record: GameRecord = { setup, decisions: [{ strategy: 'B', rationale: 'hand over "slowly"\nthen support', forecast: 'fall' }, { strategy: 'C+LE', party: 'PAN' }, { strategy: 'A' }], answers: { '2014:hurricane-relief-offer': 'decline' } };
const full = play(scenario, record);
const actions = actionsOf(scenario, record);
if (!full.ok) throw new Error(full.error.message);
if (!actions.ok) throw new Error(actions.error.message);
const allActions = actions.value;

const stateAfter = (actions: readonly Action[]): GameState => stepThrough(scenario, setup, actions);

/** A save made part-way: after `n` actions, as the autosave would write it. */
function saveAfter(n: number, screen: SaveFile['screen'] = 'year'): SaveFile {
  const actions = allActions.slice(0, n);
  return makeSave(scenario, stateAfter(actions), screen, '2026-11-23T10:00:00.000Z');
}

/** A save as version 1 wrote it: every action, no content fingerprint. */
function v1SaveAfter(n: number, screen: SaveFile['screen'] = 'year'): Record<string, unknown> {
  const actions = allActions.slice(0, n);
  const state = stateAfter(actions);
  const body = { format: 'sexenio-save', version: 1, savedAt: '2025-01-02T03:04:05.000Z', scenarioId: scenario.id, scenarioVersion: scenario.version, setup, actions, screen, year: state.year, phase: state.phase, fingerprint: fingerprint(state) };
  return { ...body, check: checkOf(body as unknown as SaveBody) };
}

/** The same scenario with one parameter changed: other model content. */
function withParam(base: Scenario, bump: number): Scenario {
  const [key, value] = Object.entries(base.params)[0]!;
  return { ...base, params: { ...base.params, [key]: value + bump } };
}

/** Re-signs an edited body, as a careful hand-editor (or a buggy older version) might. */
function resign(body: Record<string, unknown>): string {
  const { check: _check, ...rest } = body;
  return JSON.stringify({ ...rest, check: checkOf(rest as SaveBody) });
}

function expectProblem(text: unknown, reason: SaveProblem['reason']): void {
  const r = readSave(text, [scenario]);
  expect(r.ok ? 'opened' : r.error.reason).toBe(reason);
}

describe('saves', () => {
  it('resume mid-game: same year, same screen, and an identical future', () => {
    const cut = 9;
    const saved = saveAfter(cut);
    const restored = readSave(serializeSave(saved), [scenario]);
    if (!restored.ok) throw new Error(describeSaveProblem(restored.error));
    const interrupted = stateAfter(allActions.slice(0, cut));
    expect(restored.value.state).toEqual(interrupted);
    expect(restored.value.screen).toBe('year');
    // Playing the rest of the game from the restored state gives the uninterrupted game, bit for bit.
    let state = restored.value.state;
    for (const a of allActions.slice(cut)) {
      const r = step(state, a, scenario);
      if (!r.ok) throw new Error(r.error.message);
      state = r.value;
    }
    expect(state).toEqual(full.value);
  });

  it('opens at every point of a game, including the choice, an event waiting for an answer and the end', () => {
    const phases = new Set<string>();
    for (let n = 0; n <= allActions.length; n++) {
      const saved = saveAfter(n);
      const restored = readSave(serializeSave(saved, n % 2 === 0), [scenario]);
      if (!restored.ok) throw new Error(`after ${n}: ${describeSaveProblem(restored.error)}`);
      expect(restored.value.state.year).toBe(saved.year);
      phases.add(restored.value.state.phase);
    }
    expect([...phases].sort()).toEqual(['choosing', 'event', 'finished', 'playing', 'term-end']);
  });

  it('reopens on the saved screen only when the game allows it', () => {
    const choosing = readSave(serializeSave(saveAfter(0, 'briefing')), [scenario]);
    expect(choosing.ok && choosing.value.screen).toBe('briefing');
    const summaryMidTerm = readSave(serializeSave(saveAfter(3, 'summary')), [scenario]);
    expect(summaryMidTerm.ok && summaryMidTerm.value.screen).toBe('year');
    const end = readSave(serializeSave(saveAfter(allActions.length, 'year')), [scenario]);
    expect(end.ok && end.value.screen).toBe('debrief');
  });

  it('keeps the player’s reasoning, line breaks included, and the party they chose', () => {
    const r = readSave(serializeSave(saveAfter(allActions.length)), [scenario]);
    const first = r.ok ? r.value.actions[0] : null;
    expect(first).toMatchObject({ type: 'strategy/chosen', rationale: 'hand over "slowly"\nthen support' });
    expect(r.ok && r.value.save.decisions).toEqual(record.decisions);
    expect(r.ok && r.value.actions).toEqual(allActions);
  });

  it('carries the model content’s fingerprint, and refuses a save made with other content', () => {
    const saved = saveAfter(12);
    expect(saved.content).toBe(contentFingerprint(scenario));
    const other = withParam(scenario, 0.5);
    const r = readSave(serializeSave(saved), [other]);
    expect(r).toMatchObject({ ok: false, error: { reason: 'other-content', saveContent: contentFingerprint(scenario), content: contentFingerprint(other) } });
    if (!r.ok) expect(describeSaveProblem(r.error)).toMatch(/other model content/);
    expectProblem(resign({ ...saved, content: contentFingerprint(other) }), 'other-content');
    expectProblem(resign({ ...saved, content: null }), 'invalid');
  });

  it('opens a version 1 save (every action, no fingerprint) at the same point, and upgrades it', () => {
    for (const n of [0, 9, 17, allActions.length]) {
      const old = v1SaveAfter(n);
      const r = readSave(JSON.stringify(old), [scenario]);
      if (!r.ok) throw new Error(`after ${n}: ${describeSaveProblem(r.error)}`);
      expect(r.value.state).toEqual(stateAfter(allActions.slice(0, n)));
      expect(r.value.actions).toEqual(allActions.slice(0, n));
      expect(r.value.save).toMatchObject({ version: 2, content: null, steps: n });
    }
    const old = v1SaveAfter(9);
    expectProblem(JSON.stringify({ ...old, year: 2030 }), 'edited');
    expectProblem(resign({ ...old, actions: [{ type: 'term/closed' }] }), 'replay-failed');
    expectProblem(resign({ ...old, scenarioVersion: scenario.version + 1 }), 'scenario-version');
    expectProblem(resign({ ...old, actions: [{ type: 'year/advanced', extra: 1 }] }), 'invalid');
  });

  it('does not depend on spacing or key order', () => {
    const saved = saveAfter(5);
    const reversed = Object.fromEntries(Object.entries(saved).reverse());
    expect(readSave(JSON.stringify(reversed, null, 4), [scenario]).ok).toBe(true);
  });

  it('names the file after the year and the day', () => {
    expect(saveFileName(saveAfter(5))).toMatch(/^sexenio-\d{4}-2026-11-23\.json$/);
  });

  it('keeps the player’s ranking of their aims through a save and a reload, and opens saves made before it', () => {
    const priorities = ['sovereignty', 'law', 'lives', 'support', 'cooperation'] as const;
    const rankedSetup = { ...setup, priorities };
    const ranked = makeSave(scenario, stepThrough(scenario, rankedSetup, allActions.slice(0, 9)), 'year', '2026-11-23T10:00:00.000Z');
    expect(ranked.setup.priorities).toEqual(priorities);
    const restored = readSave(serializeSave(ranked, true), [scenario]);
    if (!restored.ok) throw new Error(describeSaveProblem(restored.error));
    expect(restored.value.state.setup.priorities).toEqual(priorities);
    // Saved again after the reload, the ranking is still there, and the game is the unranked one, score for score.
    expect(makeSave(scenario, restored.value.state, 'year', ranked.savedAt)).toEqual(ranked);
    expect(restored.value.state.history).toEqual(stateAfter(allActions.slice(0, 9)).history);
    // A save without a ranking (every save written before it existed) opens with none.
    const plain = readSave(serializeSave(saveAfter(9)), [scenario]);
    expect(plain.ok && plain.value.state.setup.priorities).toBeUndefined();
    // A re-signed save whose ranking is not one is refused in words.
    const bad = readSave(resign({ ...ranked, setup: { ...ranked.setup, priorities: ['law', 'law'] } }), [scenario]);
    expect(bad.ok ? '' : describeSaveProblem(bad.error)).toMatch(/setup\.priorities: must rank each of the five aims once/);
  });

  it('says what is wrong with a damaged, edited, old, newer or foreign save', () => {
    const saved = saveAfter(12);
    const text = serializeSave(saved);
    expectProblem('', 'empty');
    expectProblem(null, 'empty');
    expectProblem('x'.repeat(MAX_SAVE_CHARS + 1), 'too-large');
    expectProblem(text.slice(0, text.length - 20), 'not-json');
    expectProblem('{"hello": 1}', 'not-a-save');
    expectProblem(JSON.stringify({ ...saved, year: saved.year + 1 }), 'edited');
    expectProblem(JSON.stringify({ ...saved, version: 0 }), 'old-version');
    expectProblem(JSON.stringify({ ...saved, version: 7 }), 'newer-version');
    expectProblem(JSON.stringify({ ...saved, version: '1' }), 'invalid');
    expectProblem(resign({ ...saved, scenarioId: 'elsewhere' }), 'wrong-scenario');
    expectProblem(resign({ ...saved, scenarioVersion: scenario.version + 1 }), 'scenario-version');
    expectProblem(resign({ ...saved, setup: { ...saved.setup, theory: 'astrology' } }), 'unknown-id');
    expectProblem(resign({ ...saved, decisions: [{ strategy: 'Z' }] }), 'replay-failed');
    expectProblem(resign({ ...saved, steps: 900 }), 'replay-failed');
    const early = saveAfter(2);
    expectProblem(resign({ ...early, setup: { ...early.setup, seed: early.setup.seed + 1 } }), 'replay-differs');
    expectProblem(resign({ ...saved, steps: saved.steps - 1 }), 'replay-differs');
    expectProblem(resign({ ...saved, decisions: [...saved.decisions, { strategy: 'A', extra: 1 }] }), 'invalid');
  });

  it('upgrades older saves one version at a time, and refuses a gap', () => {
    const ok = (value: Record<string, unknown>) => ({ ok: true as const, value });
    const migrations = { 1: (s: Record<string, unknown>) => ok({ ...s, v2: true }), 2: (s: Record<string, unknown>) => ok({ ...s, v3: true }) };
    expect(migrateSave(1, { a: 1 }, [], migrations, 3)).toEqual({ ok: true, value: { a: 1, v2: true, v3: true } });
    expect(migrateSave(2, { a: 1 }, [], migrations, 3)).toEqual({ ok: true, value: { a: 1, v3: true } });
    expect(migrateSave(1, { a: 1 }, [], { 2: migrations[2] }, 3)).toMatchObject({ ok: false, error: { reason: 'old-version' } });
    expect(migrateSave(4, {}, [], migrations, 3)).toMatchObject({ ok: false, error: { reason: 'newer-version', version: 4, current: 3 } });
  });
});

/** Every path (as keys) into a JSON value. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...prefix, i])));
  if (typeof value === 'object' && value !== null) return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...prefix, k])));
  return here;
}

function setAt(root: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as Record<string, unknown>) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, replacement);
  return copy;
}

describe('fuzzing the save reader', () => {
  const ranked = makeSave(scenario, stepThrough(scenario, { ...setup, priorities: ['lives', 'support', 'law', 'sovereignty', 'cooperation'] }, allActions.slice(0, 12)), 'year', '2026-11-23T10:00:00.000Z');
  const bases = [saveAfter(0, 'briefing'), saveAfter(7), saveAfter(20), saveAfter(allActions.length, 'debrief'), ranked];
  const texts = bases.map((b) => serializeSave(b));
  const paths = bases.map((b) => pathsOf(b));

  const textMutation = fc.oneof(
    ...texts.map((base) =>
      fc.oneof(
        fc.tuple(fc.nat(base.length - 1), fc.string({ minLength: 1, maxLength: 1 })).map(([i, ch]) => base.slice(0, i) + ch + base.slice(i + 1)),
        fc.nat(base.length).map((i) => base.slice(0, i)),
        fc.tuple(fc.nat(base.length), fc.string({ maxLength: 12 })).map(([i, s]) => base.slice(0, i) + s + base.slice(i)),
      ),
    ),
  );
  /** A value somewhere in a real save replaced by random JSON, then re-signed so it reaches the schema and the replay. */
  const structuralMutation = fc
    .tuple(fc.nat(bases.length - 1), fc.nat(10_000), fc.jsonValue({ maxDepth: 3 }), fc.boolean())
    .map(([b, p, value, sign]) => {
      const list = paths[b]!;
      const edited = setAt(bases[b], list[p % list.length]!, value);
      return sign && typeof edited === 'object' && edited !== null && !Array.isArray(edited) ? resign(edited as Record<string, unknown>) : JSON.stringify(edited);
    });
  /** Decisions dropped, repeated or swapped, or the step count moved, re-signed. */
  const actionMutation = fc.tuple(fc.nat(bases.length - 1), fc.nat(200), fc.nat(200), fc.constantFrom('drop', 'repeat', 'swap', 'steps')).map(([b, i, j, how]) => {
    const base = bases[b]!;
    const decisions = [...base.decisions];
    if (how === 'steps') return resign({ ...base, steps: (base.steps + i - 100 + 1000) % 1000 });
    if (decisions.length > 0) {
      const a = i % decisions.length;
      const c = j % decisions.length;
      if (how === 'drop') decisions.splice(a, 1);
      else if (how === 'repeat') decisions.splice(a, 0, decisions[a]!);
      else [decisions[a], decisions[c]] = [decisions[c]!, decisions[a]!];
    }
    return resign({ ...base, decisions });
  });
  const anyInput = fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), textMutation, structuralMutation, actionMutation);

  it(`${FUZZ_RUNS} random and mutated saves: never an exception, every refusal explained, every acceptance replays`, () => {
    let count = 0;
    let accepted = 0;
    fc.assert(
      fc.property(anyInput, (input) => {
        count++;
        const r = readSave(input, [scenario]);
        if (r.ok) {
          accepted++;
          expect(r.value.state.year).toBe(r.value.save.year);
        } else {
          expect(describeSaveProblem(r.error).length).toBeGreaterThan(10);
        }
        expect(parseSave(input, [scenario]).ok || !r.ok).toBe(true);
      }),
      { numRuns: FUZZ_RUNS, seed: 7 },
    );
    expect(count).toBeGreaterThanOrEqual(FUZZ_RUNS);
    // Some mutations are harmless (a changed savedAt, say); most must be caught.
    expect(accepted).toBeLessThan(count / 2);
  });
});
