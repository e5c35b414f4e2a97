// The CSV exports (the class table from the dashboard, the yearly scores from the debrief) are safe to open in a
// spreadsheet: a text cell that would run as a formula is kept as text, and every cell reads back as written.
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { defaultSetup, play } from '../engine/index.ts';
import { yearlyCsv } from '../ui/screens/debrief/debrief-data.ts';
import { createI18n } from '../ui/i18n/i18n.ts';
import { classCsv } from '../ui/screens/classroom/class-csv.ts';
import { runRow } from '../ui/screens/classroom/run-rows.ts';
import { readRunList } from './class-runs.ts';
import { checksum } from './code-format.ts';
import { csvCell, csvText } from './csv.ts';
import { loadAllScenarios } from './load-scenarios-node.ts';
import { runCodeOf } from './run-code.ts';

const scenario = loadAllScenarios()[0]!;
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Reads one CSV text back into rows (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

/** A run code with any nickname the schema accepts (forged, as a hand-edited code would be). */
function codeWithNickname(nickname: string, seed: number): string {
  const setup = defaultSetup(scenario, { seed });
  const played = play(scenario, { setup, decisions: [{ strategy: 'A' }, { strategy: 'D' }, { strategy: 'B' }], answers: {} });
  if (!played.ok) throw new Error(played.error.message);
  const run = { ...runCodeOf(scenario, played.value), nickname };
  const body = LZString.compressToEncodedURIComponent(JSON.stringify(run));
  return `SX2.${body}.${checksum(body)}`;
}

describe('CSV export: formula injection', () => {
  it('prefixes text cells that start with = + - @ (or a tab, a carriage return, their full-width forms) with an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x.test","click")')).toBe(`"'=HYPERLINK(""http://x.test"",""click"")"`);
    expect(csvCell('+SUM(A1:A9)')).toBe("'+SUM(A1:A9)");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('Team = One')).toBe('Team = One');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell('a;b')).toBe('"a;b"');
  });

  it('10,000 random cells: never a live formula, and every cell reads back as written', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('=1+1', '+1', '-1', '@A1', '\t=1', '=cmd|\' /C calc\'!A0'), fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const back = parseCsv(csvText(rows));
        expect(back).toHaveLength(rows.length);
        rows.forEach((row, i) =>
          row.forEach((value, j) => {
            const cell = back[i]![j]!;
            if (typeof value === 'number') expect(cell).toBe(String(value));
            else {
              expect(cell).not.toMatch(FORMULA);
              expect(cell).toBe(FORMULA.test(value) ? `'${value}` : value);
            }
          }),
        );
      }),
      { numRuns: 10_000, seed: 20_180_701 },
    );
  });

  it('the dashboard’s class table keeps formula-like nicknames as text', () => {
    const nicknames = ['=1+1', '+SUM(A1)', '-5', '@Team', '=HYPERLINK("x","y")', '<img src=x onerror=alert(1)>'];
    const list = readRunList(nicknames.map((n, i) => codeWithNickname(n, i + 1)).join('\n'), [scenario]);
    expect(list.bad).toEqual([]);
    const csv = classCsv(list.runs.map(runRow), { t: createI18n('en').t, className: '', scoreLabel: (id) => id, headline: ['cooperation'], apart: () => '', terms: 3 });
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    const column = rows[0]!.indexOf('Nickname or team');
    expect(rows.slice(1).map((r) => r[column])).toEqual(nicknames.map((n) => (FORMULA.test(n) ? `'${n}` : n)));
    for (const row of rows.slice(1)) for (const cell of row) if (!/^-?\d/.test(cell)) expect(cell).not.toMatch(FORMULA);
  });

  it('the debrief’s yearly CSV: numbers stay numbers, and no cell is a live formula', () => {
    const setup = defaultSetup(scenario, { seed: 5 });
    const played = play(scenario, { setup, decisions: [{ strategy: 'C+LE' }, { strategy: 'A' }, { strategy: 'D' }], answers: {} });
    if (!played.ok) throw new Error(played.error.message);
    const rows = parseCsv(yearlyCsv(scenario, played.value));
    expect(rows).toHaveLength(19);
    for (const row of rows.slice(1)) {
      expect(Number.isFinite(Number(row[0]))).toBe(true);
      for (const cell of row) if (!/^-?\d/.test(cell)) expect(cell).not.toMatch(FORMULA);
    }
  });
});
