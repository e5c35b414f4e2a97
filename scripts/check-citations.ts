// Prints every citation whose lines do not exist or whose quote is not found in the cited lines. Exit 1 on any.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citationProblem, findCitations } from '../src/content/citations.ts';
import { scenarioFolders } from '../src/content/load-scenarios-node.ts';
import { loadSourceTexts } from '../src/content/load-sources-node.ts';

const sources = loadSourceTexts();
let problems = 0;
let count = 0;
for (const dir of scenarioFolders()) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const data: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    for (const { path, citation } of findCitations(data)) {
      count++;
      const problem = citationProblem(citation, sources);
      if (problem) {
        problems++;
        console.error(`${join(dir.split('/').slice(-2).join('/'), name)} › ${path}: ${problem}`);
      }
    }
  }
}
console.log(`${count} citations checked, ${problems} problems`);
process.exit(problems > 0 ? 1 : 0);
