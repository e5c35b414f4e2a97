// npm run --silent sim -- --choices A,B,D --seed 42   (see README for every flag)
import { defaultSetup, monteCarlo, play, type GameState, type Scenario } from '../engine/index.ts';
import { describeProblem } from '../content/code-problem.ts';
import { loadAllScenarios } from '../content/load-scenarios-node.ts';
import { observedRows, playRealCourse } from '../content/real-course.ts';
import { encodeRunCode, openRunCode, runCodeOf } from '../content/run-code.ts';
import { exportVariant } from './export-variant.ts';
import { parseSimArgs } from './parse-args.ts';
import { gameCsv, gameReport, listIds, monteCarloReport } from './report.ts';

function fail(message: string): never {
  process.stderr.write(`sim: ${message}\n`);
  process.exit(2);
}

function printGame(scenario: Scenario, state: GameState, tokens: readonly string[], csv: boolean): void {
  if (csv) process.stdout.write(gameCsv(scenario, state));
  else process.stdout.write(JSON.stringify(gameReport(scenario, state, tokens), null, 2) + '\n');
}

/**
 * Replays a run code exactly as the browser opens it, and prints what `--choices … --seed …` with the same set-up
 * prints. A code made with other model content is refused; an older code without a content fingerprint is replayed
 * with this copy's model and flagged on stderr.
 */
function replayCode(code: string, scenarios: readonly Scenario[], csv: boolean): void {
  const opened = openRunCode(code, scenarios);
  if (!opened.ok) fail(describeProblem(opened.error));
  const { scenario, state, run, content } = opened.value;
  if (content === 'unverified') process.stderr.write('sim: note: this run code is older than content fingerprints, so it is replayed with this copy\'s model unchecked\n');
  printGame(scenario, state, run.decisions.map((d) => d.strategy), csv);
}

/** The real course as the model plays it: the game's JSON, the governments behind each term, and the observed series. */
function printRealCourse(scenario: Scenario, seed: number, csv: boolean): void {
  const played = playRealCourse(scenario, seed);
  if (!played) fail(`scenario "${scenario.id}" has no real course (history.json)`);
  if (!played.ok) fail(played.error.message);
  const history = scenario.history;
  const tokens = history?.administrations.map((a) => a.strategy) ?? [];
  if (csv) {
    printGame(scenario, played.value, tokens, true);
    return;
  }
  const administrations = (history?.administrations ?? []).map((a) => ({ president: a.president, party: a.party, took: a.took, ...(a.left ? { left: a.left } : {}), strategy: a.strategy, mapping: a.mapping.en }));
  const report = { ...gameReport(scenario, played.value, tokens), administrations, observed: observedRows(scenario) };
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

function main(argv: readonly string[]): void {
  let scenarios;
  try {
    scenarios = loadAllScenarios();
  } catch (e) {
    fail(`scenario content is invalid:\n${e instanceof Error ? e.message : String(e)}`);
  }
  const idIndex = argv.indexOf('--scenario');
  const wanted = idIndex >= 0 ? argv[idIndex + 1] : undefined;
  const scenario = wanted ? scenarios.find((s) => s.id === wanted) : scenarios[0];
  if (!scenario) fail(wanted ? `unknown --scenario "${wanted}"` : 'no scenario found');

  const parsed = parseSimArgs(argv, scenario);
  if (!parsed.ok) fail(parsed.error);
  const o = parsed.value;
  if (o.replay !== null) {
    replayCode(o.replay, scenarios, o.csv);
    return;
  }
  if (o.history) {
    printRealCourse(scenario, o.seed, o.csv);
    return;
  }
  if (o.exportVariant !== null) {
    const written = exportVariant(scenario, o.variant, o.exportVariant);
    if (!written.ok) fail(written.error);
    process.stdout.write(`${written.value}\n`);
    return;
  }
  if (o.list) {
    process.stdout.write(JSON.stringify(listIds(scenario), null, 2) + '\n');
    return;
  }
  const setup = defaultSetup(scenario, {
    seed: o.seed,
    start: o.start,
    theory: o.theory,
    usPosture: o.usPosture,
    succession: o.succession,
    randomEvents: o.randomEvents,
    allowedOptions: o.allowedOptions,
    ...(Object.keys(o.variant).length > 0 ? { variant: o.variant } : {}),
  });
  if (o.runs !== null) {
    const result = monteCarlo(scenario, setup, o.decisions, o.runs);
    process.stdout.write(JSON.stringify(monteCarloReport(scenario, result, o.tokens, o.seed, o.variant)) + '\n');
    return;
  }
  const played = play(scenario, { setup, decisions: o.decisions, answers: o.answers });
  if (!played.ok) fail(played.error.message);
  if (o.code) process.stdout.write(`${encodeRunCode(runCodeOf(scenario, played.value), scenario)}\n`);
  else printGame(scenario, played.value, o.tokens, o.csv);
}

main(process.argv.slice(2));
