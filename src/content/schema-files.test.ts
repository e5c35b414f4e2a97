// scenarios/*.schema.json are generated from the zod schema (npm run schema:gen); they must not drift from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PART_KEYS } from './assemble-scenario.ts';
import { ScenarioSchema } from './schema.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8')) as unknown;
const gen = (schema: z.ZodType) => JSON.parse(JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }))) as unknown;

describe('generated JSON Schemas', () => {
  it('each part file schema matches the zod schema (run `npm run schema:gen` after changing src/content/schema.ts)', () => {
    for (const key of PART_KEYS) expect(read(`${key}.schema.json`), key).toEqual(gen(ScenarioSchema.shape[key]));
  });
});
