// A folder as a zip, byte for byte the same for the same files: entries in sorted order, one fixed timestamp, the
// same compression level. Paths inside use forward slashes, as LMS importers expect.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** 1 January 2000, local time: zip stores local date fields, so this gives the same bytes in every time zone. */
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0);

export function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path).split(sep).join('/')];
    })
    .sort();
}

export function zipFolder(root: string, extra: Readonly<Record<string, string>> = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of listFiles(root)) entries[file] = readFileSync(join(root, file));
  for (const [name, text] of Object.entries(extra)) entries[name] = new TextEncoder().encode(text);
  const zippable: Zippable = {};
  for (const name of Object.keys(entries).sort()) zippable[name] = [entries[name] as Uint8Array, { level: 9, mtime: FIXED_TIME }];
  return zipSync(zippable);
}
