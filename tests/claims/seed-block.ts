// Which seeds a claims run plays. Seeds come in aligned blocks of BLOCK, so two runs either share every
// seed or none: SEXENIO_CLAIMS_SEED=200000 plays 200000..200999, the default 1000..1999.
import { parseArgs } from 'node:util';

/** Seeds one block holds; no arm may ask for more, so an arm never spills into the next block. */
export const BLOCK = 1000;
export const DEFAULT_FIRST_SEED = 1000;

/** The block's first seed from SEXENIO_CLAIMS_SEED's text; anything but a whole multiple of BLOCK is refused. */
export function firstSeedOf(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_FIRST_SEED;
  const seed = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(seed) || seed % BLOCK !== 0) {
    throw new Error(`SEXENIO_CLAIMS_SEED must be a whole multiple of ${BLOCK}, so that seed blocks (SEXENIO_CLAIMS_SEED .. +${BLOCK - 1}) never overlap; got "${text}"`);
  }
  return seed;
}

/** The block named by a script's --seed flag (default DEFAULT_FIRST_SEED); a bad one exits 2 with one line. */
export function seedFlag(script: string, args: readonly string[]): number {
  try {
    const { values } = parseArgs({ args: [...args], options: { seed: { type: 'string' } }, strict: true, allowPositionals: false });
    return firstSeedOf(values.seed ?? String(DEFAULT_FIRST_SEED));
  } catch (e) {
    process.stderr.write(`${script}: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
}

/** Which comparisons a report holds: the documents' claims, or the model's run of the real course. */
export type ReportKind = 'claims' | 'real-course';

/** Where a run on the block starting at `firstSeed` writes its margins table (and, beside it, the rows as JSON). */
export const marginsReportPath = (firstSeed: number, kind: ReportKind = 'claims') => `.test-reports/${kind}-margins-${firstSeed}.md`;
export const marginsJsonPath = (firstSeed: number, kind: ReportKind = 'claims') => `.test-reports/${kind}-margins-${firstSeed}.json`;
