import { describe, expect, it } from 'vitest';
import { runFileName, slugPart } from './run-file-name.ts';

describe('run file names', () => {
  const at = new Date(2026, 11, 2, 10, 34, 59);

  it('names the class, the nickname and the local date and time', () => {
    expect(runFileName(at, 'Seminar 3', 'Los Halcones')).toBe('sexenio-seminar-3-los-halcones-2026-12-02-1034.json');
    expect(runFileName(at, null, 'Pair 7')).toBe('sexenio-pair-7-2026-12-02-1034.json');
    expect(runFileName(at)).toBe('sexenio-2026-12-02-1034.json');
    expect(runFileName(new Date(2027, 0, 5, 7, 3), 'A', '')).toBe('sexenio-a-2027-01-05-0703.json');
  });

  it('folds accents and drops path and other unsafe characters', () => {
    expect(slugPart('Équipe Águila / 3º')).toBe('equipe-aguila-3o');
    expect(slugPart('../../etc/passwd')).toBe('etc-passwd');
    expect(slugPart('C:\\Users\\x')).toBe('c-users-x');
    expect(slugPart('<script>“ñandú”</script>')).toBe('script-nandu-script');
    expect(slugPart('   ')).toBe('');
    expect(slugPart('日本語')).toBe('');
    expect(slugPart('a'.repeat(50) + ' b')).toBe('a'.repeat(32));
    expect(runFileName(at, '///', 'ü')).toBe('sexenio-u-2026-12-02-1034.json');
  });
});
