// npm run size: gzip size of every built chunk, and of the JavaScript a first visit loads (the entry script and
// what index.html preloads). With --check it fails when that initial JavaScript exceeds the budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 152;
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? process.env.SEXENIO_OUT_DIR ?? 'dist';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`size: no build in ${dir}/ (run npm run build first)`);
  process.exit(2);
}
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
const kb = (bytes) => bytes / 1024;
const rows = readdirSync(join(dir, 'assets'))
  .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
  .map((f) => {
    const raw = readFileSync(join(dir, 'assets', f));
    return { file: `assets/${f}`, raw: kb(raw.length), gzip: kb(gzipSync(raw, { level: 9 }).length), initial: initial.has(`assets/${f}`) };
  })
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
const width = Math.max(...rows.map((r) => r.file.length));
console.log(`${'chunk'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'gzip kB'.padStart(8)}  loaded`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${r.raw.toFixed(1).padStart(8)}  ${r.gzip.toFixed(1).padStart(8)}  ${r.initial ? 'at start' : 'on demand'}`);
const initialKb = rows.filter((r) => r.initial && r.file.endsWith('.js')).reduce((s, r) => s + r.gzip, 0);
console.log(`initial JavaScript: ${initialKb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (args.includes('--check') && initialKb > BUDGET_KB) {
  console.error(`size: initial JavaScript ${initialKb.toFixed(1)} kB gzip exceeds the ${BUDGET_KB} kB budget`);
  process.exit(1);
}
