import { describe, expect, it } from 'vitest';
import { enHistory, esHistoryChecked } from './history-messages.ts';
import { enLab, esLabChecked } from './lab-messages.ts';
import { en as enApp, es as esApp } from './messages.ts';

// The app's strings and those that load with their page (history-messages.ts, lab-messages.ts), checked as one set.
const en = { ...enApp, ...enHistory, ...enLab };
const es = { ...esApp, ...esHistoryChecked, ...esLabChecked };

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const enLeaves = new Map(leaves(en));
  const esLeaves = new Map(leaves(es));

  it('have exactly the same keys', () => {
    expect([...esLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...enLeaves, ...esLeaves]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of enLeaves) expect(placeholders(esLeaves.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('never speak of winning or losing except to say there is none', () => {
    for (const [key, value] of enLeaves) {
      if (/\b(you win|you lose|victory|defeat|game over)\b/i.test(value)) throw new Error(`${key}: "${value}"`);
    }
  });

  it('keep "EE. UU." on one line in the Spanish strings of "What happened next"', () => {
    for (const [key, value] of leaves(esHistoryChecked)) {
      expect(value, key).not.toMatch(/EE\. UU\./);
      if (value.includes('UU.')) expect(value, key).toContain('EE.\u00a0UU.');
    }
  });
});
