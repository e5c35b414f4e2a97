// Reads simulator flags into a checked set of options; every mistake becomes one line of explanation.
import { parseArgs } from 'node:util';
import { strategyIds as strategiesOf, type Decision, type Result, type Scenario } from '../engine/index.ts';

export type SimOptions = {
  readonly decisions: readonly Decision[];
  readonly tokens: readonly string[];
  readonly seed: number;
  readonly runs: number | null;
  readonly csv: boolean;
  readonly start: '2012' | '2006';
  readonly theory: string;
  readonly usPosture: string;
  readonly succession: 'player' | 'model';
  readonly randomEvents: boolean;
  readonly list: boolean;
};

const INT = /^-?\d+$/;

export function parseSimArgs(argv: readonly string[], scenario: Scenario): Result<SimOptions, string> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        choices: { type: 'string' },
        seed: { type: 'string' },
        runs: { type: 'string' },
        csv: { type: 'boolean' },
        from: { type: 'string' },
        theory: { type: 'string' },
        us: { type: 'string' },
        parties: { type: 'string' },
        successors: { type: 'string' },
        'no-events': { type: 'boolean' },
        list: { type: 'boolean' },
        scenario: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const err = (message: string): Result<SimOptions, string> => ({ ok: false, error: message });
  const list = values.list === true;

  const seedText = values.seed ?? '1';
  if (!INT.test(seedText) || !Number.isSafeInteger(Number(seedText))) return err(`--seed must be an integer, got "${seedText}"`);
  let runs: number | null = null;
  if (values.runs !== undefined) {
    if (!INT.test(values.runs) || Number(values.runs) < 1 || Number(values.runs) > 1_000_000) return err(`--runs must be a whole number from 1 to 1000000, got "${values.runs}"`);
    runs = Number(values.runs);
  }
  const start = values.from ?? '2012';
  if (start !== '2012' && start !== '2006') return err(`--from must be 2012 or 2006, got "${start}"`);
  if (start === '2006' && !scenario.prologue) return err('this scenario has no 2006 prologue');
  const theory = values.theory ?? scenario.defaultTheory;
  if (!scenario.theories.some((t) => t.id === theory)) return err(`unknown --theory "${theory}" (known: ${scenario.theories.map((t) => t.id).join(', ')})`);
  const usPosture = values.us ?? scenario.defaultUsPosture;
  if (!scenario.usPostures.some((t) => t.id === usPosture)) return err(`unknown --us "${usPosture}" (known: ${scenario.usPostures.map((t) => t.id).join(', ')})`);
  const successors = values.successors ?? 'player';
  if (successors !== 'player' && successors !== 'model') return err(`--successors must be "model" (or "player"), got "${successors}"`);

  const strategyIds = strategiesOf(scenario);
  const tokens = list && values.choices === undefined ? [] : (values.choices ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  if (!list && tokens.length === 0) return err('--choices is required, e.g. --choices A,B,D');
  const unknown = tokens.find((t) => !strategyIds.includes(t));
  if (unknown !== undefined) return err(`unknown choice "${unknown}" (use ${strategyIds.join(', ')})`);
  const expected = successors === 'model' ? null : scenario.terms.length;
  if (!list && expected !== null && tokens.length !== expected) return err(`expected ${expected} choices, one per sexenio, got ${tokens.length}`);
  if (!list && successors === 'model' && tokens.length > scenario.terms.length) return err(`at most ${scenario.terms.length} choices`);
  if (successors === 'model' && tokens.length > 1) return err('with --successors model the player governs one term: give one choice');

  const parties = values.parties === undefined ? [] : values.parties.split(',').map((p) => p.trim());
  const badParty = parties.find((p) => !scenario.parties.some((x) => x.id === p));
  if (badParty !== undefined) return err(`unknown party "${badParty}" (use ${scenario.parties.map((p) => p.id).join(', ')})`);
  if (parties.length > tokens.length) return err(`more parties (${parties.length}) than choices (${tokens.length})`);

  const decisions: Decision[] = tokens.map((strategy, i) => {
    const party = parties[i];
    return party === undefined ? { strategy } : { strategy, party };
  });
  return {
    ok: true,
    value: {
      decisions,
      tokens,
      seed: Number(seedText),
      runs,
      csv: values.csv === true,
      start,
      theory,
      usPosture,
      succession: successors,
      randomEvents: values['no-events'] !== true,
      list,
    },
  };
}
