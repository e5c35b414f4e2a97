// The class CSV as a spreadsheet reads it: a byte-order mark first (Excel then reads UTF-8 accents), readable headers
// in the interface's language, whole deaths, students' reasons with commas, quotes and line breaks quoted, and a
// reason that starts like a formula kept as text. The README lists every column id this file writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRunList } from '../../../content/class-runs.ts';
import { loadAllScenarios } from '../../../content/load-scenarios-node.ts';
import { encodeRunCode, runCodeOf } from '../../../content/run-code.ts';
import { defaultSetup, play, type Decision } from '../../../engine/index.ts';
import { createI18n } from '../../i18n/i18n.ts';
import { classCsv, classCsvColumns, type ClassCsvContext } from './class-csv.ts';
import { runRow } from './run-rows.ts';

const scenario = loadAllScenarios()[0]!;

function code(seed: number, decisions: Decision[], nickname: string): string {
  const setup = defaultSetup(scenario, { seed, priorities: ['lives', 'cooperation', 'support', 'sovereignty', 'law'] });
  const played = play(scenario, { setup, decisions, answers: {} });
  if (!played.ok) throw new Error(played.error.message);
  return encodeRunCode(runCodeOf(scenario, played.value, { nickname }), scenario);
}

/** RFC 4180 reader: quoted cells may hold commas, quotes and line breaks. */
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

const reasons = ['Ñandú, "the bird", first', '=SUM(A1:A3) is what we want', 'two\nlines', '-less violence', '@team', '+1'];
const list = readRunList(
  [
    code(11, [{ strategy: 'A', rationale: reasons[0]!, forecast: 'rise' }, { strategy: 'C+LE', rationale: reasons[1]! }, { strategy: 'D', rationale: reasons[2]!, forecast: 'fall' }], 'Equipo Ñandú'),
    code(12, [{ strategy: 'B', rationale: reasons[3]! }, { strategy: 'B', rationale: reasons[4]! }, { strategy: 'B', rationale: reasons[5]! }], 'Pair 2'),
  ].join('\n'),
  [scenario],
);

function context(locale: 'en' | 'es'): ClassCsvContext {
  return { t: createI18n(locale).t, className: 'Grupo «Ñ», 3.º\nmañana', scoreLabel: (id) => scenario.scores.find((s) => s.id === id)?.label[locale] ?? id, headline: ['cooperation', 'sedena', 'semar'], apart: () => '', terms: 3 };
}

describe('the class CSV', () => {
  it('starts with a byte-order mark and has readable headers in the interface’s language', () => {
    expect(list.runs).toHaveLength(2);
    const en = classCsv(list.runs.map(runRow), context('en'));
    const es = classCsv(list.runs.map(runRow), context('es'));
    expect(en.charCodeAt(0)).toBe(0xfeff);
    expect(es.charCodeAt(0)).toBe(0xfeff);
    const headEn = parseCsv(en.slice(1))[0]!;
    const headEs = parseCsv(es.slice(1))[0]!;
    expect(headEn).toContain('Nickname or team');
    expect(headEn).toContain('Sexenio 1: reason');
    expect(headEn).toContain('Drug-related deaths (total)');
    expect(headEs).toContain('Apodo o equipo');
    expect(headEs).toContain('Sexenio 2: partido');
    expect(headEs).toContain('Postura de EE.\u00a0UU.');
    for (const h of headEn) expect(h).not.toMatch(/^final_|_/);
  });

  it('quotes reasons with commas, quotes and line breaks, keeps formula-like reasons as text, and writes whole deaths', () => {
    const columns = classCsvColumns(context('en')).map((c) => c.id);
    const rows = parseCsv(classCsv(list.runs.map(runRow), context('en')).slice(1));
    expect(rows).toHaveLength(3);
    const at = (row: number, id: string) => rows[row]![columns.indexOf(id)]!;
    expect(at(1, 'reason_1')).toBe(reasons[0]);
    expect(at(1, 'reason_2')).toBe(`'${reasons[1]}`);
    // A run code keeps a reason on one line (control characters become spaces); a line break elsewhere is quoted.
    expect(at(1, 'reason_3')).toBe('two lines');
    expect(at(2, 'reason_1')).toBe(`'${reasons[3]}`);
    expect(at(2, 'reason_2')).toBe(`'${reasons[4]}`);
    expect(at(2, 'reason_3')).toBe(`'${reasons[5]}`);
    expect(at(1, 'forecast_1')).toBe('rise');
    expect(at(1, 'forecast_2')).toBe('');
    expect(at(1, 'class')).toBe('Grupo «Ñ», 3.º\nmañana');
    expect(at(1, 'nickname')).toBe('Equipo Ñandú');
    expect(at(1, 'top_aim')).toBe('Fewer deaths');
    expect(at(1, 'party_1')).not.toBe('');
    expect(at(1, 'deaths_total')).toMatch(/^\d+$/);
    expect(Number(at(1, 'final_cooperation'))).toBeCloseTo(list.runs[0]!.final['cooperation']!, 0);
  });

  it('the README documents every column id', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    for (const id of classCsvColumns(context('en')).map((c) => c.id.replace(/_\d+$/, '_N'))) expect(readme, id).toContain(`\`${id}\``);
  });
});
