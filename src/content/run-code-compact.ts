// The body of a version 3 run code: the game's record as positions in the scenario's own ordered lists, so a pure
// path with the default set-up is some 50 characters instead of several hundred. The content fingerprint comes
// first, after the scenario: the lists are read only from the content the code was made with, so an index always
// means what it meant when the code was written.
//
//   body     = scenario "_" content "_" seed "_" decisions [ "_" answers [ "_" setup [ "_" notes ] ] ]
//   scenario = <scenario id> "~" <scenario version, base 36>
//   content  = the content fingerprint (content-fingerprint.ts)
//   seed     = the seed in base 36
//   decisions= one token per decision, joined by "~": <strategy> [ "P" <party> ] [ "L" <lever>… ]
//   answers  = answers that differ from the event's default, each <year: 3 chars> <event> <choice>, run together
//   setup    = what differs from the scenario's default set-up, tokens joined by "~", each a capital tag and a value:
//              H<theory> U<US posture> P (start in 2006) M (successors by the model) N (no drawn events)
//              T (two teams) O<option>… (the options offered) R<aim>×5 (the player's ranking of their aims)
//              V<parameter><value>, joined by "$" (a variant: the parameter's position among the scenario's parameter
//              names in sorted order, which the content fingerprint fixes, then the number with "p" for its point)
//   notes    = lz-string (URI-safe) of nickname, forecasts ("r" rise, "f" fall, "-" none, one per decision) and one
//              reason per decision, joined by U+001F; empty fields at the end are left out
//
// Numbers are base 36, lower case; a list's indices all have the width its length needs (one character up to 36
// items), and ranks index AIM_IDS, whose order is part of this format. Trailing empty sections are left out.
// A set-up field added later gets a tag of its own in the set-up section: codes without it read as before, and a
// reader that does not know a tag refuses the code by naming it instead of replaying another game.
import LZString from 'lz-string';
import { AIM_IDS, strategyIds, type Decision, type Result, type Scenario } from '../engine/index.ts';
import type { RunCode } from './run-code.ts';

const SECTION = '_';
const ITEM = '~';
const FIELD = '\u001f';
const MAX_NOTES_CHARS = 12_000;
const YEAR_WIDTH = 3;
const VARIANT_ENTRY = '$';
const VARIANT_VALUE = /^-?\d+(p\d+)?(e[+-]\d+)?$/;

type Lists = {
  readonly strategies: readonly string[];
  readonly options: readonly string[];
  readonly theories: readonly string[];
  readonly postures: readonly string[];
  readonly parties: readonly string[];
  readonly levers: readonly string[];
  /** Parameter names, sorted: the fingerprint hashes them with sorted keys, so their order is the content's. */
  readonly params: readonly string[];
  /** The events that ask the player, in content order, with their choices. */
  readonly events: readonly { readonly id: string; readonly choices: readonly string[]; readonly default: string }[];
  readonly choiceWidth: number;
};

const listCache = new WeakMap<Scenario, Lists>();

function listsOf(scenario: Scenario): Lists {
  let hit = listCache.get(scenario);
  if (!hit) {
    const events = scenario.events.flatMap((e) => (e.choice ? [{ id: e.id, choices: e.choice.options.map((o) => o.id), default: e.choice.default }] : []));
    hit = {
      strategies: strategyIds(scenario),
      options: scenario.options.map((o) => o.id),
      theories: scenario.theories.map((t) => t.id),
      postures: scenario.usPostures.map((p) => p.id),
      parties: scenario.parties.map((p) => p.id),
      levers: scenario.usLevers.map((l) => l.id),
      params: Object.keys(scenario.params).sort(),
      events,
      choiceWidth: widthFor(Math.max(1, ...events.map((e) => e.choices.length))),
    };
    listCache.set(scenario, hit);
  }
  return hit;
}

/** Characters needed for the indices of a list of `length` items. */
function widthFor(length: number): number {
  return Math.max(1, (Math.max(1, length) - 1).toString(36).length);
}

function indexText(index: number, width: number): string {
  return index.toString(36).padStart(width, '0');
}

function at(list: readonly string[], id: string): string {
  return indexText(Math.max(0, list.indexOf(id)), widthFor(list.length));
}

/** The events whose answer is not the default: the others replay the same without being written down. */
export function answersBesideDefaults(scenario: Scenario, answers: Readonly<Record<string, string>>): Record<string, string> {
  const defaults = new Map(listsOf(scenario).events.map((e) => [e.id, e.default]));
  return Object.fromEntries(Object.entries(answers).filter(([key, choice]) => defaults.get(key.slice(key.indexOf(':') + 1)) !== choice));
}

function writeDecision(d: Decision, lists: Lists): string {
  const party = d.party !== undefined ? `P${at(lists.parties, d.party)}` : '';
  const levers = d.levers && d.levers.length > 0 ? `L${d.levers.map((l) => at(lists.levers, l)).join('')}` : '';
  return `${at(lists.strategies, d.strategy)}${party}${levers}`;
}

function writeAnswers(answers: Readonly<Record<string, string>>, lists: Lists): string {
  const eventWidth = widthFor(lists.events.length);
  const rows = Object.entries(answers).flatMap(([key, choice]) => {
    const year = Number(key.slice(0, key.indexOf(':')));
    const index = lists.events.findIndex((e) => e.id === key.slice(key.indexOf(':') + 1));
    const event = lists.events[index];
    if (!event) return [];
    return [{ year, index, text: `${indexText(year, YEAR_WIDTH)}${indexText(index, eventWidth)}${indexText(Math.max(0, event.choices.indexOf(choice)), lists.choiceWidth)}` }];
  });
  return rows
    .sort((a, b) => a.year - b.year || a.index - b.index)
    .map((r) => r.text)
    .join('');
}

function writeSetup(run: RunCode, scenario: Scenario, lists: Lists): string {
  const s = run.setup;
  const tokens = [
    s.theory !== scenario.defaultTheory ? `H${at(lists.theories, s.theory)}` : '',
    s.usPosture !== scenario.defaultUsPosture ? `U${at(lists.postures, s.usPosture)}` : '',
    s.start === '2006' ? 'P' : '',
    s.succession === 'model' ? 'M' : '',
    s.randomEvents ? '' : 'N',
    s.twoTeam ? 'T' : '',
    s.allowedOptions.length > 0 ? `O${s.allowedOptions.map((o) => at(lists.options, o)).join('')}` : '',
    s.priorities ? `R${s.priorities.map((a) => AIM_IDS.indexOf(a).toString(36)).join('')}` : '',
    s.variant && Object.keys(s.variant).length > 0 ? `V${Object.entries(s.variant).map(([name, value]) => `${at(lists.params, name)}${String(value).replace('.', 'p')}`).join(VARIANT_ENTRY)}` : '',
  ];
  return tokens.filter(Boolean).join(ITEM);
}

function writeNotes(run: RunCode): string {
  const forecasts = run.decisions.map((d) => (d.forecast === 'rise' ? 'r' : d.forecast === 'fall' ? 'f' : '-')).join('').replace(/-+$/, '');
  const fields = [run.nickname ?? '', forecasts, ...run.decisions.map((d) => d.rationale ?? '')];
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields.length === 0 ? '' : LZString.compressToEncodedURIComponent(fields.join(FIELD));
}

/** Whether every id of the run is in this scenario's lists, so the compact form can hold it exactly. */
export function fitsCompact(run: RunCode, scenario: Scenario): boolean {
  const lists = listsOf(scenario);
  const s = run.setup;
  const decisionsFit = run.decisions.every((d) => lists.strategies.includes(d.strategy) && (d.party === undefined || lists.parties.includes(d.party)) && (d.levers ?? []).every((l) => lists.levers.includes(l)));
  const answersFit = Object.entries(run.answers).every(([key, choice]) => {
    const match = /^(\d{4,5}):(.+)$/.exec(key);
    const year = Number(match?.[1]);
    return match !== null && year >= 36 ** (YEAR_WIDTH - 1) && year < 36 ** YEAR_WIDTH && lists.events.some((e) => e.id === match[2] && e.choices.includes(choice));
  });
  return (
    run.scenarioId === scenario.id &&
    /^[a-z0-9][a-z0-9-]{0,63}$/.test(run.scenarioId) &&
    run.scenarioVersion === scenario.version &&
    run.content !== null &&
    run.decisions.length > 0 &&
    decisionsFit &&
    answersFit &&
    lists.theories.includes(s.theory) &&
    lists.postures.includes(s.usPosture) &&
    s.allowedOptions.every((o) => lists.options.includes(o)) &&
    Object.entries(s.variant ?? {}).every(([name, value]) => lists.params.includes(name) && VARIANT_VALUE.test(String(value).replace('.', 'p')))
  );
}

/** The body of a version 3 code for a run of this scenario (one that fitsCompact). */
export function writeCompactRun(run: RunCode, scenario: Scenario): string {
  const lists = listsOf(scenario);
  const sections = [
    `${run.scenarioId}${ITEM}${run.scenarioVersion.toString(36)}`,
    run.content ?? '',
    run.setup.seed.toString(36),
    run.decisions.map((d) => writeDecision(d, lists)).join(ITEM),
    writeAnswers(run.answers, lists),
    writeSetup(run, scenario, lists),
    writeNotes(run),
  ];
  while (sections.length > 4 && sections[sections.length - 1] === '') sections.pop();
  return sections.join(SECTION);
}

export type CompactHead = { readonly scenarioId: string; readonly scenarioVersion: number; readonly content: string };

/** The scenario and content a version 3 body names: what must be found before its indices can be read. */
export function readCompactHead(body: string): Result<CompactHead, string> {
  const [scenario = '', content = ''] = body.split(SECTION);
  const head = /^([a-z0-9][a-z0-9-]{0,63})~([0-9a-z]{1,4})$/.exec(scenario);
  if (!head) return { ok: false, error: 'scenario: not a scenario id and version' };
  if (!/^[0-9a-z]{1,7}$/.test(content)) return { ok: false, error: 'content: not a content fingerprint' };
  return { ok: true, value: { scenarioId: head[1] ?? '', scenarioVersion: parseInt(head[2] ?? '', 36), content } };
}

class CompactError extends Error {}

function fail(message: string): never {
  throw new CompactError(message);
}

function readIndex(text: string, list: readonly string[], what: string): string {
  const value = list[parseInt(text, 36)];
  if (value === undefined || !/^[0-9a-z]+$/.test(text)) fail(`${what}: no item ${text}`);
  return value;
}

/** Splits a run of fixed-width indices into the ids they name. */
function readIndices(text: string, list: readonly string[], what: string): string[] {
  const width = widthFor(list.length);
  if (text.length === 0 || text.length % width !== 0) fail(`${what}: malformed`);
  const ids: string[] = [];
  for (let i = 0; i < text.length; i += width) ids.push(readIndex(text.slice(i, i + width), list, what));
  return ids;
}

function readDecision(token: string, lists: Lists, i: number): Decision {
  const w = widthFor(lists.strategies.length);
  const match = new RegExp(`^([0-9a-z]{${w}})(?:P([0-9a-z]+))?(?:L([0-9a-z]+))?$`).exec(token);
  if (!match) fail(`decisions.${i}: malformed`);
  const strategy = readIndex(match[1] ?? '', lists.strategies, `decisions.${i}.strategy`);
  const party = match[2] !== undefined ? readIndices(match[2], lists.parties, `decisions.${i}.party`) : undefined;
  if (party && party.length !== 1) fail(`decisions.${i}.party: malformed`);
  const levers = match[3] !== undefined ? readIndices(match[3], lists.levers, `decisions.${i}.levers`) : undefined;
  return { strategy, ...(party?.[0] !== undefined ? { party: party[0] } : {}), ...(levers ? { levers } : {}) };
}

function readAnswers(text: string, lists: Lists): Record<string, string> {
  const eventWidth = widthFor(lists.events.length);
  const width = YEAR_WIDTH + eventWidth + lists.choiceWidth;
  if (text.length % width !== 0 || !/^[0-9a-z]*$/.test(text)) fail('answers: malformed');
  const answers: Record<string, string> = {};
  for (let i = 0; i < text.length; i += width) {
    const year = parseInt(text.slice(i, i + YEAR_WIDTH), 36);
    const index = parseInt(text.slice(i + YEAR_WIDTH, i + YEAR_WIDTH + eventWidth), 36);
    const event = lists.events[index];
    if (!event) fail(`answers.${i / width}: no event ${index}`);
    const choice = readIndex(text.slice(i + YEAR_WIDTH + eventWidth, i + width), event.choices, `answers.${i / width}.choice`);
    const key = `${year}:${event.id}`;
    if (key in answers) fail(`answers: ${key} given twice`);
    answers[key] = choice;
  }
  return answers;
}

const SETUP_TAGS = new Set(['H', 'U', 'P', 'M', 'N', 'T', 'O', 'R', 'V']);

/** A variant's entries: parameter positions and numbers (their ranges are checked with the rest of the set-up). */
function readVariant(text: string, lists: Lists): Record<string, number> {
  const width = widthFor(lists.params.length);
  const variant: Record<string, number> = {};
  text.split(VARIANT_ENTRY).forEach((entry, i) => {
    const name = readIndex(entry.slice(0, width), lists.params, `setup.variant.${i}`);
    const value = entry.slice(width);
    if (!VARIANT_VALUE.test(value)) fail(`setup.variant.${name}: not a number`);
    if (Object.hasOwn(variant, name)) fail(`setup.variant.${name}: given twice`);
    variant[name] = Number(value.replace('p', '.'));
  });
  return variant;
}
const FLAG_TAGS = new Set(['P', 'M', 'N', 'T']);

function readSetup(text: string, seed: number, scenario: Scenario, lists: Lists): Record<string, unknown> {
  const tokens = new Map<string, string>();
  for (const token of text === '' ? [] : text.split(ITEM)) {
    const tag = token.charAt(0);
    const value = token.slice(1);
    if (!SETUP_TAGS.has(tag)) fail(`setup: unknown field “${token.slice(0, 8)}” (made by a newer version of Sexenio?)`);
    if (tokens.has(tag)) fail(`setup: ${tag} given twice`);
    if (FLAG_TAGS.has(tag) !== (value === '')) fail(`setup.${tag}: malformed`);
    tokens.set(tag, value);
  }
  const ranks = tokens.get('R');
  if (ranks !== undefined && !/^[0-9a-z]+$/.test(ranks)) fail('setup.priorities: malformed');
  return {
    seed,
    start: tokens.has('P') ? '2006' : '2012',
    theory: tokens.has('H') ? readIndex(tokens.get('H') ?? '', lists.theories, 'setup.theory') : scenario.defaultTheory,
    usPosture: tokens.has('U') ? readIndex(tokens.get('U') ?? '', lists.postures, 'setup.usPosture') : scenario.defaultUsPosture,
    succession: tokens.has('M') ? 'model' : 'player',
    allowedOptions: tokens.has('O') ? readIndices(tokens.get('O') ?? '', lists.options, 'setup.allowedOptions') : [],
    randomEvents: !tokens.has('N'),
    twoTeam: tokens.has('T'),
    ...(ranks !== undefined ? { priorities: [...ranks].map((r, i) => readIndex(r, AIM_IDS, `setup.priorities.${i}`)) } : {}),
    ...(tokens.has('V') ? { variant: readVariant(tokens.get('V') ?? '', lists) } : {}),
  };
}

function readNotes(text: string, decisions: Decision[]): string | undefined {
  if (text === '') return undefined;
  let plain: string | null;
  try {
    plain = LZString.decompressFromEncodedURIComponent(text);
  } catch {
    plain = null;
  }
  if (!plain) fail('notes: damaged');
  if (plain.length > MAX_NOTES_CHARS) fail('notes: too long');
  const [nickname = '', forecasts = '', ...reasons] = plain.split(FIELD);
  if (!/^[rf-]*$/.test(forecasts) || forecasts.length > decisions.length) fail('notes.forecasts: malformed');
  if (reasons.length > decisions.length) fail('notes: more reasons than decisions');
  decisions.forEach((d, i) => {
    const forecast = forecasts.charAt(i);
    const rationale = reasons[i] ?? '';
    decisions[i] = { ...d, ...(rationale ? { rationale } : {}), ...(forecast === 'r' ? { forecast: 'rise' as const } : forecast === 'f' ? { forecast: 'fall' as const } : {}) };
  });
  return nickname || undefined;
}

/**
 * A version 3 body read against the scenario it names (already found, with the same content): the run as the
 * payload the run-code schema checks, or what is wrong with it. Never throws.
 */
export function readCompactRun(body: string, scenario: Scenario): Result<Record<string, unknown>, string> {
  try {
    const head = readCompactHead(body);
    if (!head.ok) return head;
    const sections = body.split(SECTION);
    if (sections.length < 4) return { ok: false, error: 'decisions: missing' };
    if (sections.length > 7) return { ok: false, error: `section ${sections.length}: unexpected (made by a newer version of Sexenio?)` };
    const [, , seedText = '', decisionText = '', answerText = '', setupText = '', notesText = ''] = sections;
    if (!/^[0-9a-z]{1,7}$/.test(seedText)) fail('setup.seed: not a seed');
    const seed = parseInt(seedText, 36);
    const lists = listsOf(scenario);
    const decisions = decisionText === '' ? [] : decisionText.split(ITEM).map((token, i) => readDecision(token, lists, i));
    const nickname = readNotes(notesText, decisions);
    return {
      ok: true,
      value: {
        v: 3,
        scenarioId: head.value.scenarioId,
        scenarioVersion: head.value.scenarioVersion,
        content: head.value.content,
        setup: readSetup(setupText, seed, scenario, lists),
        decisions,
        answers: readAnswers(answerText, lists),
        ...(nickname !== undefined ? { nickname } : {}),
      },
    };
  } catch (error) {
    return { ok: false, error: error instanceof CompactError ? error.message : String(error).slice(0, 120) };
  }
}
