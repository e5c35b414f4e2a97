// Turns validation problems into lines a content author can act on: file › path: problem.
import type { ContentIssue } from './check-references.ts';

type ZodLikeIssue = { readonly path: readonly PropertyKey[]; readonly message: string; readonly code?: string; readonly errors?: readonly (readonly ZodLikeIssue[])[] };

export function pathToString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * A value that fits none of a union's forms (a citation that is neither a document passage nor a web source) is
 * reported by the form it came closest to, so the message names the field that is wrong rather than "Invalid input".
 */
export function fromZod(issues: readonly ZodLikeIssue[]): ContentIssue[] {
  return issues.flatMap((i) => {
    const branches = i.code === 'invalid_union' ? (i.errors ?? []).filter((b) => b.length > 0) : [];
    if (branches.length === 0) return [{ path: pathToString(i.path), message: i.message }];
    const closest = branches.reduce((best, b) => (b.length < best.length ? b : best));
    return fromZod(closest.map((inner) => ({ ...inner, path: [...i.path, ...inner.path] })));
  });
}

export function formatIssues(file: string, issues: readonly ContentIssue[]): string[] {
  return issues.map((i) => `${file} › ${i.path}: ${i.message}`);
}
