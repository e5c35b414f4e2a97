// Interface strings, one file per area of the app so features can be written side by side.
// Each area uses its own top-level key; en and es must hold the same keys (locales.test.ts).
import enCore from './en/core.json';
import esCore from './es/core.json';

export const en = { ...enCore };
export const es = { ...esCore } satisfies typeof en;
