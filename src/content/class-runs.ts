// The instructor's class view: many run codes (pasted, or from a .txt/.json file) read, replayed and summed up.
// Bad lines are kept with their message; good ones are replayed exactly. Pure: no DOM.
import type { GameState, Scenario } from '../engine/index.ts';
import { MAX_LIST_CHARS, MAX_LIST_CODES } from './class-list-limits.ts';
import { describeProblem, type CodeProblem } from './code-format.ts';
import { csvText } from './csv.ts';
import { openRunCode, type RunCode } from './run-code.ts';

export { MAX_LIST_CHARS, MAX_LIST_CODES } from './class-list-limits.ts';

export type ClassRun = {
  /** 1-based line (or JSON item) the code came from. */
  readonly line: number;
  readonly code: string;
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

export type BadLine = { readonly line: number; readonly excerpt: string; readonly problem: CodeProblem | { readonly reason: 'duplicate'; readonly of: number } | { readonly reason: 'too-many'; readonly max: number } | { readonly reason: 'list-too-long'; readonly size: number } | { readonly reason: 'bad-json' } };

export type RunList = { readonly runs: readonly ClassRun[]; readonly bad: readonly BadLine[] };

export function describeBadLine(b: BadLine): string {
  switch (b.problem.reason) {
    case 'duplicate':
      return `The same code as line ${b.problem.of}.`;
    case 'too-many':
      return `Only the first ${b.problem.max} codes are read.`;
    case 'list-too-long':
      return `The list is ${Math.ceil(b.problem.size / 1000)} KB; at most ${MAX_LIST_CHARS / 1_000_000} MB is read.`;
    case 'bad-json':
      return 'This looks like a JSON file, but it could not be read: use an array of codes, or { "codes": [ … ] }, or one code per line.';
    default:
      return describeProblem(b.problem);
  }
}

/**
 * Splits pasted text or a file's content into (line, code) items: one code per line, or a JSON array / { codes: [...] }.
 * A text over MAX_LIST_CHARS is refused before anything else is done with it, and no more than MAX_LIST_CODES + 1
 * items are ever produced (the one extra lets readRunList say that the rest was left out).
 */
export function splitCodes(text: string): { items: { line: number; text: string }[]; bad: BadLine[] } {
  if (text.length > MAX_LIST_CHARS) return { items: [], bad: [{ line: 0, excerpt: '', problem: { reason: 'list-too-long', size: text.length } }] };
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed) as unknown;
    } catch {
      parsed = undefined;
    }
    const codes = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as { codes?: unknown }).codes : parsed;
    if (!Array.isArray(codes)) return { items: [], bad: [{ line: 0, excerpt: excerptOf(trimmed), problem: { reason: 'bad-json' } }] };
    return {
      items: codes.slice(0, MAX_LIST_CODES + 1).map((item: unknown, i) => ({
        line: i + 1,
        text: typeof item === 'string' ? item : typeof item === 'object' && item !== null && typeof (item as { code?: unknown }).code === 'string' ? (item as { code: string }).code : '',
      })),
      bad: [],
    };
  }
  const items: { line: number; text: string }[] = [];
  let start = 0;
  for (let line = 1; items.length <= MAX_LIST_CODES; line++) {
    const end = text.indexOf('\n', start);
    const code = text.slice(start, end === -1 ? text.length : end).trim();
    if (code.length > 0) items.push({ line, text: code });
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

export function readRunList(text: string, scenarios: readonly Scenario[]): RunList {
  const { items, bad: early } = splitCodes(text);
  const bad: BadLine[] = [...early];
  const runs: ClassRun[] = [];
  const seen = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    if (i >= MAX_LIST_CODES) {
      bad.push({ line: item.line, excerpt: excerptOf(item.text), problem: { reason: 'too-many', max: MAX_LIST_CODES } });
      break;
    }
    // Only codes that opened are remembered, so a repeated code is caught before it is replayed again.
    const key = item.text.replace(/\s+/g, '');
    const first = seen.get(key);
    if (first !== undefined) {
      bad.push({ line: item.line, excerpt: excerptOf(item.text), problem: { reason: 'duplicate', of: first } });
      continue;
    }
    const opened = openRunCode(item.text, scenarios);
    if (!opened.ok) {
      bad.push({ line: item.line, excerpt: excerptOf(item.text), problem: opened.error });
      continue;
    }
    seen.set(key, item.line);
    const { state, scenario, run, content } = opened.value;
    runs.push({ line: item.line, code: key, run, scenario, state, ...forwardPath(state), final: state.scores, content });
  }
  return { runs, bad };
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

export type PathStat = { readonly path: string; readonly count: number; readonly min: number; readonly mean: number; readonly max: number; readonly values: readonly number[] };

/** Final values of one score, grouped by strategy path, most common path first. */
export function scoresByPath(runs: readonly ClassRun[], scoreId: string): PathStat[] {
  const groups = new Map<string, number[]>();
  for (const r of runs) {
    const key = pathLabel(r.path);
    const list = groups.get(key) ?? [];
    list.push(r.final[scoreId] ?? 0);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .map(([path, values]) => ({ path, count: values.length, min: Math.min(...values), max: Math.max(...values), mean: values.reduce((a, b) => a + b, 0) / values.length, values }))
    .sort((a, b) => b.count - a.count || b.mean - a.mean || a.path.localeCompare(b.path));
}

export function pathLabel(path: readonly string[]): string {
  return path.join(' → ');
}

/** The class table as CSV: one row per run, with the set-up, the path and every final score. */
export function classCsv(runs: readonly ClassRun[], scoreIds: readonly string[], terms: number): string {
  const header = ['line', 'nickname', ...Array.from({ length: terms }, (_, i) => `sexenio_${i + 1}`), ...scoreIds.map((id) => `final_${id}`), 'seed', 'start', 'theory', 'us_posture', 'one_term', 'two_team', 'code'];
  const rows = runs.map((r) => [
    r.line,
    r.run.nickname ?? '',
    ...Array.from({ length: terms }, (_, i) => r.path[i] ?? ''),
    ...scoreIds.map((id) => Math.round((r.final[id] ?? 0) * 100) / 100),
    r.run.setup.seed,
    r.run.setup.start,
    r.run.setup.theory,
    r.run.setup.usPosture,
    r.run.setup.succession === 'model' ? 'yes' : 'no',
    r.run.setup.twoTeam ? 'yes' : 'no',
    r.code,
  ]);
  return csvText([header, ...rows]);
}
