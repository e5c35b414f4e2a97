import { describe, expect, it } from 'vitest';
import { defaultSetup, play } from '../engine/index.ts';
import { choiceDistribution, classCsv, describeBadLine, readRunList, scoresByPath, splitCodes } from './class-runs.ts';
import { loadAllScenarios } from './load-scenarios-node.ts';
import { encodeRunCode, runCodeOf } from './run-code.ts';

const scenario = loadAllScenarios()[0]!;

function codeFor(seed: number, strategies: string[], nickname: string): string {
  const setup = defaultSetup(scenario, { seed });
  const p = play(scenario, { setup, decisions: strategies.map((strategy) => ({ strategy })), answers: {} });
  if (!p.ok) throw new Error(p.error.message);
  return encodeRunCode(runCodeOf(scenario, p.value, { nickname }), scenario);
}

const a = codeFor(1, ['A', 'A', 'A'], '=Team One');
const b = codeFor(2, ['D', 'C+LE', 'A'], 'Team, "Two"');
const c = codeFor(3, ['A', 'A', 'A'], 'Tres');

describe('class run lists', () => {
  it('reads good lines, lists bad ones with a message, and flags duplicates', () => {
    const list = readRunList([a, '', 'garbage', b, a.slice(0, 50), a, `https://x.test/#run=${c}`].join('\n'), [scenario]);
    expect(list.runs.map((r) => r.line)).toEqual([1, 4, 7]);
    expect(list.bad.map((x) => x.line)).toEqual([3, 5, 6]);
    expect(list.bad.map(describeBadLine)).toEqual([expect.stringMatching(/not a Sexenio run code/), expect.stringMatching(/damaged or cut off/), 'The same code as line 1.']);
    expect(list.runs[1]?.path).toEqual(['D', 'C+LE', 'A']);
  });
  it('reads JSON arrays and { codes } objects', () => {
    expect(splitCodes(JSON.stringify([a, { code: b }])).items.map((i) => i.text)).toEqual([a, b]);
    expect(splitCodes(JSON.stringify({ codes: [c] })).items).toHaveLength(1);
    expect(describeBadLine(splitCodes('[not json').bad[0]!)).toMatch(/JSON/);
    expect(describeBadLine(splitCodes('x'.repeat(2_000_001)).bad[0]!)).toMatch(/at most 2 MB/);
  });
  it('sums up choices and final scores by path, and exports a safe CSV', () => {
    const { runs } = readRunList([a, b, c].join('\n'), [scenario]);
    expect(choiceDistribution(runs)).toEqual([
      { term: 0, counts: { A: 2, D: 1 } },
      { term: 1, counts: { A: 2, 'C+LE': 1 } },
      { term: 2, counts: { A: 3 } },
    ]);
    const stats = scoresByPath(runs, 'cooperation');
    expect(stats[0]).toMatchObject({ path: 'A → A → A', count: 2 });
    expect(stats[0]!.min).toBeLessThanOrEqual(stats[0]!.mean);
    const csv = classCsv(runs, ['cooperation'], 3);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('line,nickname,sexenio_1,sexenio_2,sexenio_3,final_cooperation,seed,start,theory,us_posture,one_term,two_team,code');
    expect(lines[1]).toContain(",'=Team One,");
    expect(lines[2]).toContain(',"Team, ""Two""",');
  });
});
