// The headless simulator, run exactly as the README says: npm run --silent sim -- …
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadSourceTexts } from '../../src/content/load-sources-node.ts';

type Cite = { doc: 'downie-2011'; section: string; lines: [number, number] };
type SimYear = { year: number; term: number; strategy: string; scores: Record<string, number>; events: { id: string; source: Cite }[]; changes: { target: string; delta: number; factor: string; source: Cite }[] };
type SimGame = { scenario: string; seed: number; choices: string[]; years: SimYear[]; final: Record<string, number> };

const root = new URL('../..', import.meta.url).pathname;

function sim(...args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'sim', '--', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('simulator', () => {
  const first = sim('--choices', 'A,A,A', '--seed', '1');

  it('prints 18 yearly records for three sexenios', () => {
    expect(first.status).toBe(0);
    const game = JSON.parse(first.stdout) as SimGame;
    expect(game.scenario).toBe('sexenio-2012');
    expect(game.choices).toEqual(['A', 'A', 'A']);
    expect(game.years.map((y) => y.year)).toEqual(Array.from({ length: 18 }, (_, i) => 2013 + i));
    expect(game.years.map((y) => y.term)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]);
    for (const key of ['cooperation', 'sedena', 'semar', 'institutions', 'personalTies', 'publicSupport', 'usCommitment', 'violence']) {
      expect(typeof game.years[0]?.scores[key], key).toBe('number');
    }
    expect(Object.keys(game.final)).toEqual(expect.arrayContaining(['cooperation', 'sedena', 'semar']));
  }, 60_000);

  it('gives identical bytes for the same command, and different output for another seed', () => {
    expect(sim('--choices', 'A,A,A', '--seed', '1').stdout).toBe(first.stdout);
    expect(sim('--choices', 'A,A,A', '--seed', '2').stdout).not.toBe(first.stdout);
  }, 60_000);

  it('cites a known document and existing lines for every change and event', () => {
    const sources = loadSourceTexts();
    const game = JSON.parse(first.stdout) as SimGame;
    let count = 0;
    for (const year of game.years) {
      for (const item of [...year.changes, ...year.events]) {
        count++;
        const lines = sources[item.source.doc];
        expect(lines, JSON.stringify(item)).toBeDefined();
        expect(item.source.lines[0]).toBeGreaterThanOrEqual(1);
        expect(item.source.lines[1]).toBeLessThanOrEqual(lines.length);
        expect(item.source.section.length).toBeGreaterThan(0);
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('summarises many runs with mean and percentiles for every score, and a mean per year', () => {
    const r = sim('--choices', 'A,B,D', '--seed', '7', '--runs', '40');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { runs: number; choices: string[]; final: Record<string, Record<string, number>>; byYear: { year: number; mean: Record<string, number> }[] };
    expect(out.runs).toBe(40);
    expect(out.choices).toEqual(['A', 'B', 'D']);
    for (const s of Object.values(out.final)) {
      expect(s.p10).toBeLessThanOrEqual(s.p50 ?? Number.NaN);
      expect(s.p50).toBeLessThanOrEqual(s.p90 ?? Number.NaN);
    }
    expect(Object.keys(out.final)).toEqual(expect.arrayContaining(['cooperation', 'sedena', 'semar', 'violence']));
    expect(out.byYear).toHaveLength(18);
  }, 60_000);

  it('prints CSV with one row per year', () => {
    const r = sim('--choices', 'C+LE,C,D', '--seed', '3', '--csv');
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows).toHaveLength(19);
    expect(rows[0]).toMatch(/^year,term,strategy,/);
    expect(rows[1]).toMatch(/^2013,1,C\+LE,/);
  }, 60_000);

  it('plays the 2006 prologue first with --from 2006, and lists ids with --list', () => {
    const game = JSON.parse(sim('--choices', 'B,B,B', '--from', '2006').stdout) as SimGame;
    expect(game.years[0]?.year).toBe(2007);
    expect(game.years).toHaveLength(24);
    const list = JSON.parse(sim('--list').stdout) as Record<string, string[]>;
    expect(list['options']).toEqual(['A', 'B', 'C', 'C+LE', 'D']);
    expect(list['factors']?.length).toBeGreaterThan(10);
  }, 60_000);

  it('takes a theory, a US posture, fixed parties and one-term mode', () => {
    type Game = SimGame & { setup: Record<string, string>; terms: { strategy: string; party: string; by: string }[] };
    const base = JSON.parse(sim('--choices', 'A,A,A', '--seed', '5').stdout) as Game;
    const deare = JSON.parse(sim('--choices', 'A,A,A', '--seed', '5', '--theory', 'reversion', '--us', 'slow-aid').stdout) as Game;
    expect(deare.setup).toMatchObject({ theory: 'reversion', us: 'slow-aid' });
    expect(deare.final['cooperation']).not.toBe(base.final['cooperation']);
    const parties = JSON.parse(sim('--choices', 'B,C,D', '--parties', 'PRI,PAN,PRD').stdout) as Game;
    expect(parties.terms.map((t) => t.party)).toEqual(['PRI', 'PAN', 'PRD']);
    const oneTerm = JSON.parse(sim('--choices', 'B', '--successors', 'model', '--seed', '9').stdout) as Game;
    expect(oneTerm.years).toHaveLength(18);
    expect(oneTerm.terms.map((t) => t.by)).toEqual(['player', 'model', 'model']);
    expect(sim('--choices', 'A,A,A', '--theory', 'astrology').stderr).toMatch(/^sim: unknown --theory "astrology"/);
  }, 60_000);

  for (const [why, args] of [
    ['an unknown choice', ['--choices', 'A,X,B']],
    ['too few choices', ['--choices', 'A,B']],
    ['a seed that is not an integer', ['--choices', 'A,B,C', '--seed', '4.5']],
    ['a non-numeric seed', ['--choices', 'A,B,C', '--seed', 'abc']],
    ['no choices', []],
    ['an unknown flag', ['--choices', 'A,B,C', '--colour']],
  ] as const) {
    it(`rejects ${why} with one line on stderr and a non-zero exit`, () => {
      const r = sim(...args);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^sim: /);
    }, 60_000);
  }
});
