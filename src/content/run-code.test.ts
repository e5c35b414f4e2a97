import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { defaultSetup, play, recordOf, type GameSetup, type Scenario } from '../engine/index.ts';
import { actionsOf } from '../../tests/unit/record-actions.ts';
import { checkClassLink, classGameSetup, decodeClassLink, encodeClassLink, makeClassLink, readClassLink } from './class-link.ts';
import { checksum, describeProblem, MAX_CODE_CHARS, packCode, type CodeProblem } from './code-format.ts';
import { contentFingerprint } from './content-fingerprint.ts';
import { loadAllScenarios } from './load-scenarios-node.ts';
import { decodeRunCode, encodeRunCode, migrateRunPayload, openRunCode, readRunCode, runCodeOf } from './run-code.ts';

const scenario = loadAllScenarios()[0]!;
const FUZZ_RUNS = 10_000;

function finishedRun(setup: GameSetup, strategies: string[], answers: Record<string, string> = {}) {
  const record = { setup, decisions: strategies.map((strategy, i) => ({ strategy, rationale: `reason ${i} — “quoted” ñ`, forecast: 'rise' as const })), answers };
  const played = play(scenario, record);
  const actions = actionsOf(scenario, record);
  if (!played.ok) throw new Error(played.error.message);
  if (!actions.ok) throw new Error(actions.error.message);
  return { state: played.value, actions: actions.value };
}

/** The same scenario with one parameter changed: other model content. */
function withParam(base: Scenario, bump: number): Scenario {
  const [key, value] = Object.entries(base.params)[0]!;
  return { ...base, params: { ...base.params, [key]: value + bump } };
}

/** Re-wraps a JSON payload in a valid envelope, as someone editing a code by hand would. */
function forge(prefix: string, payload: unknown): string {
  const body = LZString.compressToEncodedURIComponent(JSON.stringify(payload));
  return `${prefix}.${body}.${checksum(body)}`;
}

const setup = defaultSetup(scenario, { seed: 424242 });
const played = finishedRun(setup, ['A', 'C+LE', 'D'], { '2014:hurricane-relief-offer': 'decline' });
const run = runCodeOf(scenario, played.state, { nickname: 'Team Águila' });
const code = encodeRunCode(run, scenario);

describe('run codes', () => {
  it('round-trips and replays to the identical game', () => {
    expect(code.startsWith('SX3.')).toBe(true);
    expect(run.content).toBe(contentFingerprint(scenario));
    expect(code.length).toBeLessThan(400);
    const decoded = decodeRunCode(code, [scenario]);
    expect(decoded).toEqual({ ok: true, value: run });
    const opened = openRunCode(code, [scenario]);
    if (!opened.ok) throw new Error(describeProblem(opened.error));
    expect(opened.value.state).toEqual(played.state);
    expect(opened.value.actions).toEqual(played.actions);
    expect(opened.value.content).toBe('same');
  });

  it('keeps the answers keyed year:eventId, and the reasoning only when asked', () => {
    for (const key of Object.keys(run.answers)) expect(key).toMatch(/^\d{4}:[\w-]+$/);
    expect(run.decisions[0]?.rationale).toContain('reason 0');
    const bare = runCodeOf(scenario, played.state, { includeReasoning: false });
    expect(bare.decisions.every((d) => d.rationale === undefined && d.forecast === undefined)).toBe(true);
    expect(bare.nickname).toBeUndefined();
    const opened = openRunCode(encodeRunCode(bare, scenario), [scenario]);
    expect(opened.ok && opened.value.state.scores).toEqual(played.state.scores);
  });

  it('round-trips other set-ups: prologue, one-term mode, restricted options, two-team', () => {
    const setups: GameSetup[] = [
      defaultSetup(scenario, { seed: 7, start: '2006' }),
      defaultSetup(scenario, { seed: 8, succession: 'model', theory: 'genie-out', usPosture: 'disengaged' }),
      defaultSetup(scenario, { seed: 9, allowedOptions: ['A', 'D'], twoTeam: true, randomEvents: false }),
    ];
    for (const s of setups) {
      const n = s.succession === 'model' ? 1 : 3;
      const p = finishedRun(s, ['D', 'A', 'D'].slice(0, n));
      const c = encodeRunCode(runCodeOf(scenario, p.state), scenario);
      const opened = openRunCode(c, [scenario]);
      if (!opened.ok) throw new Error(describeProblem(opened.error));
      expect(opened.value.state).toEqual(p.state);
    }
  });

  it('accepts a pasted address and stray whitespace', () => {
    const url = `https://example.org/sexenio/#run=${code}`;
    expect(decodeRunCode(url, [scenario]).ok).toBe(true);
    expect(decodeRunCode(`  ${code.slice(0, 40)}\n${code.slice(40)}  `, [scenario]).ok).toBe(true);
  });

  const messageFor = (input: string) => {
    const r = decodeRunCode(input, [scenario]);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.error;
  };

  it('says clearly what is wrong with a bad code', () => {
    expect(messageFor('')).toMatch(/Nothing to open/);
    expect(messageFor('hello world')).toMatch(/not a Sexenio run code/);
    expect(messageFor(code.slice(0, code.length - 12))).toMatch(/damaged or cut off/);
    const i = 30;
    const flipped = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(messageFor(flipped)).toMatch(/damaged or cut off/);
    expect(messageFor(code.replace(/^SX3\./, 'SX7.'))).toMatch(/newer version of Sexenio/);
    expect(messageFor(code.replace(/^SX3\./, 'SX0.'))).toMatch(/early test version/);
    expect(messageFor('SX3.' + 'A'.repeat(MAX_CODE_CHARS + 10) + '.abc')).toMatch(/at most 20 KB/);
    expect(messageFor(encodeClassLink(makeClassLink(scenario, setup, null, null)))).toMatch(/class link, not a run code/);
    expect(messageFor(forge('SX2', { ...run, setup: { ...run.setup, seed: -3 } }))).toMatch(/not valid \(setup\.seed/);
    expect(messageFor(forge('SX2', { hello: 1 }))).toMatch(/not valid/);
    expect(messageFor(forge('SX2', { ...run, content: null }))).toMatch(/not valid \(content: missing/);
  });

  it('refuses runs of another scenario or version, unknown ids and runs that do not replay', () => {
    const problem = (r: typeof run): CodeProblem | null => {
      const o = openRunCode(encodeRunCode(r, scenario), [scenario]);
      return o.ok ? null : o.error;
    };
    expect(problem({ ...run, scenarioId: 'sexenio-1994' })).toMatchObject({ reason: 'wrong-scenario' });
    expect(problem({ ...run, scenarioVersion: scenario.version + 1 })).toMatchObject({ reason: 'scenario-version' });
    expect(problem({ ...run, setup: { ...run.setup, theory: 'astrology' } })).toMatchObject({ reason: 'unknown-id', what: 'theory' });
    expect(problem({ ...run, decisions: [{ strategy: 'Z' }, { strategy: 'A' }, { strategy: 'A' }] })).toMatchObject({ reason: 'replay-failed' });
    expect(problem({ ...run, decisions: run.decisions.slice(0, 2) })).toMatchObject({ reason: 'replay-failed' });
    expect(describeProblem({ reason: 'wrong-scenario', kind: 'run', scenarioId: 'x' })).toMatch(/does not have/);
  });

  it('refuses a run made with other model content, in words, instead of replaying another game', () => {
    const other = withParam(scenario, 0.25);
    expect(contentFingerprint(other)).not.toBe(contentFingerprint(scenario));
    const foreign = openRunCode(code, [other]);
    expect(foreign).toMatchObject({ ok: false, error: { reason: 'other-content', codeContent: contentFingerprint(scenario), content: contentFingerprint(other) } });
    if (!foreign.ok) expect(describeProblem(foreign.error)).toMatch(/other model content .* would not replay as the same game/);
    const made = finishedRun(setup, ['A', 'C+LE', 'D']);
    expect(openRunCode(encodeRunCode({ ...runCodeOf(scenario, made.state), content: contentFingerprint(other) }, scenario), [scenario])).toMatchObject({ ok: false, error: { reason: 'other-content' } });
  });

  it('opens a version 1 code (no fingerprint) as the same game, marked unverified', () => {
    const { content: _content, ...rest } = run;
    const legacy = packCode('run', 1, { ...rest, v: 1 });
    expect(legacy.startsWith('SX1.')).toBe(true);
    const opened = openRunCode(legacy, [scenario]);
    if (!opened.ok) throw new Error(describeProblem(opened.error));
    expect(opened.value.content).toBe('unverified');
    expect(opened.value.run.content).toBeNull();
    expect(opened.value.state).toEqual(played.state);
    // Against other content it is not refused (nothing to compare), but still only "unverified".
    const elsewhere = openRunCode(legacy, [withParam(scenario, 1)]);
    expect(elsewhere.ok && elsewhere.value.content).toBe('unverified');
  });

  it('has a migration path for older versions', () => {
    expect(migrateRunPayload(3, { a: 1 })).toEqual({ ok: true, value: { a: 1 } });
    expect(migrateRunPayload(2, { a: 1, v: 2, content: 'x' })).toEqual({ ok: true, value: { a: 1, v: 3, content: 'x' } });
    expect(migrateRunPayload(1, { a: 1, v: 1 })).toEqual({ ok: true, value: { a: 1, v: 3, content: null } });
    expect(migrateRunPayload(0, {})).toMatchObject({ ok: false, error: { reason: 'old-version' } });
  });

  it('carries the record the game reads back from its state, less the answers that are the default', () => {
    const record = recordOf(played.state);
    expect({ setup: run.setup, decisions: run.decisions }).toEqual({ setup: record.setup, decisions: record.decisions });
    expect(record.answers).toMatchObject(run.answers);
    const defaults = new Map(scenario.events.map((e) => [e.id, e.choice?.default]));
    const left = Object.entries(record.answers).filter(([key]) => !(key in run.answers));
    expect(left.length).toBeGreaterThan(0);
    for (const [key, choice] of left) expect(defaults.get(key.slice(5))).toBe(choice);
    const replayed = play(scenario, run);
    expect(replayed.ok && replayed.value).toEqual(played.state);
  });

  it('carries the player’s ranking of their aims, and still opens codes made before it existed', () => {
    const ranked = finishedRun({ ...setup, priorities: ['support', 'lives', 'law', 'cooperation', 'sovereignty'] }, ['A', 'C+LE', 'D'], { '2014:hurricane-relief-offer': 'decline' });
    const rankedRun = runCodeOf(scenario, ranked.state);
    const opened = openRunCode(encodeRunCode(rankedRun, scenario), [scenario]);
    if (!opened.ok) throw new Error(describeProblem(opened.error));
    expect(opened.value.run.setup.priorities).toEqual(['support', 'lives', 'law', 'cooperation', 'sovereignty']);
    expect(opened.value.state).toEqual(ranked.state);
    // The ranking changes no result: the same game as the unranked one, but for the set-up that records it.
    expect(opened.value.state.history).toEqual(played.state.history);
    // The codes handed out so far carry no ranking, and open as they always did, with none.
    expect('priorities' in run.setup).toBe(false);
    const old = openRunCode(code, [scenario]);
    expect(old.ok && old.value.state.setup.priorities).toBeUndefined();
  });

  it('says clearly what is wrong with a ranking that is not one', () => {
    const bad = (priorities: unknown) => messageFor(forge('SX2', { ...run, setup: { ...run.setup, priorities } }));
    expect(bad(['lives', 'lives', 'law', 'support', 'cooperation'])).toMatch(/not valid \(setup\.priorities: must rank each of the five aims once/);
    expect(bad(['lives', 'law'])).toMatch(/not valid \(setup\.priorities: must rank each of the five aims once/);
    expect(bad(['lives', 'law', 'support', 'cooperation', 'peace'])).toMatch(/not valid \(setup\.priorities\.4/);
    expect(bad('lives')).toMatch(/not valid \(setup\.priorities/);
  });
});

describe('class links', () => {
  const link = makeClassLink(scenario, { ...defaultSetup(scenario), theory: 'reversion', allowedOptions: ['A', 'B', 'C'], succession: 'model' }, 1234, 8, 'Seminar 3');
  it('round-trips and gives students the set-up', () => {
    const c = encodeClassLink(link);
    expect(c.startsWith('SXC2.')).toBe(true);
    expect(decodeClassLink(`https://x.test/#class=${c}`)).toEqual({ ok: true, value: link });
    expect(checkClassLink(link, [scenario])).toMatchObject({ ok: true, value: { content: 'same' } });
    expect(classGameSetup(link, 99)).toMatchObject({ seed: 1234, theory: 'reversion', allowedOptions: ['A', 'B', 'C'] });
    const perStudent = { ...link, seed: null };
    expect(readClassLink(encodeClassLink(perStudent))).toEqual({ ok: true, value: perStudent });
    expect(classGameSetup(perStudent, 99).seed).toBe(99);
  });
  it('refuses bad links with a message', () => {
    const c = encodeClassLink(link);
    expect(decodeClassLink(c.slice(0, -5))).toMatchObject({ ok: false });
    expect(decodeClassLink(code)).toEqual({ ok: false, error: expect.stringMatching(/run code, not a class link/) as unknown });
    expect(decodeClassLink(forge('SXC2', { ...link, minutesPerDecision: 0 }))).toMatchObject({ ok: false, error: expect.stringMatching(/minutesPerDecision/) as unknown });
    expect(checkClassLink({ ...link, setup: { ...link.setup, allowedOptions: ['Q'] } }, [scenario])).toMatchObject({ ok: false, error: { reason: 'unknown-id', what: 'option' } });
  });
  it('says when it was made with other model content, and opens a version 1 link as unverified', () => {
    expect(checkClassLink(link, [withParam(scenario, 2)])).toMatchObject({ ok: true, value: { content: 'other' } });
    const { content: _content, ...rest } = link;
    const legacy = readClassLink(packCode('class', 1, { ...rest, v: 1 }));
    expect(legacy).toMatchObject({ ok: true, value: { content: null, title: 'Seminar 3' } });
    if (legacy.ok) expect(checkClassLink(legacy.value, [scenario])).toMatchObject({ ok: true, value: { content: 'unverified' } });
  });
});

describe('fuzzing the decoders', () => {
  const classCode = encodeClassLink(link0());
  function link0() {
    return makeClassLink(scenario, defaultSetup(scenario), null, 5);
  }
  /** Random strings, strings that look like codes, and mutations (flip, cut, insert, duplicate) of real codes. */
  const mutated = (base: string) =>
    fc.oneof(
      fc.tuple(fc.nat(base.length - 1), fc.string({ minLength: 1, maxLength: 1 })).map(([i, ch]) => base.slice(0, i) + ch + base.slice(i + 1)),
      fc.nat(base.length).map((i) => base.slice(0, i)),
      fc.tuple(fc.nat(base.length), fc.string({ maxLength: 8 })).map(([i, s]) => base.slice(0, i) + s + base.slice(i)),
      fc.tuple(fc.nat(base.length), fc.nat(base.length)).map(([a, b]) => base.slice(0, Math.min(a, b)) + base.slice(Math.max(a, b))),
      fc.string().map((s) => `SX2.${s}`),
      fc.string().map((s) => `SX3.${s}.${checksum(s)}`),
      fc.array(fc.string({ unit: fc.constantFrom(...'0123456789abcdefghPMNTORLHU~_'), maxLength: 12 }), { maxLength: 8 }).map((parts) => {
        const body = [`${scenario.id}~${scenario.version.toString(36)}`, contentFingerprint(scenario), ...parts].join('_');
        return `SX3.${body}.${checksum(body)}`;
      }),
      fc.string().map((s) => `SXC2.${s}.${checksum(s)}`),
      fc.jsonValue().map((v) => forge('SX2', v)),
      fc.jsonValue().map((v) => forge('SXC2', v)),
      fc.jsonValue().map((v) => forge('SX1', v)),
    );
  const rankedCode = encodeRunCode({ ...run, setup: { ...run.setup, priorities: ['law', 'sovereignty', 'support', 'lives', 'cooperation'] } }, scenario);
  const anyInput = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 200 }), mutated(code), mutated(rankedCode), mutated(classCode));

  const check = (decode: (s: unknown, scenarios: readonly Scenario[]) => { ok: boolean; error?: unknown }) => (input: string) => {
    const r = decode(input, [scenario]);
    if (!r.ok) expect(typeof r.error === 'string' && r.error.length > 10).toBe(true);
  };

  it(`run codes: ${FUZZ_RUNS} random and mutated inputs, never an exception, always a message`, () => {
    let count = 0;
    fc.assert(
      fc.property(anyInput, (input) => {
        count++;
        check(decodeRunCode)(input);
        const opened = openRunCode(input, [scenario]);
        if (!opened.ok) expect(describeProblem(opened.error).length).toBeGreaterThan(10);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(count).toBeGreaterThanOrEqual(FUZZ_RUNS);
  });

  it(`class links: ${FUZZ_RUNS} random and mutated inputs, never an exception, always a message`, () => {
    let count = 0;
    fc.assert(
      fc.property(anyInput, (input) => {
        count++;
        check(decodeClassLink)(input);
        const r = readClassLink(input);
        if (r.ok) expect(checkClassLink(r.value, [scenario]).ok !== undefined).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(count).toBeGreaterThanOrEqual(FUZZ_RUNS);
  });

  it('non-string inputs', () => {
    for (const v of [null, undefined, 42, {}, [], true]) {
      expect(decodeRunCode(v, [scenario]).ok).toBe(false);
      expect(decodeClassLink(v).ok).toBe(false);
    }
    expect(readRunCode('x'.repeat(100_000), [scenario])).toMatchObject({ ok: false, error: { reason: 'too-long' } });
  });
});
