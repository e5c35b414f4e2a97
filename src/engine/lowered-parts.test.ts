import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { compileScenario, yearProgram, type YearProgram } from './compile.ts';
import { discreteFactsRead } from './lowered-parts.ts';
import { paramsFor } from './params.ts';
import { defaultSetup } from './default-setup.ts';
import type { KnownFacts } from './expressions.ts';

const scenario = realScenario();

/** Everything a program is made of, comparable with toEqual. */
const shape = (p: YearProgram) => ({ ...p, code: [...p.code], regs: [...p.regs], starts: [...p.starts], effects: JSON.stringify(p.effects), events: JSON.stringify(p.events) });

describe('lowered parts', () => {
  it('name the discrete facts a formula reads, and only those', () => {
    expect(discreteFactsRead([{ compare: 'gt', a: { fact: 'sedena' }, b: { param: 'baselineSedena' } }])).toEqual([]);
    expect(
      discreteFactsRead([
        { all: [{ fact: 'posture', op: 'eq', value: 'halt' }, { not: { fact: 'prologue', op: 'eq', value: true } }] },
        { if: { fact: 'lever:continuity-programs', op: 'eq', value: true }, then: { fact: 'year' }, else: 2 },
        undefined,
      ]),
    ).toEqual(['lever:continuity-programs', 'posture', 'prologue']);
  });

  it('shared between programs give the very programs lowered from scratch', () => {
    const params = paramsFor(scenario, defaultSetup(scenario));
    // One parameter set compiles every program in turn, reusing parts; each is checked against a fresh compilation.
    const shared = compileScenario(scenario, params);
    const postures = scenario.postures.map((p) => p.id);
    const levers = scenario.usLevers.map((l) => l.id);
    let checked = 0;
    for (const variant of scenario.options.flatMap((o) => o.variants)) {
      for (const [i, posture] of postures.entries()) {
        const known: KnownFacts = {
          strategy: variant.id,
          option: scenario.options.find((o) => o.variants.includes(variant))?.id ?? 'none',
          party: scenario.parties[i % scenario.parties.length]?.id ?? 'none',
          posture,
          previousPosture: postures[(i + 1) % postures.length] ?? 'none',
          prologue: i % 3 === 0,
          realCourse: i % 2 === 0,
          previousStrategy: 'A',
          previousParty: 'none',
          theory: scenario.defaultTheory,
          usPosture: scenario.usPostures[i % scenario.usPostures.length]?.id ?? 'none',
          levers: levers.slice(i % 3, (i % 3) + 2),
        };
        // A copy of the scenario shares no cache with it: its programs are lowered from scratch.
        const fresh = compileScenario(structuredClone(scenario), { ...params });
        expect(shape(yearProgram(shared, known)), `${variant.id} ${posture}`).toEqual(shape(yearProgram(fresh, known)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('shared between parameter sets give the programs each set compiles from scratch', () => {
    const standard = paramsFor(scenario, defaultSetup(scenario));
    const known = (strategy: string, posture: string, prologue: boolean): KnownFacts => ({
      strategy,
      option: scenario.options.find((o) => o.variants.some((v) => v.id === strategy))?.id ?? 'none',
      party: 'PRI',
      posture,
      previousPosture: posture,
      prologue,
      realCourse: false,
      previousStrategy: 'A',
      previousParty: 'none',
      theory: scenario.defaultTheory,
      usPosture: scenario.defaultUsPosture,
      levers: [],
    });
    const facts = [known('A', 'military-lead', true), known('B', 'military-support', false), known('C+LE', 'traditional-missions', false), known('D', 'halt', false)];
    // Each documented parameter at its maximum in turn, as a sweep does: the programs made from the parts lowered
    // under the other sets must be those a scenario that has seen no other set lowers.
    let checked = 0;
    for (const [name, doc] of Object.entries(scenario.parameters)) {
      const params = Object.freeze({ ...standard, [name]: doc.max });
      const shared = compileScenario(scenario, params);
      const fresh = compileScenario(structuredClone(scenario), { ...params });
      for (const k of facts) {
        const program = yearProgram(shared, k);
        expect(shape(program), `${name} at ${doc.max}, ${k.strategy}`).toEqual(shape(yearProgram(fresh, k)));
        for (const read of program.params) expect(Object.keys(params)).toContain(read);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4 * 100);
  });
});
