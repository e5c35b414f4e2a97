import { describe, expect, it } from 'vitest';
import { pageHash, readAddress } from './address.ts';

describe('readAddress', () => {
  it('reads the instructor pages, with or without the leading #', () => {
    expect(readAddress('#instructors')).toEqual({ kind: 'page', page: 'instructors', classCode: null });
    expect(readAddress('dashboard')).toEqual({ kind: 'page', page: 'dashboard', classCode: null });
    expect(readAddress('#class-setup')).toEqual({ kind: 'page', page: 'class-setup', classCode: null });
    expect(readAddress('#dashboard/')).toEqual({ kind: 'page', page: 'dashboard', classCode: null });
  });

  it('reads the set-up filled in from a class code, and an empty one as a blank set-up', () => {
    expect(readAddress('#class-setup=SXC2.abc.1x')).toEqual({ kind: 'page', page: 'class-setup', classCode: 'SXC2.abc.1x' });
    expect(readAddress('#class-setup=')).toEqual({ kind: 'page', page: 'class-setup', classCode: null });
  });

  it('keeps run codes and class links apart from the pages', () => {
    expect(readAddress('#run=SX2.abc.1x')).toEqual({ kind: 'run', code: 'SX2.abc.1x' });
    expect(readAddress('#class=SXC2.abc.1x')).toEqual({ kind: 'class', code: 'SXC2.abc.1x' });
    // An empty code is still a code: opening it says there is nothing to open.
    expect(readAddress('#run=')).toEqual({ kind: 'run', code: '' });
  });

  it('reads no hash as the title', () => {
    expect(readAddress('')).toEqual({ kind: 'none' });
    expect(readAddress('#')).toEqual({ kind: 'none' });
    expect(readAddress('#  ')).toEqual({ kind: 'none' });
  });

  it('returns what it cannot read as unknown, quoted short, without throwing', () => {
    expect(readAddress('#dashbord')).toEqual({ kind: 'unknown', shown: '#dashbord' });
    expect(readAddress('#Dashboard')).toEqual({ kind: 'unknown', shown: '#Dashboard' });
    expect(readAddress('#instructors=x')).toEqual({ kind: 'unknown', shown: '#instructors=x' });
    expect(readAddress('#run')).toEqual({ kind: 'unknown', shown: '#run' });
    const long = readAddress(`#${'x'.repeat(5000)}`);
    expect(long.kind).toBe('unknown');
    if (long.kind === 'unknown') expect(long.shown).toHaveLength(40);
    for (const odd of ['#%E0%A4%A', '#=', '#==run', '#\u0000', '#<script>', '#class-setup=%%%']) expect(() => readAddress(odd)).not.toThrow();
  });

  it('writes the hash each page is read back from', () => {
    for (const page of ['instructors', 'class-setup', 'dashboard'] as const) expect(readAddress(pageHash(page))).toEqual({ kind: 'page', page, classCode: null });
    expect(readAddress(pageHash('class-setup', 'SXC2.a.b'))).toEqual({ kind: 'page', page: 'class-setup', classCode: 'SXC2.a.b' });
    expect(pageHash('dashboard', 'SXC2.a.b')).toBe('#dashboard');
  });
});
