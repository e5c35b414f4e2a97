// End-to-end tests run against the production build (vite build + vite preview on 127.0.0.1:4173).
// PW_PORT and SEXENIO_OUT_DIR let several checkouts or people test side by side without sharing a server or a build.
// Outside CI a server already on the port is reused, but only if it serves this checkout: after the build, the
// server command writes an id of this checkout (a hash of its path) to <outDir>/e2e-checkout.txt, and
// tests/e2e/global-setup.ts stops the run before any test when the server answers anything else there (another
// checkout's build, another program).
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env['PW_PORT'] ?? 4173);
const outDir = process.env['SEXENIO_OUT_DIR'] ?? 'dist';
const checkout = realpathSync(fileURLToPath(new URL('.', import.meta.url)));
const checkoutId = createHash('sha256').update(checkout).digest('hex').slice(0, 16);
const marker = 'e2e-checkout.txt';
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    }
  : {};

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  metadata: { checkout, checkoutId, checkoutMarker: `http://127.0.0.1:${port}/${marker}` },
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
    trace: 'off',
  },
  webServer: {
    command: `npx tsc --noEmit -p tsconfig.json && npx vite build --outDir ${outDir} && node -e "require('node:fs').writeFileSync('${outDir}/${marker}', '${checkoutId}')" && npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
