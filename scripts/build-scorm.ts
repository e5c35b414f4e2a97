// npm run build:scorm: the game as a SCORM 1.2 package for a school's LMS (Moodle, Canvas, Blackboard, …): a zip with
// imsmanifest.xml and index.html at its root and the built game beside them under relative paths. Built with a
// relative base (the LMS serves the package from a folder of its own) and without the service worker (a worker
// registered from inside an LMS would outlive the course page). The last line printed is the zip's path.
//   npx tsx scripts/build-scorm.ts [--out dist-scorm12]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scormManifest } from './scorm/manifest.ts';
import { listFiles, zipFolder } from './scorm/zip-folder.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? '') : 'dist-scorm12');
const packageDir = join(out, 'package');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

function fail(message: string): never {
  console.error(`build:scorm: ${message}`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const built = spawnSync('npx', ['vite', 'build', '--base', './', '--outDir', packageDir, '--emptyOutDir', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, SEXENIO_TARGET: 'scorm' },
});
if (built.status !== 0) fail(`vite build failed (status ${built.status ?? 'none'})`);

// What an LMS needs from the build: a launch page, every path relative, no service worker.
const files = listFiles(packageDir);
const html = readFileSync(join(packageDir, 'index.html'), 'utf8');
if (/(?:src|href)="\/(?!\/)/.test(html)) fail('index.html has a root-relative path; the package would not load from the LMS folder');
if (files.some((f) => /(^|\/)(sw|registerSW)\.js$|manifest\.webmanifest$/.test(f))) fail('the build registers a service worker');

const manifest = scormManifest({ identifier: 'sexenio', version, title: 'Sexenio: US–Mexico defense relations', files: ['imsmanifest.xml', ...files] });
const zip = zipFolder(packageDir, { 'imsmanifest.xml': manifest });
const zipPath = join(out, `sexenio-scorm12-${version}.zip`);
writeFileSync(zipPath, zip);
if (!existsSync(zipPath)) fail(`could not write ${zipPath}`);
console.log(`${files.length + 1} files, ${(zip.length / 1024).toFixed(0)} kB zipped (SCORM 1.2, one SCO launched at index.html)`);
console.log(zipPath);
