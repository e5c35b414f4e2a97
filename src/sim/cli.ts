// npm run --silent sim -- --choices A,B,D --seed 42   (see README for every flag)
import { defaultSetup, monteCarlo, play } from '../engine/index.ts';
import { loadAllScenarios } from '../content/load-scenarios-node.ts';
import { parseSimArgs } from './parse-args.ts';
import { gameCsv, gameReport, listIds, monteCarloReport } from './report.ts';

function fail(message: string): never {
  process.stderr.write(`sim: ${message}\n`);
  process.exit(2);
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
  });
  if (o.runs !== null) {
    const result = monteCarlo(scenario, setup, o.decisions, o.runs);
    process.stdout.write(JSON.stringify(monteCarloReport(scenario, result, o.tokens, o.seed)) + '\n');
    return;
  }
  const played = play(scenario, { setup, decisions: o.decisions, answers: {} });
  if (!played.ok) fail(played.error.message);
  if (o.csv) process.stdout.write(gameCsv(scenario, played.value));
  else process.stdout.write(JSON.stringify(gameReport(scenario, played.value, o.tokens), null, 2) + '\n');
}

main(process.argv.slice(2));
