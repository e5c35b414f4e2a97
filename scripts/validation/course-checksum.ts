// What docs/model-validation.md was written from, beside the model's fingerprint: a checksum of the real course as
// loaded (governments, facts, observed series). A test compares both with the doc, so it cannot silently go stale.
import { checksum } from '../../src/content/checksum.ts';
import type { Scenario } from '../../src/engine/index.ts';

export const courseChecksum = (scenario: Scenario): string => checksum(JSON.stringify(scenario.history ?? null));

/** The two stamps a generated doc carries in its first lines, or null when it has none. */
export function docStamps(doc: string): { model: string; course: string } | null {
  const m = /model content ([0-9a-z]+), real course ([0-9a-z]+)/.exec(doc.slice(0, 600));
  return m ? { model: m[1] ?? '', course: m[2] ?? '' } : null;
}
