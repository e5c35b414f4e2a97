// Writes scenarios/scenario.schema.json from the zod schema, so editors can validate and complete scenario files.
// The part files (factors.json, events.json, …) get their own schemas for the same reason.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ScenarioSchema } from '../src/content/schema.ts';
import { PART_KEYS } from '../src/content/assemble-scenario.ts';

const root = new URL('../scenarios/', import.meta.url);
const write = (name: string, schema: z.ZodType) => {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  writeFileSync(new URL(name, root), JSON.stringify(json, null, 2) + '\n');
  console.log(`wrote scenarios/${name}`);
};

write('scenario.schema.json', ScenarioSchema.partial({ ...Object.fromEntries(PART_KEYS.map((k) => [k, true])) } as Record<(typeof PART_KEYS)[number], true>));
for (const key of PART_KEYS) write(`${key}.schema.json`, ScenarioSchema.shape[key]);
