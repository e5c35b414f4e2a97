// The "Expressions" section of scenarios/README.md, written from the facts table (facts.ts) so that the page can never
// list a fact the engine does not know or miss one it does. `npm run docs:expressions` writes it; a test checks it.
import { BOOLEAN_FACTS, FACT_FUNCTIONS, NUMBER_FACTS, STRING_FACTS } from '../../engine/facts.ts';

export const START_MARK = '<!-- expressions:start (written by npm run docs:expressions from src/engine/facts.ts) -->';
export const END_MARK = '<!-- expressions:end -->';

const row = (name: string, type: string, doc: string, example: string) => `| \`${name}\` | ${type} | ${doc} | \`${example}\` |`;

export function expressionsSection(): string {
  return [
    START_MARK,
    '## Expressions',
    '',
    'Every `amount`, `probability`, `when` and succession weight is a formula, written as text and read when the scenario is loaded (at build time for the game, and by the simulator and tests in Node). Nothing is evaluated as JavaScript.',
    '',
    '```json',
    '{ "id": "shared-mission-sedena", "factor": "shared-mission", "when": "posture == \'military-lead\'",',
    '  "effects": [{ "target": "sedena", "amount": "missionGainSedena * (1 - sedena / 100)" }], … }',
    '```',
    '',
    '- **Numbers**: `12`, `-0.5`, `1e-3`; `+ - * /` with the usual precedence (a division by zero gives 0); `min(a, b, …)`, `max(a, b, …)`, `clamp(x, low, high)`, and `if(condition, then, else)`.',
    '- **Conditions** (yes or no): comparisons `== != < <= > >=`, `fact in [\'a\', \'b\']`, and the words `and`, `or`, `not` (`&&`, `||` and `!` are refused with a hint). A yes-or-no fact stands alone: `postureChanged`, `not prologue`.',
    '- **Text** (postures, strategies, parties…) is quoted with single quotes and can only be compared: `posture == \'halt\'`, `option in [\'C\', \'D\']`.',
    '- **Names**: every score id (its value at the start of the year), every parameter in `params` (or in a theory or US posture), every named formula, and the facts below. A parameter or named formula may not share a name with a score or a fact.',
    '- **Named formulas**: `scenario.json` may name a formula in `formulas` (`"actTarget": "if(posture == \'military-lead\', actLead, …)"`); any other formula can then use the name, exactly as if its text were written there (`"actRate * (actTarget - activities)"`). A named formula may use other named formulas, but not itself.',
    '',
    'A mistake is reported with the file, the place in it, what is wrong and the character it starts at:',
    '',
    '```',
    'scenarios/sexenio-2012/rules.json › [0].effects[0].amount: each side of "+" must be a number, not text — at character 14 of "activities + posture"',
    '```',
    '',
    '| fact | type | what it is | example |',
    '|---|---|---|---|',
    ...Object.entries(NUMBER_FACTS).map(([name, f]) => row(name, 'number', f.doc, f.example)),
    ...Object.entries(STRING_FACTS).map(([name, f]) => row(name, 'text', f.doc, f.example)),
    ...Object.entries(BOOLEAN_FACTS).map(([name, f]) => row(name, 'yes or no', f.doc, f.example)),
    ...Object.entries(FACT_FUNCTIONS).map(([name, f]) => row(`${name}('${f.of} id')`, f.type === 'boolean' ? 'yes or no' : f.type, f.doc, f.example)),
    END_MARK,
  ].join('\n');
}

/** `readme` with its expressions section replaced by the current one (or null when the marks are missing). */
export function withExpressionsSection(readme: string): string | null {
  const start = readme.indexOf(START_MARK);
  const end = readme.indexOf(END_MARK);
  if (start < 0 || end < start) return null;
  return readme.slice(0, start) + expressionsSection() + readme.slice(end + END_MARK.length);
}
