// Reads simulator flags into a checked set of options; every mistake becomes one line of explanation.
import { parseArgs } from 'node:util';
import { answerKey, strategyIds as strategiesOf, type Decision, type EventAnswers, type Result, type Scenario } from '../engine/index.ts';
import { describeVariantTextProblem, parseVariantText } from '../content/variant-text.ts';
import type { Variant } from '../content/variant.ts';

export type SimOptions = {
  readonly decisions: readonly Decision[];
  readonly answers: EventAnswers;
  readonly tokens: readonly string[];
  readonly seed: number;
  readonly runs: number | null;
  readonly csv: boolean;
  readonly start: '2012' | '2006';
  readonly theory: string;
  readonly usPosture: string;
  readonly succession: 'player' | 'model';
  readonly randomEvents: boolean;
  /** Option ids the player may pick (a class set-up); empty means all. */
  readonly allowedOptions: readonly string[];
  readonly list: boolean;
  /** Print the finished game's run code instead of its JSON. */
  readonly code: boolean;
  /** A run code to replay instead of --choices and the set-up flags. */
  readonly replay: string | null;
  /** Play the real course from December 2012 (history.json) instead of --choices. */
  readonly history: boolean;
  /** Changed assumptions from --set name=value; empty for the standard model. */
  readonly variant: Variant;
  /** Write the variant as a scenario folder here instead of playing (--export-variant). */
  readonly exportVariant: string | null;
};

/** The flags that set up and play one game; --replay takes their place. */
const GAME_FLAGS = ['choices', 'seed', 'runs', 'from', 'theory', 'us', 'parties', 'levers', 'answers', 'options', 'successors', 'no-events', 'list', 'code', 'scenario', 'set', 'export-variant'] as const;

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
        levers: { type: 'string' },
        answers: { type: 'string' },
        options: { type: 'string' },
        'no-events': { type: 'boolean' },
        list: { type: 'boolean' },
        code: { type: 'boolean' },
        replay: { type: 'string' },
        history: { type: 'boolean' },
        scenario: { type: 'string' },
        set: { type: 'string', multiple: true },
        'export-variant': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const err = (message: string): Result<SimOptions, string> => ({ ok: false, error: message });
  const list = values.list === true;
  const history = values.history === true;
  if (history) {
    const other = GAME_FLAGS.find((f) => f !== 'seed' && f !== 'scenario' && values[f] !== undefined) ?? (values.replay !== undefined ? 'replay' : undefined);
    if (other !== undefined) return err(`--history plays the real course: it takes only --seed (and --csv), not --${other}`);
    if (!scenario.history) return err(`scenario "${scenario.id}" has no real course (history.json)`);
  }
  if (values.replay !== undefined) {
    const other = GAME_FLAGS.find((f) => values[f] !== undefined);
    if (other !== undefined) return err(`--replay takes no --${other}: the run code holds the whole game`);
    return {
      ok: true,
      value: { decisions: [], answers: {}, tokens: [], seed: 0, runs: null, csv: values.csv === true, start: '2012', theory: scenario.defaultTheory, usPosture: scenario.defaultUsPosture, succession: 'player', randomEvents: true, allowedOptions: [], list: false, code: false, replay: values.replay, history: false, variant: {}, exportVariant: null },
    };
  }

  const variant = parseVariantText(scenario, (values.set ?? []).join('\n'));
  if (!variant.ok) return err(describeVariantTextProblem(variant.error));
  const exportVariant = values['export-variant'] ?? null;
  if (exportVariant !== null) {
    if (exportVariant.trim() === '') return err('--export-variant needs a folder to write to');
    if (Object.keys(variant.value).length === 0) return err('--export-variant writes a variant: give at least one --set name=value');
    const other = GAME_FLAGS.find((f) => f !== 'set' && f !== 'scenario' && f !== 'export-variant' && values[f] !== undefined);
    if (other !== undefined) return err(`--export-variant writes a scenario folder: it takes only --set (and --scenario), not --${other}`);
    const value = { decisions: [], answers: {}, tokens: [], seed: 1, runs: null, csv: false, start: '2012', theory: scenario.defaultTheory, usPosture: scenario.defaultUsPosture, succession: 'player', randomEvents: true, allowedOptions: [], list: false, code: false, replay: null, history: false, variant: variant.value, exportVariant } as const;
    return { ok: true, value };
  }

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
  if (history) {
    const seed = values.seed ?? '1';
    if (!INT.test(seed) || !Number.isSafeInteger(Number(seed))) return err(`--seed must be an integer, got "${seed}"`);
    const value = { decisions: [], answers: {}, tokens: [], seed: Number(seed), runs: null, csv: values.csv === true, start: '2012', theory, usPosture, succession: 'player', randomEvents: false, allowedOptions: [], list: false, code: false, replay: null, history: true, variant: {}, exportVariant: null } as const;
    return { ok: true, value };
  }
  const tokens = list && values.choices === undefined ? [] : (values.choices ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  if (!list && tokens.length === 0) return err('--choices is required, e.g. --choices A,B,D');
  const unknown = tokens.find((t) => !strategyIds.includes(t));
  if (unknown !== undefined) return err(`unknown choice "${unknown}" (use ${strategyIds.join(', ')})`);
  const expected = successors === 'model' ? null : scenario.terms.length;
  if (!list && expected !== null && tokens.length !== expected) return err(`expected ${expected} choices, one per sexenio, got ${tokens.length}`);
  if (!list && successors === 'model' && tokens.length > scenario.terms.length) return err(`at most ${scenario.terms.length} choices`);
  if (successors === 'model' && tokens.length > 1) return err('with --successors model the player governs one term: give one choice');

  // One party per choice; an empty one is left to the election.
  const parties = values.parties === undefined ? [] : values.parties.split(',').map((p) => p.trim());
  const badParty = parties.find((p) => p !== '' && !scenario.parties.some((x) => x.id === p));
  if (badParty !== undefined) return err(`unknown party "${badParty}" (use ${scenario.parties.map((p) => p.id).join(', ')}, or nothing for the election)`);
  if (parties.length > tokens.length) return err(`more parties (${parties.length}) than choices (${tokens.length})`);

  // One group of US levers per choice, ids joined by "+"; an empty group is none.
  const levers = values.levers === undefined ? [] : values.levers.split(',').map((g) => g.split('+').map((l) => l.trim()).filter(Boolean));
  const badLever = levers.flat().find((l) => !scenario.usLevers.some((x) => x.id === l));
  if (badLever !== undefined) return err(`unknown lever "${badLever}" (use ${scenario.usLevers.map((l) => l.id).join(', ')})`);
  if (levers.length > tokens.length) return err(`more lever groups (${levers.length}) than choices (${tokens.length})`);

  // Answers to events that ask the player: year:event=choice, comma-separated; the rest take their default.
  const answers: Record<string, string> = {};
  for (const item of values.answers === undefined ? [] : values.answers.split(',').map((a) => a.trim()).filter(Boolean)) {
    const m = /^(\d{4}):([^=]+)=(.+)$/.exec(item);
    if (!m) return err(`--answers takes year:event=choice, got "${item}"`);
    const [, year, eventId, choice] = m as unknown as [string, string, string, string];
    const event = scenario.events.find((e) => e.id === eventId);
    if (!event?.choice) return err(`"${eventId}" is not an event that asks the player (see --list)`);
    if (!event.choice.options.some((o) => o.id === choice)) return err(`"${choice}" is not an answer to ${eventId} (use ${event.choice.options.map((o) => o.id).join(', ')})`);
    answers[answerKey(Number(year), eventId)] = choice;
  }

  const allowedOptions = values.options === undefined ? [] : values.options.split(',').map((o) => o.trim());
  const badOption = allowedOptions.find((o) => !scenario.options.some((x) => x.id === o));
  if (badOption !== undefined) return err(`unknown option "${badOption}" in --options (use ${scenario.options.map((o) => o.id).join(', ')})`);

  const code = values.code === true;
  if (code && runs !== null) return err('--code prints one game: it does not go with --runs');
  if (code && (Number(seedText) < 0 || Number(seedText) > 2 ** 32 - 1)) return err('--code needs a seed from 0 to 4294967295');

  const decisions: Decision[] = tokens.map((strategy, i) => {
    const party = parties[i];
    const group = levers[i] ?? [];
    return { strategy, ...(party ? { party } : {}), ...(group.length > 0 ? { levers: group } : {}) };
  });
  return {
    ok: true,
    value: {
      decisions,
      answers,
      tokens,
      seed: Number(seedText),
      runs,
      csv: values.csv === true,
      start,
      theory,
      usPosture,
      succession: successors,
      randomEvents: values['no-events'] !== true,
      allowedOptions,
      list,
      code,
      replay: null,
      history: false,
      variant: variant.value,
      exportVariant: null,
    },
  };
}
