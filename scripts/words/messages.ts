// The interface's English strings, read the way the game reads them: a dotted key, {{name}} filled in.
import { en } from '../../src/ui/i18n/messages.ts';

type Tree = { readonly [key: string]: string | Tree };

export function tr(key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  let node: string | Tree | undefined = en as unknown as Tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no English string "${key}"`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** Every string under a key, for screens that show a whole group (a form's labels). */
export function allUnder(key: string): string[] {
  let node: string | Tree | undefined = en as unknown as Tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  const out: string[] = [];
  const walk = (n: string | Tree | undefined) => {
    if (typeof n === 'string') out.push(n);
    else if (n) for (const v of Object.values(n)) walk(v);
  };
  walk(node);
  return out;
}
