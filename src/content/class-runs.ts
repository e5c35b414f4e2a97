// The instructor's class view: many run codes (pasted, links with #run=, the game's JSON downloads, text files of
// codes) read, replayed and summed up. Bad lines are kept with their message; good ones are replayed exactly. The
// same run handed in twice, in whatever form, is one run. Pure: no DOM.
import type { GameState, Scenario } from '../engine/index.ts';
import { MAX_LIST_CHARS, MAX_LIST_CODES } from './class-list-limits.ts';
import { describeProblem, type CodeProblem } from './code-format.ts';
import { openRunCode, readRunCode, type RunCode } from './run-code.ts';
import { codeOfRunExport, isRunExport } from './run-export-read.ts';

export { MAX_LIST_CHARS, MAX_LIST_CODES } from './class-list-limits.ts';

/** How a run reached the dashboard: a pasted code, a `#run=` address, or a file (JSON download or list of codes). */
export type RunVia = 'code' | 'link' | 'file';

export type ClassRun = {
  /** The run's number on the class list: 1, 2, … in the order runs were added (it stays when others are removed). */
  readonly n: number;
  /** 1-based line (or JSON item) the code came from, in the batch it was read with. */
  readonly line: number;
  /** Where the run came from: the file's name, or null when pasted. */
  readonly source: string | null;
  readonly via: RunVia;
  readonly code: string;
  /** The same set-up and the same actions give the same key, whatever form the run came in. */
  readonly key: string;
  readonly run: RunCode;
  readonly scenario: Scenario;
  readonly state: GameState;
  /** Strategy of each forward sexenio (the prologue is left out), whoever chose it. */
  readonly path: readonly string[];
  readonly decidedBy: readonly ('player' | 'history' | 'model')[];
  readonly final: Readonly<Record<string, number>>;
  /** 'unverified': the code is older than content fingerprints, so it replays with this copy's model unchecked. */
  readonly content: 'same' | 'unverified';
};

/**
 * A run that was read but cannot be replayed in this copy of the game (other model content, another scenario
 * version, an option this copy does not have). It is kept on the list and shown apart with the reason, not lost.
 */
export type HeldRun = { readonly n: number; readonly line: number; readonly source: string | null; readonly via: RunVia; readonly code: string; readonly key: string; readonly run: RunCode; readonly problem: CodeProblem };

export type BadProblem =
  | CodeProblem
  | { readonly reason: 'duplicate'; readonly of: number; readonly name: string | null }
  | { readonly reason: 'too-many'; readonly max: number }
  | { readonly reason: 'list-too-long'; readonly size: number }
  | { readonly reason: 'bad-json' };

export type BadLine = { readonly line: number; readonly source?: string | null; readonly excerpt: string; readonly problem: BadProblem };

export type RunList = { readonly runs: readonly ClassRun[]; readonly held: readonly HeldRun[]; readonly bad: readonly BadLine[] };

export const EMPTY_RUN_LIST: RunList = { runs: [], held: [], bad: [] };

export function describeBadLine(b: BadLine): string {
  switch (b.problem.reason) {
    case 'duplicate':
      return `The same run as ${b.problem.name ?? `run ${b.problem.of}`}, already on the list.`;
    case 'too-many':
      return `Only the first ${b.problem.max} codes are read.`;
    case 'list-too-long':
      return `The list is ${Math.ceil(b.problem.size / 1000)} KB; at most ${MAX_LIST_CHARS / 1_000_000} MB is read.`;
    case 'bad-json':
      return 'This looks like a JSON file, but it could not be read: use the game’s run download, an array of codes, or { "codes": [ … ] }, or one code per line.';
    default:
      return describeProblem(b.problem);
  }
}

/** One thing to read: a code or address (text), or one of the game's JSON run downloads (json). */
export type ListItem = { readonly line: number; readonly text: string; readonly json?: unknown };

/** A line that holds a whole run download (one-line JSON) is read as one; any other line as a code. */
function lineItem(text: string, line: number): ListItem {
  try {
    const parsed = JSON.parse(text) as unknown;
    return isRunExport(parsed) ? { line, text: '', json: parsed } : { line, text };
  } catch {
    return { line, text };
  }
}

function jsonItem(item: unknown, line: number): ListItem {
  if (typeof item === 'string') return { line, text: item };
  if (isRunExport(item)) return { line, text: '', json: item };
  const code = typeof item === 'object' && item !== null ? (item as { code?: unknown }).code : undefined;
  return { line, text: typeof code === 'string' ? code : '' };
}

/**
 * Splits pasted text or a file's content into items: one code or link per line; a JSON array or { codes: [...] };
 * or one of the game's run downloads. A text over MAX_LIST_CHARS is refused before anything else is done with it,
 * and no more than MAX_LIST_CODES + 1 items are ever produced (the extra one says that the rest was left out).
 */
export function splitCodes(text: string): { items: ListItem[]; bad: BadLine[] } {
  if (text.length > MAX_LIST_CHARS) return { items: [], bad: [{ line: 0, excerpt: '', problem: { reason: 'list-too-long', size: text.length } }] };
  const trimmed = text.trim().replace(/^\uFEFF/, '');
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed) as unknown;
    } catch {
      parsed = undefined;
    }
    if (isRunExport(parsed)) return { items: [{ line: 1, text: '', json: parsed }], bad: [] };
    const codes = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as { codes?: unknown }).codes : parsed;
    if (!Array.isArray(codes)) return { items: [], bad: [{ line: 0, excerpt: excerptOf(trimmed), problem: { reason: 'bad-json' } }] };
    return { items: codes.slice(0, MAX_LIST_CODES + 1).map((item: unknown, i) => jsonItem(item, i + 1)), bad: [] };
  }
  const items: ListItem[] = [];
  let start = 0;
  for (let line = 1; items.length <= MAX_LIST_CODES; line++) {
    const end = text.indexOf('\n', start);
    const code = text.slice(start, end === -1 ? text.length : end).trim().replace(/^\uFEFF/, '');
    if (code.length > 0) items.push(code.startsWith('{') ? lineItem(code, line) : { line, text: code });
    if (end === -1) break;
    start = end + 1;
  }
  return { items, bad: [] };
}

export function excerptOf(text: string): string {
  return text.length > 28 ? `${text.slice(0, 18)}…${text.slice(-6)}` : text;
}

export function forwardPath(state: GameState): { path: string[]; decidedBy: ('player' | 'history' | 'model')[] } {
  const forward = state.terms.filter((t) => !t.prologue);
  return { path: forward.map((t) => t.decision?.strategy ?? '?'), decidedBy: forward.map((t) => t.decision?.by ?? 'player') };
}

/** The same set-up and the same actions (decisions with their reasons, event answers) in the same scenario. */
export function runKey(run: RunCode): string {
  const { priorities: _priorities, ...setup } = run.setup;
  return JSON.stringify([run.scenarioId, run.scenarioVersion, setup, run.decisions, Object.entries(run.answers).sort(([a], [b]) => a.localeCompare(b))]);
}

/** Two runs with the same key are one run, unless both carry a nickname and the nicknames differ (two pairs who played alike). */
function sameRun(a: Pick<ClassRun, 'key' | 'run'>, key: string, nickname: string | undefined): boolean {
  return a.key === key && (a.run.nickname === undefined || nickname === undefined || a.run.nickname === nickname);
}

export type ReadOptions = {
  /** The file the text came from, or null when pasted. */
  readonly source?: string | null;
  /** Runs already on the dashboard: one of them handed in again is a duplicate. */
  readonly known?: RunList;
};

export function readRunList(text: string, scenarios: readonly Scenario[], options: ReadOptions = {}): RunList {
  const source = options.source ?? null;
  const known = options.known ?? EMPTY_RUN_LIST;
  const { items, bad: early } = splitCodes(text);
  const bad: BadLine[] = early.map((b) => ({ ...b, source }));
  const runs: ClassRun[] = [];
  const held: HeldRun[] = [];
  let n = Math.max(0, ...known.runs.map((r) => r.n), ...known.held.map((r) => r.n));
  for (const [i, item] of items.entries()) {
    const excerpt = excerptOf(item.text || JSON.stringify(item.json ?? '').slice(0, 40));
    if (i >= MAX_LIST_CODES) {
      bad.push({ line: item.line, source, excerpt, problem: { reason: 'too-many', max: MAX_LIST_CODES } });
      break;
    }
    let code = item.text.replace(/\s+/g, '');
    if (item.json !== undefined) {
      const fromJson = codeOfRunExport(item.json, scenarios);
      if (!fromJson.ok) {
        bad.push({ line: item.line, source, excerpt, problem: fromJson.error });
        continue;
      }
      code = fromJson.value;
    }
    const via: RunVia = item.json !== undefined || (source !== null && !code.includes('#run=')) ? 'file' : code.includes('#run=') ? 'link' : 'code';
    const decoded = readRunCode(code, scenarios);
    if (!decoded.ok) {
      bad.push({ line: item.line, source, excerpt, problem: decoded.error });
      continue;
    }
    const key = runKey(decoded.value);
    const nickname = decoded.value.nickname;
    const earlier = [...known.runs, ...known.held, ...runs, ...held].find((r) => sameRun(r, key, nickname));
    if (earlier) {
      bad.push({ line: item.line, source, excerpt, problem: { reason: 'duplicate', of: earlier.n, name: earlier.run.nickname ?? null } });
      continue;
    }
    const opened = openRunCode(code, scenarios);
    if (!opened.ok) {
      held.push({ n: ++n, line: item.line, source, via, code, key, run: decoded.value, problem: opened.error });
      continue;
    }
    const { state, scenario, run, content } = opened.value;
    runs.push({ n: ++n, line: item.line, source, via, code, key, run, scenario, state, ...forwardPath(state), final: state.scores, content });
  }
  return { runs, held, bad };
}

/** A new batch added to the list: its runs after the ones already there; its bad lines replace the last batch's. */
export function addRunList(list: RunList, batch: RunList): RunList {
  return { runs: [...list.runs, ...batch.runs], held: [...list.held, ...batch.held], bad: batch.bad };
}

export function removeRun(list: RunList, n: number): RunList {
  return { runs: list.runs.filter((r) => r.n !== n), held: list.held.filter((r) => r.n !== n), bad: list.bad };
}

/** How many runs chose each strategy in each forward sexenio. */
export function choiceDistribution(runs: readonly ClassRun[]): { term: number; counts: Record<string, number> }[] {
  const terms = Math.max(0, ...runs.map((r) => r.path.length));
  return Array.from({ length: terms }, (_, term) => {
    const counts: Record<string, number> = {};
    for (const r of runs) {
      const s = r.path[term];
      if (s !== undefined) counts[s] = (counts[s] ?? 0) + 1;
    }
    return { term, counts };
  });
}

export type PathStat = {
  readonly path: string;
  readonly count: number;
  readonly min: number;
  readonly mean: number;
  readonly max: number;
  readonly values: readonly number[];
  /** The run number (ClassRun.n) behind each value. */
  readonly runs: readonly number[];
};

/** Final values of one score, grouped by strategy path, most common path first. */
export function scoresByPath(runs: readonly ClassRun[], scoreId: string): PathStat[] {
  const groups = new Map<string, { values: number[]; runs: number[] }>();
  for (const r of runs) {
    const key = pathLabel(r.path);
    const group = groups.get(key) ?? { values: [], runs: [] };
    group.values.push(r.final[scoreId] ?? 0);
    group.runs.push(r.n);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([path, { values, runs: ns }]) => ({ path, count: values.length, min: Math.min(...values), max: Math.max(...values), mean: values.reduce((a, b) => a + b, 0) / values.length, values, runs: ns }))
    .sort((a, b) => b.count - a.count || b.mean - a.mean || a.path.localeCompare(b.path));
}

export function pathLabel(path: readonly string[]): string {
  return path.join(' → ');
}
