// The built game for the measuring scripts (bench:browser, bench:lab, lighthouse): build it with Vite, serve it with
// `vite preview` on a port of its own, and stop the server however the script ends.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The same browser and flags as the end-to-end tests (playwright.config.ts): the system Chromium when there is one. */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  const systemChromium = '/usr/bin/chromium';
  return existsSync(systemChromium)
    ? {
        executablePath: systemChromium,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      }
    : {};
}

/** The value after `--name` on the command line, or `fallback`. */
export function optionValue(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? (args[i + 1] ?? fallback) : fallback;
}

export function buildGame(outDir: string): void {
  console.log(`▶ building into ${outDir}/`);
  const r = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Serves `outDir` on 127.0.0.1:`port`; resolves with the address once it answers, or rejects with why not. */
export async function servePreview(outDir: string, port: number, seconds = 30): Promise<string> {
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    if (server.exitCode === null && server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}); is port ${port} free?`);
    try {
      if ((await fetch(url)).ok) return url;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}
