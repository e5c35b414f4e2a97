// Writes the "Expressions" section of scenarios/README.md from the facts table (src/engine/facts.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { withExpressionsSection } from '../src/content/formula/expressions-doc.ts';

const path = new URL('../scenarios/README.md', import.meta.url);
const updated = withExpressionsSection(readFileSync(path, 'utf8'));
if (updated === null) {
  console.error('scenarios/README.md › (root): the expressions marks are missing');
  process.exit(2);
}
writeFileSync(path, updated);
console.log('wrote the Expressions section of scenarios/README.md');
