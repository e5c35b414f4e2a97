import { describe, expect, it } from 'vitest';
import { playRealCourse } from '../../../content/real-course.ts';
import type { HistoryDef, HistoryFact } from '../../../engine/index.ts';
import { realScenario } from '../../test/real-scenario.ts';
import { formatHistoryDate } from './history-date.ts';
import { eventYears, factsByAdministration } from './history-timeline.ts';

const scenario = realScenario();
const history = scenario.history;
if (!history) throw new Error('the scenario has no history');
const played = playRealCourse(scenario);
const real = played?.ok ? played.value : null;

describe('the timeline of the real course', () => {
  it('puts every fact once under the government in office on its date, in date order', () => {
    const groups = factsByAdministration(history, real);
    expect(groups.map((g) => g.administration.id)).toEqual(['pena-nieto', 'lopez-obrador', 'sheinbaum']);
    expect(groups.flatMap((g) => g.facts.map((f) => f.fact.id)).sort()).toEqual(history.facts.map((f) => f.id).sort());
    for (const { administration, facts } of groups) {
      const dates = facts.map((f) => f.fact.date);
      expect(dates).toEqual([...dates].sort());
      for (const d of dates) {
        if (administration.id !== 'pena-nieto') expect(d >= administration.took.slice(0, d.length)).toBe(true);
        if (administration.left) expect(d.slice(0, 4) <= administration.left.slice(0, 4)).toBe(true);
      }
    }
    const titles = (id: string) => groups.find((g) => g.administration.id === id)?.facts.map((f) => f.fact.title.en) ?? [];
    expect(titles('pena-nieto')).toContain('Navy captures Zetas leader Treviño Morales');
    expect(titles('sheinbaum').length).toBeGreaterThan(0);
  });

  it('gives a fact dated only by its year to the government in office when that year began', () => {
    const fact = (id: string, date: string): HistoryFact => ({ id, date, bearing: 'policy', title: { en: id, es: id }, summary: { en: '', es: '' }, sources: [] });
    const def: HistoryDef = { ...history, facts: [fact('late', '2024'), fact('after', '2024-10-02'), fact('month', '2018-12')] };
    const groups = factsByAdministration(def, null);
    expect(groups.find((g) => g.administration.id === 'lopez-obrador')?.facts.map((f) => f.fact.id)).toEqual(['month', 'late']);
    expect(groups.find((g) => g.administration.id === 'sheinbaum')?.facts.map((f) => f.fact.id)).toEqual(['after']);
  });

  it('marks the facts the model plays as scripted events with the year it plays them', () => {
    const facts = factsByAdministration(history, real).flatMap((g) => g.facts);
    const guzman = facts.find((f) => f.fact.event === 'real-guzman-captured');
    expect(guzman?.playedIn).toBe(2014);
    expect(facts.filter((f) => f.fact.event === undefined).every((f) => f.playedIn === null)).toBe(true);
    expect(facts.filter((f) => f.fact.event !== undefined).every((f) => f.playedIn !== null)).toBe(true);
    expect(eventYears(null).size).toBe(0);
  });

  it('writes dates at the precision they have, in either language', () => {
    expect(formatHistoryDate('2012-12-17', 'en-US')).toBe('December 17, 2012');
    expect(formatHistoryDate('2012-12-17', 'es-MX')).toBe('17 de diciembre de 2012');
    expect(formatHistoryDate('2020-05', 'en-US')).toBe('May 2020');
    expect(formatHistoryDate('2020-05', 'es-MX')).toBe('mayo de 2020');
    expect(formatHistoryDate('2017', 'en-US')).toBe('2017');
  });
});
