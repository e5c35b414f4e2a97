// The envelope shared by run codes and class links: `<PREFIX><version>.<body>.<check>`, where check is an FNV-1a
// hash of the body (so an edited or cut-off code is caught before it is unpacked). The body is lz-string's URI-safe
// compression of a JSON payload, except in version 3 run codes, which write their own compact text
// (run-code-compact.ts). Reading never throws: every failure is a CodeProblem.
// lz-string is CommonJS: a default import works in Vite, Vitest and plain Node alike.
import LZString from 'lz-string';
import type { Result } from '../engine/index.ts';

import { checksum } from './checksum.ts';
import { MAX_CODE_CHARS, MAX_JSON_CHARS, PREFIX, type CodeKind, type CodeProblem } from './code-problem.ts';

export { CODE_VERSION, codeStart, describeProblem, MAX_CODE_CHARS, MAX_JSON_CHARS, PREFIX, type CodeKind, type CodeProblem } from './code-problem.ts';

export { checksum } from './checksum.ts';

export function packCode(kind: CodeKind, version: number, payload: unknown): string {
  return wrapBody(kind, version, LZString.compressToEncodedURIComponent(JSON.stringify(payload)));
}

/** A body in the envelope, with its check. */
export function wrapBody(kind: CodeKind, version: number, body: string): string {
  return `${PREFIX[kind]}${version}.${body}.${checksum(body)}`;
}

/** Pulls a code out of what people paste: a bare code, or an address with #run=… / #class=…; whitespace is dropped. */
export function extractCode(text: string, kind: CodeKind): string {
  const compact = text.replace(/\s+/g, '');
  const key = kind === 'run' ? 'run' : 'class';
  const match = new RegExp(`[#&?]${key}=([^&#]*)`).exec(compact);
  if (!match) return compact;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    return match[1] ?? '';
  }
}

const ENVELOPE = /^(SXC|SX)(\d{1,4})\.([A-Za-z0-9+$~_-]*)\.([0-9a-z]{1,7})$/;

/** Checks the envelope (kind, version, check) and returns the body as written, with the version for migration. */
export function openEnvelope(text: unknown, kind: CodeKind, current: number): Result<{ version: number; body: string }, CodeProblem> {
  if (typeof text !== 'string') return { ok: false, error: { reason: 'empty', kind } };
  if (text.length > MAX_CODE_CHARS * 3) return { ok: false, error: { reason: 'too-long', kind, size: text.length } };
  const code = extractCode(text, kind);
  if (code.length === 0) return { ok: false, error: { reason: 'empty', kind } };
  if (code.length > MAX_CODE_CHARS) return { ok: false, error: { reason: 'too-long', kind, size: code.length } };
  const head = /^(SXC|SX)(\d{1,4})\./.exec(code);
  if (!head) return { ok: false, error: { reason: 'not-a-code', kind } };
  if ((head[1] === 'SXC') !== (kind === 'class')) return { ok: false, error: { reason: 'wrong-kind', kind } };
  const version = Number(head[2]);
  if (version > current) return { ok: false, error: { reason: 'newer-version', kind, version, current } };
  const parts = ENVELOPE.exec(code);
  if (!parts) return { ok: false, error: { reason: 'damaged', kind } };
  const body = parts[3] ?? '';
  if (checksum(body) !== parts[4]) return { ok: false, error: { reason: 'damaged', kind } };
  return { ok: true, value: { version, body } };
}

/** Checks the envelope and unpacks the JSON; the version is returned for migration. */
export function unpackCode(text: unknown, kind: CodeKind, current: number): Result<{ version: number; payload: unknown }, CodeProblem> {
  const opened = openEnvelope(text, kind, current);
  return opened.ok ? unpackJson(opened.value.version, opened.value.body, kind) : opened;
}

/** An lz-string body as the JSON payload it holds. */
export function unpackJson(version: number, body: string, kind: CodeKind): Result<{ version: number; payload: unknown }, CodeProblem> {
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(body);
  } catch {
    json = null;
  }
  if (!json) return { ok: false, error: { reason: 'damaged', kind } };
  if (json.length > MAX_JSON_CHARS) return { ok: false, error: { reason: 'too-long', kind, size: json.length } };
  try {
    return { ok: true, value: { version, payload: JSON.parse(json) as unknown } };
  } catch {
    return { ok: false, error: { reason: 'damaged', kind } };
  }
}

/** A zod issue list in one short line. */
export function issueSummary(issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
