import { describe, expect, it } from 'vitest';
import { createGame, defaultSetup, play, step, type Action } from '../engine/index.ts';
import { addRunList, choiceDistribution, describeBadLine, readRunList, removeRun, scoresByPath, splitCodes } from './class-runs.ts';
import { packCode } from './code-format.ts';
import { loadAllScenarios } from './load-scenarios-node.ts';
import { encodeRunCode, readRunCode, runCodeOf } from './run-code.ts';

const scenario = loadAllScenarios()[0]!;

function codeFor(seed: number, strategies: string[], nickname?: string): string {
  const setup = defaultSetup(scenario, { seed });
  const p = play(scenario, { setup, decisions: strategies.map((strategy) => ({ strategy, rationale: `why ${strategy}` })), answers: {} });
  if (!p.ok) throw new Error(p.error.message);
  return encodeRunCode(runCodeOf(scenario, p.value, nickname ? { nickname } : {}), scenario);
}

/** The game's older "Download the run (JSON)" shape: set-up and action log, no code. */
function oldExport(seed: number, strategies: string[]): unknown {
  const setup = defaultSetup(scenario, { seed });
  const actions: Action[] = [];
  const p = play(scenario, { setup, decisions: strategies.map((strategy) => ({ strategy, rationale: `why ${strategy}` })), answers: {} }, { onAction: (a) => actions.push(a) });
  if (!p.ok) throw new Error(p.error.message);
  return { format: 'sexenio-run', version: 1, scenario: { id: scenario.id, version: scenario.version }, setup, decisions: [], actions, years: [], changes: [] };
}

const a = codeFor(1, ['A', 'A', 'A'], '=Team One');
const b = codeFor(2, ['D', 'C+LE', 'A'], 'Team, "Two"');
const c = codeFor(3, ['A', 'A', 'A'], 'Tres');

describe('class run lists', () => {
  it('reads good lines, lists bad ones with a message, and flags duplicates', () => {
    const list = readRunList([a, '', 'garbage', b, a.slice(0, 50), a, `https://x.test/#run=${c}`].join('\n'), [scenario]);
    expect(list.runs.map((r) => r.line)).toEqual([1, 4, 7]);
    expect(list.runs.map((r) => r.n)).toEqual([1, 2, 3]);
    expect(list.runs.map((r) => r.via)).toEqual(['code', 'code', 'link']);
    expect(list.bad.map((x) => x.line)).toEqual([3, 5, 6]);
    expect(list.bad.map(describeBadLine)).toEqual([expect.stringMatching(/not a Sexenio run code/), expect.stringMatching(/damaged or cut off/), 'The same run as =Team One, already on the list.']);
    expect(list.runs[1]?.path).toEqual(['D', 'C+LE', 'A']);
  });

  it('one run handed in as a code, a #run= link and the game’s JSON download (either shape) is one run', () => {
    const plain = codeFor(9, ['B', 'C', 'D']);
    const first = readRunList(plain, [scenario]);
    expect(first.runs).toHaveLength(1);
    const again = readRunList([`https://x.test/play/#run=${plain}`, JSON.stringify({ kind: 'sexenio-run', code: plain })].join('\n'), [scenario], { known: first });
    expect(again.runs).toEqual([]);
    expect(again.bad.map((x) => x.problem.reason)).toEqual(['duplicate', 'duplicate']);
    const fromFile = readRunList(JSON.stringify({ kind: 'sexenio-run', code: plain }), [scenario], { source: 'run.json', known: first });
    expect(fromFile.bad.map((x) => x.problem.reason)).toEqual(['duplicate']);
    const fromOld = readRunList(JSON.stringify(oldExport(9, ['B', 'C', 'D'])), [scenario], { source: 'old.json', known: first });
    expect(fromOld.runs).toEqual([]);
    expect(fromOld.bad).toMatchObject([{ source: 'old.json', problem: { reason: 'duplicate', of: 1 } }]);
  });

  it('reads the older JSON download into a run marked unverified, and the newer one with its code', () => {
    const old = readRunList(JSON.stringify(oldExport(4, ['D', 'D', 'C'])), [scenario], { source: 'sexenio-4.json' });
    expect(old.bad).toEqual([]);
    expect(old.runs).toHaveLength(1);
    expect(old.runs[0]).toMatchObject({ via: 'file', source: 'sexenio-4.json', content: 'unverified', path: ['D', 'D', 'C'] });
    const direct = play(scenario, { setup: defaultSetup(scenario, { seed: 4 }), decisions: ['D', 'D', 'C'].map((strategy) => ({ strategy, rationale: `why ${strategy}` })), answers: {} });
    expect(direct.ok && old.runs[0]!.final).toEqual(direct.ok && direct.value.scores);
    const newer = readRunList(JSON.stringify({ kind: 'sexenio-run', code: b }), [scenario], { source: 'b.json' });
    expect(newer.runs.map((r) => r.run.nickname)).toEqual(['Team, "Two"']);
    const broken = readRunList(JSON.stringify({ format: 'sexenio-run', version: 1, scenario: { id: scenario.id, version: scenario.version }, setup: {}, actions: [] }), [scenario], { source: 'x.json' });
    expect(broken.bad).toMatchObject([{ source: 'x.json', problem: { reason: 'invalid' } }]);
  });

  it('two pairs who played alike under different nicknames stay two runs', () => {
    const list = readRunList([codeFor(5, ['A', 'B', 'C'], 'Ana'), codeFor(5, ['A', 'B', 'C'], 'Beto'), codeFor(5, ['A', 'B', 'C'], 'Ana')].join('\n'), [scenario]);
    expect(list.runs.map((r) => r.run.nickname)).toEqual(['Ana', 'Beto']);
    expect(list.bad.map((x) => x.problem.reason)).toEqual(['duplicate']);
  });

  it('names the other model content of a run it cannot read, rather than mixing it in', () => {
    const run = readRunCode(codeFor(6, ['A', 'A', 'A'], 'Other'), [scenario]);
    if (!run.ok) throw new Error('no run');
    const other = encodeRunCode({ ...run.value, content: 'zzzzzz' }, scenario);
    const list = readRunList(other, [scenario]);
    expect(list.runs).toEqual([]);
    expect(list.bad).toMatchObject([{ line: 1, problem: { reason: 'other-content', codeContent: 'zzzzzz' } }]);
    expect(describeBadLine(list.bad[0]!)).toMatch(/model/i);
  });

  it('adds batches after each other, numbers runs on, and removes one', () => {
    const first = readRunList([a, b].join('\n'), [scenario]);
    const both = addRunList(first, readRunList(c, [scenario], { known: first }));
    expect(both.runs.map((r) => r.n)).toEqual([1, 2, 3]);
    expect(removeRun(both, 2).runs.map((r) => r.n)).toEqual([1, 3]);
  });

  it('reads JSON arrays and { codes } objects', () => {
    expect(splitCodes(JSON.stringify([a, { code: b }])).items.map((i) => i.text)).toEqual([a, b]);
    expect(splitCodes(JSON.stringify({ codes: [c] })).items).toHaveLength(1);
    expect(describeBadLine(splitCodes('[not json').bad[0]!)).toMatch(/JSON/);
    expect(describeBadLine(splitCodes('x'.repeat(2_000_001)).bad[0]!)).toMatch(/at most 2 MB/);
    expect(splitCodes(`\uFEFF${a}\r\n${b}`).items.map((i) => i.text)).toEqual([a, b]);
  });

  it('sums up choices and final scores by path', () => {
    const { runs } = readRunList([a, b, c].join('\n'), [scenario]);
    expect(choiceDistribution(runs)).toEqual([
      { term: 0, counts: { A: 2, D: 1 } },
      { term: 1, counts: { A: 2, 'C+LE': 1 } },
      { term: 2, counts: { A: 3 } },
    ]);
    const stats = scoresByPath(runs, 'cooperation');
    expect(stats[0]).toMatchObject({ path: 'A → A → A', count: 2, runs: [1, 3] });
    expect(stats[0]!.min).toBeLessThanOrEqual(stats[0]!.mean);
  });

  it('a version 1 code written from an action log replays to the same game', () => {
    const setup = defaultSetup(scenario, { seed: 8 });
    let state = createGame(scenario, setup);
    const p = play(scenario, { setup, decisions: [{ strategy: 'C' }, { strategy: 'C' }, { strategy: 'C' }], answers: {} }, { onAction: (act) => {
      const next = step(state, act, scenario);
      if (next.ok) state = next.value;
    } });
    expect(p.ok).toBe(true);
    const { content: _content, ...run } = runCodeOf(scenario, state);
    const list = readRunList(packCode('run', 1, { ...run, v: 1 }), [scenario]);
    expect(list.runs[0]?.content).toBe('unverified');
  });
});
