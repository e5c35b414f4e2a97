import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assembleScenario } from './assemble-scenario.ts';
import { variantScenarioZip } from './variant-zip.ts';

describe('variantScenarioZip', () => {
  it('zips a folder named after the variant that loads as a scenario', async () => {
    const zip = await variantScenarioZip('sexenio-2012', { aidDelay: 0.9 });
    if (!zip.ok) throw new Error(zip.error);
    const id = zip.value.name.replace(/\.zip$/, '');
    expect(id).toMatch(/^sexenio-2012-variant-[0-9a-z]+$/);
    const entries = unzipSync(zip.value.bytes);
    const files = Object.fromEntries(Object.entries(entries).map(([path, bytes]) => {
      expect(path.startsWith(`${id}/`)).toBe(true);
      return [path.slice(id.length + 1), strFromU8(bytes)];
    }));
    expect(Object.keys(files)).toContain('parameters.json');
    const loaded = assembleScenario(id, files);
    if (!loaded.ok) throw new Error(loaded.error.join('\n'));
    expect(loaded.value.params['aidDelay']).toBe(0.9);
  });

  it('says why there is no zip', async () => {
    expect(await variantScenarioZip('nowhere', { aidDelay: 0.9 })).toEqual({ ok: false, error: 'this copy of Sexenio has no scenario "nowhere"' });
    expect(await variantScenarioZip('sexenio-2012', { aidDelay: 9 })).toEqual({ ok: false, error: 'parameter aidDelay = 9 is outside its range 0 to 1' });
  });
});
