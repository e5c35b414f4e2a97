// Before any test: the server on the port must be this checkout's build. Outside CI Playwright reuses whatever
// already answers on the port, which could be another checkout's server; the marker file the server command writes
// after the build (see playwright.config.ts) tells them apart.
import type { FullConfig } from '@playwright/test';

export default async function globalSetup(config: FullConfig): Promise<void> {
  const { checkout, checkoutId, checkoutMarker: url } = config.metadata as Record<string, unknown>;
  if (typeof checkout !== 'string' || typeof checkoutId !== 'string' || typeof url !== 'string') throw new Error('playwright.config.ts sets no checkout marker');
  const served = await fetch(url)
    .then(async (r) => (r.ok ? (await r.text()).trim() : `HTTP ${r.status}`))
    .catch((error: unknown) => `no answer (${error instanceof Error ? error.message : String(error)})`);
  if (served === checkoutId) return;
  const answer = served.startsWith('<') ? 'a page without the marker' : JSON.stringify(served.slice(0, 100));
  throw new Error(
    `The server on ${new URL(url).host} is not the build of this checkout (${checkout}): ${url} gave ${answer}, not "${checkoutId}". ` +
      'Another checkout or program is probably using the port: stop it, or set PW_PORT to a free port.',
  );
}
