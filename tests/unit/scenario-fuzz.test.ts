// Fuzzing the scenario boundary: assembleScenario turns a folder's file texts into a validated scenario or a list of
// "folder/file › path: problem" lines. Whatever the files hold (random text, random JSON, the real files cut,
// edited, duplicated, pointed at ids that do not exist, nested absurdly deep), it must never throw, and every
// refusal must name a file of the folder and say what is wrong.
//
// Validating the whole real scenario takes ~20 ms (zod without its JIT, as the CSP requires), too slow for
// 10,000 cases on a 2-core CI runner. So most cases mutate a trimmed copy of the real files (every file, fewer
// rules and events, no succession model) that validates in about a millisecond; a smaller batch mutates the real
// folder itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleScenario, MAIN_FILE, MAX_NESTING, PART_KEYS } from '../../src/content/assemble-scenario.ts';
import { realDocs, trimmedDocs, type Json } from './trimmed-scenario.ts';

const FOLDER = 'scenarios/fuzz';
const SMALL_RUNS = 10_000;
const REAL_RUNS = 100;
const PART_FILES = PART_KEYS.map((k) => `${k}.json`);
const FILE_NAMES = [MAIN_FILE, ...PART_FILES];

type Files = Record<string, string>;
type Path = (string | number)[];

const smallDocs = trimmedDocs(realDocs);

// ---- where to mutate -------------------------------------------------------------------------------------------

/** Keys whose string values name something defined elsewhere (a factor, a score, a parameter, a posture, …). */
const REFERENCE_KEYS = new Set(['factor', 'target', 'fact', 'param', 'random', 'posture', 'strategy', 'party', 'default', 'defaultTheory', 'defaultUsPosture', 'doc']);
/** Keys whose arrays hold such names. */
const REFERENCE_LISTS = new Set(['sets', 'in', 'events', 'options', 'randomChannels']);

function allPaths(doc: Json, out: Path[] = [], path: Path = []): Path[] {
  out.push(path);
  if (Array.isArray(doc)) doc.forEach((v, i) => allPaths(v, out, [...path, i]));
  else if (doc !== null && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) allPaths(v, out, [...path, k]);
  return out;
}

function referencePaths(doc: Json): Path[] {
  return allPaths(doc).filter((p) => {
    const v = getAt(doc, p);
    if (typeof v !== 'string' || p.length === 0) return false;
    const last = p[p.length - 1];
    const parent = p[p.length - 2];
    return (typeof last === 'string' && REFERENCE_KEYS.has(last)) || (typeof last === 'number' && typeof parent === 'string' && REFERENCE_LISTS.has(parent));
  });
}

function getAt(doc: Json, path: Path): Json {
  let node: Json = doc;
  for (const key of path) node = (node as Record<string | number, Json>)[key] as Json;
  return node;
}

const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

// ---- mutations -------------------------------------------------------------------------------------------------

type Mutation =
  | { kind: 'delete'; file: string; at: number }
  | { kind: 'replace'; file: string; at: number; value: Json }
  | { kind: 'duplicate'; file: string; at: number }
  | { kind: 'dangle'; file: string; at: number; suffix: string }
  | { kind: 'odd-key'; file: string; at: number; key: string; value: Json }
  | { kind: 'deep'; file: string; at: number; depth: number; shape: 'array' | 'not' | 'add' }
  | { kind: 'truncate'; file: string; cut: number }
  | { kind: 'text'; file: string; text: string }
  | { kind: 'json'; file: string; value: Json }
  | { kind: 'drop-file'; file: string }
  | { kind: 'stray-file'; name: string; text: string };

const fileName = fc.constantFrom(...FILE_NAMES);
const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), file: fileName, at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), file: fileName, at: fc.nat(), value: json }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), file: fileName, at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('dangle' as const), file: fileName, at: fc.nat(), suffix: fc.string({ maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('odd-key' as const), file: fileName, at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '$schema', '', 'rules2'), value: json }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep' as const), file: fileName, at: fc.nat(), depth: fc.integer({ min: MAX_NESTING - 5, max: 3000 }), shape: fc.constantFrom('array' as const, 'not' as const, 'add' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), file: fileName, cut: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), file: fileName, text: fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('json' as const), file: fileName, value: json }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-file' as const), file: fileName }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stray-file' as const), name: fc.oneof(fc.constantFrom('notes.json', '__proto__', 'constructor.json', 'scenario.JSON'), fc.string({ maxLength: 12 })), text: fc.constantFrom('{}', '[]', '1', 'x') }) },
);

/** A deep value's JSON text, built as text (JSON.stringify of it would itself overflow the stack). */
function deepText(depth: number, shape: 'array' | 'not' | 'add'): string {
  if (shape === 'array') return '['.repeat(depth) + ']'.repeat(depth);
  if (shape === 'not') return '{"not":'.repeat(depth) + '{"fact":"year","op":"gt","value":1}' + '}'.repeat(depth);
  return '{"add":['.repeat(depth) + '1' + ']}'.repeat(depth);
}

const DEEP_MARK = '\u0000deep\u0000';

const baseTexts = new WeakMap<object, Map<string, string>>();
/** The text of an unchanged base file, serialised once. */
function baseText(base: Record<string, Json>, file: string): string {
  let texts = baseTexts.get(base);
  if (!texts) baseTexts.set(base, (texts = new Map<string, string>()));
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = JSON.stringify(base[file])));
  return text;
}

/** Applies the mutations in order to copies of the base documents; a file once turned into text stays text. */
function mutate(base: Record<string, Json>, mutations: readonly Mutation[]): Files {
  const docs = new Map<string, { doc: Json } | { text: string }>(Object.entries(base).map(([n, d]) => [n, { doc: d }]));
  const owned = new Set<string>();
  const docOf = (file: string): Json | undefined => {
    const entry = docs.get(file);
    if (!entry) return undefined;
    // A file already turned into text (cut, garbage, very deep) takes no further structural edits.
    if (!('doc' in entry)) return undefined;
    if (!owned.has(file)) {
      docs.set(file, { doc: structuredClone(entry.doc) });
      owned.add(file);
    }
    return (docs.get(file) as { doc: Json }).doc;
  };
  const textOf = (file: string): string | undefined => {
    const entry = docs.get(file);
    if (entry === undefined) return undefined;
    if ('text' in entry) return entry.text;
    return owned.has(file) ? JSON.stringify(entry.doc) : baseText(base, file);
  };
  /** Sets the value at a path (the root replaces the whole document). */
  const setAt = (file: string, path: Path, value: Json) => {
    if (path.length === 0) {
      docs.set(file, { doc: value });
      owned.add(file);
      return;
    }
    const doc = docOf(file);
    if (doc === undefined) return;
    (getAt(doc, path.slice(0, -1)) as Record<string | number, Json>)[path[path.length - 1]!] = value;
  };

  for (const m of mutations) {
    switch (m.kind) {
      case 'delete': {
        const doc = docOf(m.file);
        if (doc === undefined) break;
        const path = pick(allPaths(doc), m.at);
        if (!path || path.length === 0) break;
        const parent = getAt(doc, path.slice(0, -1));
        const key = path[path.length - 1]!;
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, Json>)[key];
        break;
      }
      case 'replace': {
        const doc = docOf(m.file);
        if (doc === undefined) break;
        const path = pick(allPaths(doc), m.at);
        if (path) setAt(m.file, path, m.value);
        break;
      }
      case 'duplicate': {
        const doc = docOf(m.file);
        if (doc === undefined) break;
        const lists = allPaths(doc).filter((p) => {
          const v = getAt(doc, p);
          return Array.isArray(v) && v.length > 0;
        });
        const path = pick(lists, m.at);
        if (!path) break;
        const list = getAt(doc, path) as Json[];
        const i = m.at % list.length;
        list.splice(i + 1, 0, structuredClone(list[i]!));
        break;
      }
      case 'dangle': {
        const doc = docOf(m.file);
        if (doc === undefined) break;
        const path = pick(referencePaths(doc), m.at);
        if (path) setAt(m.file, path, `missing-${m.suffix}`);
        break;
      }
      case 'odd-key': {
        const doc = docOf(m.file);
        if (doc === undefined) break;
        const objects = allPaths(doc).filter((p) => {
          const v = getAt(doc, p);
          return v !== null && typeof v === 'object' && !Array.isArray(v);
        });
        const path = pick(objects, m.at);
        if (!path) break;
        // defineProperty: assigning "__proto__" would change the prototype instead of adding a key.
        Object.defineProperty(getAt(doc, path), m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        break;
      }
      case 'deep': {
        const doc = docOf(m.file);
        if (doc === undefined) break;
        const path = pick(allPaths(doc), m.at);
        if (!path) break;
        setAt(m.file, path, DEEP_MARK);
        const text = textOf(m.file) ?? '';
        docs.set(m.file, { text: text.replace(JSON.stringify(DEEP_MARK), deepText(m.depth, m.shape)) });
        owned.delete(m.file);
        break;
      }
      case 'truncate': {
        const text = textOf(m.file);
        if (text !== undefined) docs.set(m.file, { text: text.slice(0, m.cut % (text.length + 1)) });
        break;
      }
      case 'text':
        docs.set(m.file, { text: m.text });
        break;
      case 'json':
        docs.set(m.file, { doc: m.value });
        owned.add(m.file);
        break;
      case 'drop-file':
        docs.delete(m.file);
        break;
      case 'stray-file':
        docs.set(m.name, { text: m.text });
        break;
    }
  }
  const files: Files = {};
  for (const name of docs.keys()) {
    // defineProperty again: a file literally named "__proto__" must be an own entry of the folder.
    Object.defineProperty(files, name, { value: textOf(name) ?? '', enumerable: true, writable: true, configurable: true });
  }
  return files;
}

/** A folder of random names and random contents: garbage text, random JSON, or nothing at all. */
const randomFolder: fc.Arbitrary<Files> = fc
  .array(
    fc.tuple(
      fc.oneof(fileName, fc.string({ maxLength: 10 }).map((s) => `${s}.json`)),
      fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), json.map((v) => JSON.stringify(v))),
    ),
    { maxLength: 8 },
  )
  .map((entries) => {
    const files: Files = {};
    for (const [name, text] of entries) Object.defineProperty(files, name, { value: text, enumerable: true, writable: true, configurable: true });
    return files;
  });

// ---- the property --------------------------------------------------------------------------------------------------

let accepted = 0;
let refused = 0;

/** Never throws; a refusal is a non-empty list of "folder/file › path: problem" lines naming a file of the folder. */
function checkFolder(files: Files): void {
  const result = assembleScenario(FOLDER, files);
  // Plain checks and one expect at the end: vitest's expect is slow enough to matter 10,000 times over.
  const problems: string[] = [];
  if (result.ok) {
    accepted++;
    if (typeof result.value.id !== 'string') problems.push('accepted without an id');
    // Only a folder of known files can pass: a stray file (even one named "__proto__") is always refused.
    if (!(MAIN_FILE in files) || Object.keys(files).some((n) => !FILE_NAMES.includes(n))) problems.push(`accepted a folder of ${Object.keys(files).join(', ')}`);
  } else {
    refused++;
    if (result.error.length === 0) problems.push('refused without a message');
    const named = [...Object.keys(files), MAIN_FILE];
    for (const line of result.error) {
      const file = typeof line === 'string' ? named.find((n) => line.startsWith(`${FOLDER}/${n} › `)) : undefined;
      const rest = file === undefined ? '' : line.slice(`${FOLDER}/${file} › `.length);
      if (file === undefined || !/: \S/.test(rest) || line.includes('[object Object]')) problems.push(`not "file › path: problem": ${String(line).slice(0, 200)}`);
    }
  }
  if (problems.length > 0) expect(problems).toEqual([]);
}

describe('scenario files: fuzzing the boundary', () => {
  it('the trimmed copy of the real scenario is itself valid (the fuzz starts from a valid folder)', () => {
    const files = mutate(smallDocs, []);
    const result = assembleScenario(FOLDER, files);
    expect(result.ok ? [] : result.error).toEqual([]);
    expect(Object.keys(files).sort()).toEqual([...FILE_NAMES].sort());
  });

  it('refuses a file nested deeper than the limit with a message, instead of overflowing the stack', () => {
    for (const shape of ['array', 'not', 'add'] as const) {
      const files = mutate(smallDocs, [{ kind: 'deep', file: 'rules.json', at: 7, depth: 20_000, shape }]);
      const result = assembleScenario(FOLDER, files);
      expect(!result.ok && result.error[0]).toMatch(new RegExp(`^${FOLDER}/rules\\.json › .*: nested more than ${MAX_NESTING} levels deep$`));
    }
  });

  it(`${SMALL_RUNS} random folders and mutations of the (trimmed) real files: never an exception, always a message naming a file`, () => {
    let count = 0;
    accepted = 0;
    refused = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 1, arbitrary: randomFolder }, { weight: 6, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutate(smallDocs, ms)) }), (files) => {
        count++;
        checkFolder(files);
      }),
      { numRuns: SMALL_RUNS, seed: 20_121_201 },
    );
    expect(count).toBeGreaterThanOrEqual(SMALL_RUNS);
    // The mix is not all garbage: some mutations leave a valid scenario, and most are refused.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(SMALL_RUNS / 2);
  }, 120_000);

  it(`${REAL_RUNS} mutations of the full real folder: never an exception, always a message naming a file`, () => {
    let count = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 2 }), (ms) => {
        count++;
        checkFolder(mutate(realDocs, ms));
      }),
      { numRuns: REAL_RUNS, seed: 20_130_101 },
    );
    expect(count).toBe(REAL_RUNS);
  }, 120_000);
});
