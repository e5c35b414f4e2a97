// Turns validation problems into lines a content author can act on: file › path: problem.
import type { ContentIssue } from './check-references.ts';

type ZodLikeIssue = { readonly path: readonly PropertyKey[]; readonly message: string };

export function pathToString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

export function fromZod(issues: readonly ZodLikeIssue[]): ContentIssue[] {
  return issues.map((i) => ({ path: pathToString(i.path), message: i.message }));
}

export function formatIssues(file: string, issues: readonly ContentIssue[]): string[] {
  return issues.map((i) => `${file} › ${i.path}: ${i.message}`);
}
