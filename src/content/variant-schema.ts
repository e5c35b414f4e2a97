// A variant as codes, class links and saves carry it: the shape here, the meaning (known names, values in range)
// checked against the scenario once it is known.
import type { GameSetup, Scenario } from '../engine/index.ts';
import type { CodeKind, CodeProblem } from './code-problem.ts';
import { checkVariant, MAX_VARIANT_ENTRIES } from './variant.ts';
import { z } from './zod.ts';

export const variantSchema = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'not a parameter name'), z.number().finite())
  .refine((v) => Object.keys(v).length <= MAX_VARIANT_ENTRIES, 'too many parameters');

/** The set-up's variant against the scenario: null when it has none or it fits. */
export function checkSetupVariant(scenario: Scenario, setup: Pick<GameSetup, 'variant'>, kind: CodeKind): CodeProblem | null {
  if (setup.variant === undefined) return null;
  const checked = checkVariant(scenario, setup.variant);
  return checked.ok ? null : { reason: 'variant', kind, problem: checked.error };
}

/** The set-up without an empty variant: a variant that changes nothing is the standard model and is not carried. */
export function withVariant<T extends object>(setup: T, variant: Readonly<Record<string, number>> | undefined): T & { variant?: Readonly<Record<string, number>> } {
  return variant !== undefined && Object.keys(variant).length > 0 ? { ...setup, variant: { ...variant } } : setup;
}
