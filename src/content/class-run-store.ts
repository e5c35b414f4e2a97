// The dashboard's list of runs as it is kept in the browser between visits: the codes (a file's run download is
// kept as the code made from it), how each came, and the class it was opened for. Reading it back never throws:
// a stored list that cannot be read is a problem to show, not an empty class.
import { z } from './zod.ts';
import type { Result } from '../engine/index.ts';
import { issueSummary } from './code-format.ts';
import type { RunVia } from './class-runs.ts';

export const CLASS_STORE_VERSION = 1;

export type StoredRun = { readonly code: string; readonly via: RunVia; readonly source: string | null };
export type StoredClass = { readonly runs: readonly StoredRun[]; readonly classLink: string | null };

const storedSchema = z.strictObject({
  version: z.literal(CLASS_STORE_VERSION),
  classLink: z.string().max(20_000).nullable(),
  runs: z
    .array(z.strictObject({ code: z.string().min(1).max(60_000), via: z.enum(['code', 'link', 'file']), source: z.string().max(300).nullable() }))
    .max(1000),
});

export function serializeClass(stored: StoredClass): string {
  return JSON.stringify({ version: CLASS_STORE_VERSION, classLink: stored.classLink, runs: stored.runs });
}

export function parseClass(text: string): Result<StoredClass, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: issueSummary(parsed.error.issues) };
  return { ok: true, value: { classLink: parsed.data.classLink, runs: parsed.data.runs } };
}
