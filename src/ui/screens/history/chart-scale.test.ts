import { describe, expect, it } from 'vitest';
import type { HistoryAdministration } from '../../../engine/index.ts';
import { governmentBands, shortName } from './chart-bands.ts';
import { labelEvery, labelRows, niceTicks } from './chart-scale.ts';

describe('chart arithmetic', () => {
  it('rounds the axis up to a few round ticks from zero', () => {
    expect(niceTicks(36773)).toEqual([0, 10000, 20000, 30000, 40000]);
    expect(niceTicks(14948)).toEqual([0, 5000, 10000, 15000]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('labels every year when there is room, and every second or third when there is not', () => {
    expect(labelEvery(60, 30)).toBe(1);
    expect(labelEvery(20, 30)).toBe(2);
    expect(labelEvery(12, 30)).toBe(4);
  });

  it('moves a label to a lower row when it would overlap the one before it', () => {
    expect(labelRows([{ start: 0, end: 50 }, { start: 60, end: 100 }, { start: 90, end: 130 }])).toEqual([0, 0, 1]);
  });

  it('names presidents by their surnames and draws a band for each government', () => {
    expect(shortName('Andrés Manuel López Obrador')).toBe('López Obrador');
    expect(shortName('Enrique Peña Nieto')).toBe('Peña Nieto');
    expect(shortName('Claudia Sheinbaum')).toBe('Sheinbaum');
    const admin = (president: string, took: string) => ({ president, took }) as HistoryAdministration;
    const bands = governmentBands([admin('Enrique Peña Nieto', '2012-12-01'), admin('Andrés Manuel López Obrador', '2018-12-01'), admin('Claudia Sheinbaum', '2024-10-01')], 2012, 2025);
    expect(bands).toEqual([
      { from: 2011.5, to: 2018.5, label: 'Peña Nieto' },
      { from: 2018.5, to: 2024.5, label: 'López Obrador' },
      { from: 2024.5, to: 2025.5, label: 'Sheinbaum' },
    ]);
  });
});
