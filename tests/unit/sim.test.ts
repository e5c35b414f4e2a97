// The headless simulator, run exactly as the README says: npm run --silent sim -- …
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { packCode } from '../../src/content/code-format.ts';
import { loadSourceTexts } from '../../src/content/load-sources-node.ts';
import { encodeRunCode, runCodeOf, type RunCode } from '../../src/content/run-code.ts';
import { defaultSetup, play, type GameRecord, type Scenario } from '../../src/engine/index.ts';
import { realScenario } from './load-test-scenario.ts';

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

  it('summarises who governed each term: party shares, and how often the party in office kept the presidency', () => {
    const out = JSON.parse(sim('--choices', 'C+LE,C+LE,C+LE', '--runs', '200').stdout) as { terms: { startYear: number; incumbentKept: number | null; parties: Record<string, number> }[] };
    expect(out.terms.map((t) => t.startYear)).toEqual([2013, 2019, 2025]);
    expect(out.terms[0]?.incumbentKept).toBeNull();
    for (const t of out.terms) {
      expect(Object.values(t.parties).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
      expect(Object.keys(t.parties).every((p) => ['PRI', 'PAN', 'PRD'].includes(p))).toBe(true);
    }
    const kept = out.terms[1]?.incumbentKept ?? Number.NaN;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(1);
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

  it('lists every parameter by factor, plays a variant with --set (its run code replays it), and refuses an unknown parameter in one line', () => {
    type Listed = { parameters: { factor: string; parameters: { name: string; default: number; min: number; max: number; unit: string }[] }[] };
    const listed = (JSON.parse(sim('--list').stdout) as Listed).parameters.flatMap((g) => g.parameters.map((p) => p.name));
    expect([...listed].sort()).toEqual(Object.keys(realScenario().params).sort());
    const base = JSON.parse(sim('--choices', 'A,B,D', '--seed', '4').stdout) as SimGame;
    const changed = JSON.parse(sim('--choices', 'A,B,D', '--seed', '4', '--set', 'missionGainSedena=3.5', '--set', 'aidDelay=0.9').stdout) as SimGame & { setup: { variant: Record<string, number> } };
    expect(changed.setup.variant).toEqual({ missionGainSedena: 3.5, aidDelay: 0.9 });
    expect(changed.final['sedena']).toBeLessThan(base.final['sedena'] ?? 0);
    const code = sim('--choices', 'A,B,D', '--seed', '4', '--set', 'missionGainSedena=3.5', '--set', 'aidDelay=0.9', '--code').stdout.trim();
    expect(sim('--replay', code).stdout).toBe(sim('--choices', 'A,B,D', '--seed', '4', '--set', 'missionGainSedena=3.5', '--set', 'aidDelay=0.9').stdout);
    const bad = sim('--choices', 'A,B,D', '--set', 'missionGain=3');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('sim: unknown parameter "missionGain" (did you mean missionGainSedena, missionGainSemar?)\n');
  }, 240_000);

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

type Web = { title: string; publisher: string; date: string; url: string };
type RealCourse = {
  terms: { startYear: number; strategy: string; party: string }[];
  years: { year: number; scores: Record<string, number>; events: { id: string; source: Web | Cite }[] }[];
  administrations: { president: string; strategy: string; mapping: string }[];
  observed: { year: number; measure: string; value: number; source: string }[];
};

describe('simulator: the real course (--history)', () => {
  const first = sim('--history');

  it('plays December 2012 to 2025 as it happened, with the observed homicides and where each was read', () => {
    expect(first.status).toBe(0);
    const run = JSON.parse(first.stdout) as RealCourse;
    expect(run.years.map((y) => y.year)).toEqual(Array.from({ length: 13 }, (_, i) => 2013 + i));
    expect(run.terms.map((t) => t.strategy)).toEqual(['A', 'C+LE', 'C+LE']);
    expect(run.administrations.map((a) => a.president)).toEqual(['Enrique Peña Nieto', 'Andrés Manuel López Obrador', 'Claudia Sheinbaum']);
    for (const a of run.administrations) expect(a.mapping.length).toBeGreaterThan(100);
    const homicides = run.observed.filter((o) => o.measure === 'inegi-homicides');
    for (let year = 2013; year <= 2024; year++) {
      const row = homicides.find((o) => o.year === year);
      expect(row, String(year)).toBeDefined();
      expect(row?.value).toBeGreaterThan(10_000);
      expect(row?.source).toMatch(/^https?:\/\/\S+$/);
    }
    const y2020 = run.years.find((y) => y.year === 2020);
    const arrest = y2020?.events.find((e) => e.id === 'real-cienfuegos-arrest');
    const source = arrest?.source;
    expect(source && 'url' in source ? [source.url.slice(0, 4), source.date.slice(0, 4), source.publisher.length > 0] : null).toEqual(['http', '2020', true]);
    // Drawn events are off: every event of the real course is a real, dated one.
    for (const y of run.years) for (const e of y.events) expect(e.id, `${y.year}`).toMatch(/^real-/);
  }, 60_000);

  it('gives the same bytes for the same seed; only the yearly noise differs with another', () => {
    expect(sim('--history').stdout).toBe(first.stdout);
    const other = JSON.parse(sim('--history', '--seed', '2').stdout) as RealCourse;
    const run = JSON.parse(first.stdout) as RealCourse;
    expect(other.years.map((y) => y.events.map((e) => e.id))).toEqual(run.years.map((y) => y.events.map((e) => e.id)));
    expect(other.years.map((y) => y.scores['violence'])).not.toEqual(run.years.map((y) => y.scores['violence']));
  }, 60_000);

  it('refuses choices beside --history, with one line on stderr', () => {
    const r = sim('--history', '--choices', 'A,B,C');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^sim: --history plays the real course: it takes only --seed \(and --csv\), not --choices\n$/);
  }, 60_000);
});

/** The command line that plays the same game as a run code (what --replay promises to match). */
function argsOf(run: RunCode): string[] {
  const { setup, decisions, answers } = run;
  const args = ['--choices', decisions.map((d) => d.strategy).join(','), '--seed', String(setup.seed)];
  if (setup.start !== '2012') args.push('--from', setup.start);
  args.push('--theory', setup.theory, '--us', setup.usPosture);
  if (setup.succession === 'model') args.push('--successors', 'model');
  if (!setup.randomEvents) args.push('--no-events');
  if (setup.allowedOptions.length > 0) args.push('--options', setup.allowedOptions.join(','));
  if (decisions.some((d) => d.party)) args.push('--parties', decisions.map((d) => d.party ?? '').join(','));
  if (decisions.some((d) => d.levers?.length)) args.push('--levers', decisions.map((d) => (d.levers ?? []).join('+')).join(','));
  const given = Object.entries(answers).map(([key, choice]) => `${key}=${choice}`);
  if (given.length > 0) args.push('--answers', given.join(','));
  return args;
}

function codeOf(scenario: Scenario, record: GameRecord): RunCode {
  const played = play(scenario, record);
  if (!played.ok) throw new Error(played.error.message);
  return runCodeOf(scenario, played.value, { nickname: 'Pair 7' });
}

describe('simulator: run codes', () => {
  const scenario = realScenario();

  it('--code prints the game’s run code, and --replay of it prints the same bytes as the command', () => {
    const args = ['--choices', 'A,B,C+LE', '--seed', '3', '--answers', '2014:hurricane-relief-offer=decline', '--parties', ',PAN'];
    const direct = sim(...args);
    expect(direct.status).toBe(0);
    const code = sim(...args, '--code');
    expect(code.status).toBe(0);
    expect(code.stdout).toMatch(/^SX3\.[A-Za-z0-9+$~_-]+\.[0-9a-z]+\n$/);
    const replayed = sim('--replay', code.stdout.trim());
    expect(replayed.stderr).toBe('');
    expect(replayed.status).toBe(0);
    expect(replayed.stdout).toBe(direct.stdout);
    expect(sim('--replay', `https://example.org/#run=${code.stdout.trim()}`, '--csv').stdout).toBe(sim(...args, '--csv').stdout);
  }, 120_000);

  it('any run code the game makes has an equivalent command line: set-up, parties, levers, answers, one-term mode', () => {
    const levers = scenario.usLevers.map((l) => l.id);
    const records: GameRecord[] = [
      {
        setup: defaultSetup(scenario, { seed: 2006, start: '2006', theory: 'reversion', usPosture: 'slow-aid', twoTeam: true }),
        decisions: [{ strategy: 'B', levers: [levers[0]!, levers[2]!], rationale: 'why' }, { strategy: 'C+LE', party: 'PRD' }, { strategy: 'D', levers: [levers[1]!], forecast: 'fall' }],
        answers: { '2014:hurricane-relief-offer': 'decline' },
      },
      { setup: defaultSetup(scenario, { seed: 4_000_000_000, succession: 'model', allowedOptions: ['A', 'B'], randomEvents: false }), decisions: [{ strategy: 'A', party: 'PRI' }], answers: {} },
    ];
    for (const record of records) {
      const run = codeOf(scenario, record);
      const replayed = sim('--replay', encodeRunCode(run, scenario));
      expect(replayed.stderr).toBe('');
      expect(replayed.stdout).toBe(sim(...argsOf(run)).stdout);
      expect(JSON.parse(replayed.stdout)).toMatchObject({ seed: record.setup.seed, choices: record.decisions.map((d) => d.strategy) });
    }
  }, 120_000);

  it('refuses a code made with other model content (exit 2, one line), and a damaged one', () => {
    const [key, value] = Object.entries(scenario.params)[0]!;
    const changed: Scenario = { ...scenario, params: { ...scenario.params, [key]: value + 1 } };
    const foreign = encodeRunCode(codeOf(changed, { setup: defaultSetup(scenario, { seed: 5 }), decisions: [{ strategy: 'A' }, { strategy: 'B' }, { strategy: 'C' }], answers: {} }), changed);
    for (const code of [foreign, foreign.slice(0, -8)]) {
      const r = sim('--replay', code);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(sim('--replay', foreign).stderr).toMatch(/^sim: This run code was made with other model content .* would not replay as the same game/);
    expect(sim('--replay', foreign, '--seed', '4').stderr).toMatch(/^sim: --replay takes no --seed/);
  }, 120_000);

  it('replays a code older than fingerprints, and says on stderr that its content cannot be checked', () => {
    const { content: _content, ...rest } = codeOf(scenario, { setup: defaultSetup(scenario, { seed: 12 }), decisions: [{ strategy: 'D' }, { strategy: 'A' }, { strategy: 'B' }], answers: {} });
    const r = sim('--replay', packCode('run', 1, { ...rest, v: 1 }));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^sim: note: .*unchecked\n$/);
    expect(r.stdout).toBe(sim('--choices', 'D,A,B', '--seed', '12').stdout);
  }, 120_000);
});
