// Validates every scenario folder and prints each problem as "file › path: problem". Exit 1 on any problem.
import { loadScenarioFolder, scenarioFolders } from '../src/content/load-scenarios-node.ts';

let failed = 0;
for (const dir of scenarioFolders()) {
  const result = loadScenarioFolder(dir);
  if (result.ok) {
    const s = result.value;
    console.log(`ok ${s.id}: ${s.factors.length} factors, ${s.rules.length} rules, ${s.events.length} events, ${s.options.length} options`);
  } else {
    failed++;
    for (const line of result.error) console.error(line);
  }
}
process.exit(failed > 0 ? 1 : 0);
