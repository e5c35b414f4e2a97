import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOOLEAN_FACTS, FACT_FUNCTIONS, NUMBER_FACTS, STRING_FACTS } from '../../engine/facts.ts';
import { realScenario } from '../../../tests/unit/load-test-scenario.ts';
import { compileFormula } from './compile-formula.ts';
import { expressionsSection, withExpressionsSection } from './expressions-doc.ts';
import { formulaNames } from './names.ts';

describe('the Expressions section of scenarios/README.md', () => {
  it('is the one the facts table writes (run `npm run docs:expressions` after changing src/engine/facts.ts)', () => {
    const readme = readFileSync(new URL('../../../scenarios/README.md', import.meta.url), 'utf8');
    expect(readme).toContain(expressionsSection());
    expect(withExpressionsSection(readme)).toBe(readme);
  });

  it('gives examples that compile against the real scenario', () => {
    const names = formulaNames(realScenario());
    for (const { example } of [...Object.values(NUMBER_FACTS), ...Object.values(STRING_FACTS), ...Object.values(BOOLEAN_FACTS), ...Object.values(FACT_FUNCTIONS)]) {
      const asCondition = compileFormula(example, 'condition', names);
      const asNumber = compileFormula(example, 'number', names);
      expect(asCondition.ok || asNumber.ok, example).toBe(true);
    }
  });
});
