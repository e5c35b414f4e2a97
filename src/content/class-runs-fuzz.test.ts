// Fuzzing the class dashboard's reader: whatever is pasted or dropped (random text, lists of real, cut, edited and
// forged run codes, JSON arrays and objects, broken JSON), readRunList never throws, every line is either a run
// or a bad line, and every bad line has a message, in English and in Spanish.
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { defaultSetup, play } from '../engine/index.ts';
import { createI18n } from '../ui/i18n/i18n.ts';
import { problemText } from '../ui/screens/classroom/use-problem-text.ts';
import { MAX_LIST_CHARS, MAX_LIST_CODES } from './class-list-limits.ts';
import { classCsv } from '../ui/screens/classroom/class-csv.ts';
import { runRow } from '../ui/screens/classroom/run-rows.ts';
import { describeBadLine, readRunList, splitCodes, type BadLine } from './class-runs.ts';
import { encodeClassLink, makeClassLink } from './class-link.ts';
import { checksum } from './code-format.ts';
import { loadAllScenarios } from './load-scenarios-node.ts';
import { encodeRunCode, runCodeOf } from './run-code.ts';

const FUZZ_RUNS = 10_000;
const scenario = loadAllScenarios()[0]!;
const en = createI18n('en').t;
const es = createI18n('es').t;

function codeFor(seed: number, strategies: string[], nickname: string): string {
  const setup = defaultSetup(scenario, { seed });
  const p = play(scenario, { setup, decisions: strategies.map((strategy) => ({ strategy, rationale: `why ${seed}` })), answers: {} });
  if (!p.ok) throw new Error(p.error.message);
  return encodeRunCode(runCodeOf(scenario, p.value, { nickname }), scenario);
}

const codes = [codeFor(1, ['A', 'A', 'A'], '=Team One'), codeFor(2, ['D', 'C+LE', 'A'], '<b>Two</b>'), codeFor(3, ['B', 'C', 'D'], 'Tres')];
const classLink = encodeClassLink(makeClassLink(scenario, defaultSetup(scenario), null, 5));

function forge(prefix: string, payload: unknown): string {
  const body = LZString.compressToEncodedURIComponent(JSON.stringify(payload));
  return `${prefix}.${body}.${checksum(body)}`;
}

/** One line of a list: garbage, a real code, a damaged one, a forged one, a link, a class link, blank space. */
const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...codes) },
  { weight: 1, arbitrary: fc.constantFrom(...codes).map((c) => `https://example.org/sexenio/#run=${c}`) },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom(...codes), fc.nat(), fc.string({ maxLength: 4 }), fc.constantFrom('flip', 'cut', 'insert')).map(([c, at, s, how]) => {
      const i = at % c.length;
      return how === 'cut' ? c.slice(0, i) : how === 'insert' ? c.slice(0, i) + s + c.slice(i) : c.slice(0, i) + (s[0] ?? 'x') + c.slice(i + 1);
    }),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => forge('SX2', v)) },
  { weight: 1, arbitrary: fc.constantFrom(...codes).map((c) => c.replace(/^SX2\./, 'SX9.')) },
  { weight: 1, arbitrary: fc.constant(classLink) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\t', '\r') },
);

type Input = { text: string; lines: boolean };
/** A whole paste or file: lines (LF or CRLF), a JSON array, a { codes } object, other JSON, or broken JSON. */
const input: fc.Arbitrary<Input> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n')).map(([ls, sep]) => ({ text: ls.join(sep), lines: true })) },
  { weight: 2, arbitrary: fc.array(fc.oneof(line, line.map((code) => ({ code })), fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }).map((items) => ({ text: JSON.stringify(items), lines: false })) },
  { weight: 1, arbitrary: fc.array(line, { maxLength: 5 }).map((items) => ({ text: JSON.stringify({ codes: items }, null, 2), lines: false })) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => ({ text: JSON.stringify(v), lines: false })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('[', '{', ' [', '{"codes":'), fc.string({ maxLength: 40 })).map(([a, b]) => ({ text: a + b, lines: false })) },
);

function expectMessages(b: BadLine): void {
  expect(describeBadLine(b).length).toBeGreaterThan(10);
  for (const t of [en, es]) {
    const text = problemText(t, b.problem);
    expect(text.length, JSON.stringify(b.problem)).toBeGreaterThan(10);
    // A missing key comes back as the key itself; an unfilled placeholder as {{…}}.
    expect(text).not.toMatch(/classroom\.|\{\{/);
  }
}

describe('class run lists: fuzzing the reader', () => {
  it(`${FUZZ_RUNS} random and mutated pastes and files: never an exception, every line accounted for, every bad line explained`, () => {
    let count = 0;
    let runsSeen = 0;
    let badSeen = 0;
    fc.assert(
      fc.property(input, ({ text, lines }) => {
        count++;
        const list = readRunList(text, [scenario]);
        runsSeen += list.runs.length;
        badSeen += list.bad.length;
        for (const b of list.bad) expectMessages(b);
        for (const r of list.runs) {
          expect(r.path.length).toBeGreaterThan(0);
          expect(Number.isFinite(r.final['cooperation'])).toBe(true);
        }
        if (lines && !/^\s*[[{]/.test(text)) {
          // One code per non-blank line (a list that starts with [ or { is read as JSON): each such line is a run
          // or a bad line, exactly once.
          const expected = text.split(/\r?\n/).flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));
          const got = [...list.runs.map((r) => r.line), ...list.held.map((r) => r.line), ...list.bad.map((b) => b.line)].sort((a, b) => a - b);
          expect(got).toEqual(expected);
        }
        expect(() => classCsv(list.runs.map(runRow), { t: en, className: '', scoreLabel: (id) => id, headline: ['cooperation'], apart: () => '', terms: 3 })).not.toThrow();
      }),
      { numRuns: FUZZ_RUNS, seed: 20_130_201 },
    );
    expect(count).toBeGreaterThanOrEqual(FUZZ_RUNS);
    expect(runsSeen).toBeGreaterThan(100);
    expect(badSeen).toBeGreaterThan(FUZZ_RUNS);
  }, 120_000);

  it('refuses a list over the size limit at once, with a message', () => {
    const huge = `${codes[0]!}\n`.repeat(Math.ceil(MAX_LIST_CHARS / codes[0]!.length) + 1);
    expect(huge.length).toBeGreaterThan(MAX_LIST_CHARS);
    const started = performance.now();
    const list = readRunList(huge, [scenario]);
    expect(performance.now() - started).toBeLessThan(50);
    expect(list.runs).toEqual([]);
    expect(list.bad).toHaveLength(1);
    expect(list.bad[0]).toMatchObject({ line: 0, problem: { reason: 'list-too-long' } });
    expectMessages(list.bad[0]!);
    expect(problemText(en, list.bad[0]!.problem)).toMatch(/at most 2 MB/);
    expect(problemText(es, list.bad[0]!.problem)).toMatch(/como máximo 2 MB/);
  });

  it(`reads at most ${MAX_LIST_CODES} codes, and says the rest was left out (lines and JSON alike)`, () => {
    const many = Array.from({ length: MAX_LIST_CODES + 50 }, (_, i) => `not a code ${i}`);
    for (const text of [many.join('\n'), JSON.stringify(many), JSON.stringify({ codes: many })]) {
      expect(splitCodes(text).items).toHaveLength(MAX_LIST_CODES + 1);
      const list = readRunList(text, [scenario]);
      expect(list.bad).toHaveLength(MAX_LIST_CODES + 1);
      expect(list.bad.at(-1)).toMatchObject({ line: MAX_LIST_CODES + 1, problem: { reason: 'too-many', max: MAX_LIST_CODES } });
      expectMessages(list.bad.at(-1)!);
    }
  });

  it('a JSON file with no list of codes is a bad line, not silence', () => {
    for (const text of ['{}', '{"codes": 5}', '{"runs": []}', '[1', '{"codes": [']) {
      const list = readRunList(text, [scenario]);
      expect(list.bad, text).toHaveLength(1);
      expect(list.bad[0]).toMatchObject({ line: 0, problem: { reason: 'bad-json' } });
      expectMessages(list.bad[0]!);
    }
  });
});
