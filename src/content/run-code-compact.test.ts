import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AIM_IDS, defaultSetup, play, strategyIds, type Decision, type GameSetup } from '../engine/index.ts';
import { checksum, describeProblem, packCode } from './code-format.ts';
import { contentFingerprint } from './content-fingerprint.ts';
import { loadAllScenarios } from './load-scenarios-node.ts';
import { decodeRunCode, encodeRunCode, openRunCode, readRunCode, runCodeOf, RUN_CODE_VERSION, type RunCode } from './run-code.ts';

const scenario = loadAllScenarios()[0]!;
const fingerprint = contentFingerprint(scenario);
const SEED = 20130101;
const PURE = ['A', 'B', 'C', 'C+LE', 'D'];
const REASON = 'The armed forces keep working with their US partners. Support matters, but violence must come down first.';

function codeOfGame(setup: GameSetup, decisions: Decision[], answers: Record<string, string> = {}, nickname?: string) {
  const played = play(scenario, { setup, decisions, answers });
  if (!played.ok) throw new Error(played.error.message);
  const run = runCodeOf(scenario, played.value, nickname ? { nickname } : {});
  return { state: played.value, run, code: encodeRunCode(run, scenario) };
}

/** A code with a valid check around any body, as a hand edit that also fixed the check would make. */
const forge = (body: string) => `SX3.${body}.${checksum(body)}`;
const messageFor = (code: string) => {
  const r = decodeRunCode(code, [scenario]);
  return r.ok ? '' : r.error;
};

describe('version 3 run codes', () => {
  it('writes a pure path on the default set-up as the scenario, content, seed and three strategy positions', () => {
    const { code } = codeOfGame(defaultSetup(scenario, { seed: SEED }), [{ strategy: 'A' }, { strategy: 'A' }, { strategy: 'A' }]);
    const body = `sexenio-2012~1_${fingerprint}_${SEED.toString(36)}_0~0~0`;
    expect(code).toBe(`SX3.${body}.${checksum(body)}`);
  });

  it('is short: every pure path under 60 characters, and under 400 with two sentences of reasons a term', () => {
    for (const strategy of PURE) {
      const bare = codeOfGame(defaultSetup(scenario, { seed: SEED }), [0, 1, 2].map(() => ({ strategy })));
      const noted = codeOfGame(defaultSetup(scenario, { seed: SEED }), [0, 1, 2].map(() => ({ strategy, rationale: REASON, forecast: 'rise' as const })));
      expect(bare.code.length).toBeLessThan(60);
      expect(noted.code.length).toBeLessThan(400);
      const opened = openRunCode(noted.code, [scenario]);
      if (!opened.ok) throw new Error(describeProblem(opened.error));
      expect(opened.value.state).toEqual(noted.state);
    }
  });

  it('opens the same game from a version 1, 2 and 3 code of it', () => {
    const setup = defaultSetup(scenario, { seed: 31, priorities: ['law', 'lives', 'support', 'sovereignty', 'cooperation'] });
    const { run, state, code } = codeOfGame(setup, [{ strategy: 'B', rationale: 'police first', forecast: 'fall' }, { strategy: 'C+LE' }, { strategy: 'D', forecast: 'rise' }], {}, 'Equipo Ñ');
    const { content: _content, ...withoutContent } = run;
    const v2 = packCode('run', 2, { ...run, v: 2 });
    const v1 = packCode('run', 1, { ...withoutContent, v: 1 });
    for (const [version, text] of [[3, code], [2, v2], [1, v1]] as const) {
      expect(text.startsWith(`SX${version}.`)).toBe(true);
      const opened = openRunCode(text, [scenario]);
      if (!opened.ok) throw new Error(describeProblem(opened.error));
      expect(opened.value.state).toEqual(state);
      expect(opened.value.run).toMatchObject({ v: RUN_CODE_VERSION, nickname: 'Equipo Ñ', decisions: run.decisions, setup: run.setup });
      expect(opened.value.content).toBe(version === 1 ? 'unverified' : 'same');
    }
  });

  it('writes a run this content cannot hold (an id it lacks) as a version 2 code, which still says what is wrong', () => {
    const { run } = codeOfGame(defaultSetup(scenario, { seed: 5 }), [{ strategy: 'A' }, { strategy: 'A' }, { strategy: 'A' }]);
    const odd = encodeRunCode({ ...run, decisions: [{ strategy: 'Q' }, { strategy: 'A' }, { strategy: 'A' }] }, scenario);
    expect(odd.startsWith('SX2.')).toBe(true);
    expect(openRunCode(odd, [scenario])).toMatchObject({ ok: false, error: { reason: 'replay-failed' } });
  });

  it('names what is wrong in a hand-edited code whose check was fixed', () => {
    const head = `sexenio-2012~1_${fingerprint}_${SEED.toString(36)}`;
    expect(messageFor(forge(`${head}_0~0~9`))).toMatch(/not valid \(decisions\.2\.strategy: no item 9\)/);
    expect(messageFor(forge(`${head}_0~0~0x`))).toMatch(/decisions\.2: malformed/);
    expect(messageFor(forge(`${head}_0~0~0_1jxz0`))).toMatch(/answers\.0: no event/);
    expect(messageFor(forge(`${head}_0~0~0_1jx0`))).toMatch(/answers: malformed/);
    expect(messageFor(forge(`${head}_0~0~0__H7`))).toMatch(/setup\.theory: no item 7/);
    expect(messageFor(forge(`${head}_0~0~0__Z2`))).toMatch(/setup: unknown field “Z2” \(made by a newer version/);
    expect(messageFor(forge(`${head}_0~0~0__R00000`))).toMatch(/setup\.priorities: must rank each of the five aims once/);
    expect(messageFor(forge(`${head}_0~0~0__P~P`))).toMatch(/setup: P given twice/);
    expect(messageFor(forge(`${head}_0~0~0___zzzz`))).toMatch(/notes: damaged/);
    expect(messageFor(forge(`${head}_0~0~0____x`))).toMatch(/section 8: unexpected/);
    expect(messageFor(forge(`sexenio-2012~1_${fingerprint}_zzzzzzz_0`))).toMatch(/setup\.seed/);
    expect(messageFor(forge(`sexenio-2012~1_${fingerprint}_1_`))).toMatch(/decisions/);
    expect(messageFor(forge('Sexenio~1_abc_1_0'))).toMatch(/scenario: not a scenario id/);
    expect(messageFor(forge(`sexenio-1994~1_${fingerprint}_1_0`))).toMatch(/scenario “sexenio-1994”/);
    expect(messageFor(forge(`sexenio-2012~2_${fingerprint}_1_0`))).toMatch(/version 2 of the scenario/);
    expect(messageFor(forge(`sexenio-2012~1_zzzz_1_0`))).toMatch(/other model content/);
    // Without the check fixed, any edit is caught before anything is read.
    const { code } = codeOfGame(defaultSetup(scenario, { seed: SEED }), [{ strategy: 'D' }, { strategy: 'D' }, { strategy: 'D' }]);
    expect(messageFor(code.replace('_4~4~4.', '_4~4~3.'))).toMatch(/damaged or cut off/);
  });

  // Random records of this scenario: any set-up, any decisions with parties, levers, reasons and forecasts, any
  // answers to the events that ask. Written and read back, each is the same record, and the code is canonical.
  const lists = {
    strategies: strategyIds(scenario),
    options: scenario.options.map((o) => o.id),
    events: scenario.events.flatMap((e) => (e.choice ? [{ id: e.id, choices: e.choice.options.map((o) => o.id), default: e.choice.default }] : [])),
  };
  // eslint-disable-next-line no-control-regex
  const note = fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').trim());
  const decision = fc.record(
    {
      strategy: fc.constantFrom(...lists.strategies),
      party: fc.constantFrom(...scenario.parties.map((p) => p.id)),
      levers: fc.uniqueArray(fc.constantFrom(...scenario.usLevers.map((l) => l.id)), { minLength: 1, maxLength: 3 }),
      rationale: note.filter((s) => s.length > 0),
      forecast: fc.constantFrom('rise' as const, 'fall' as const),
    },
    { requiredKeys: ['strategy'] },
  );
  const answer = fc.tuple(fc.integer({ min: 2006, max: 2030 }), fc.constantFrom(...lists.events)).chain(([year, e]) =>
    fc.constantFrom(...e.choices.filter((c) => c !== e.default)).map((choice) => [`${year}:${e.id}`, choice] as const),
  );
  const record = fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    start: fc.constantFrom('2012' as const, '2006' as const),
    theory: fc.constantFrom(...scenario.theories.map((t) => t.id)),
    usPosture: fc.constantFrom(...scenario.usPostures.map((p) => p.id)),
    succession: fc.constantFrom('player' as const, 'model' as const),
    allowedOptions: fc.uniqueArray(fc.constantFrom(...lists.options), { maxLength: 5 }),
    randomEvents: fc.boolean(),
    twoTeam: fc.boolean(),
    priorities: fc.option(fc.shuffledSubarray([...AIM_IDS], { minLength: 5, maxLength: 5 }), { nil: undefined }),
    decisions: fc.array(decision, { minLength: 1, maxLength: 4 }),
    answers: fc.array(answer, { maxLength: 6 }),
    nickname: note.map((s) => s.slice(0, 40).trim()),
  });

  it('round-trips 2,000 random records exactly, and writes each one way only', () => {
    fc.assert(
      fc.property(record, (r) => {
        const { decisions, answers, nickname, priorities, ...setup } = r;
        const run: RunCode = {
          v: RUN_CODE_VERSION,
          scenarioId: scenario.id,
          scenarioVersion: scenario.version,
          content: fingerprint,
          setup: { ...setup, ...(priorities ? { priorities } : {}) },
          decisions,
          answers: Object.fromEntries(answers),
          ...(nickname ? { nickname } : {}),
        };
        const code = encodeRunCode(run, scenario);
        expect(code.startsWith('SX3.')).toBe(true);
        const read = readRunCode(code, [scenario]);
        expect(read).toEqual({ ok: true, value: run });
        if (read.ok) expect(encodeRunCode(read.value, scenario)).toBe(code);
      }),
      { numRuns: 2000 },
    );
  });

  it('replays played random games exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.constantFrom(...lists.strategies), { minLength: 3, maxLength: 3 }), fc.boolean(), (seed, path, twoTeam) => {
        const levers = scenario.usLevers.map((l) => l.id);
        const decisions = path.map((strategy, i) => ({ strategy, ...(twoTeam ? { levers: [levers[i % levers.length]!] } : {}), rationale: `term ${i}` }));
        const { state, code } = codeOfGame(defaultSetup(scenario, { seed, twoTeam }), decisions);
        const opened = openRunCode(code, [scenario]);
        expect(opened.ok && opened.value.state).toEqual(state);
      }),
      { numRuns: 20 },
    );
  });
});
