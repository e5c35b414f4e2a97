// A class link that plays a variant: what a model lab hands an instructor. The address is `#class=<code>` on the
// game's own page; students who open it see that they play a variant and what it changes.
import type { Result, Scenario } from '../engine/index.ts';
import { encodeClassLink, makeClassLink, type ClassSetup } from './class-link.ts';
import { checkVariant, type VariantProblem } from './variant.ts';

export type ClassLinkOptions = {
  /** The rest of the set-up; by default the scenario's own theory and US posture, every option, three terms. */
  readonly setup?: Partial<Omit<ClassSetup, 'variant'>>;
  /** One seed for the class, or null (the default) for a seed per student. */
  readonly seed?: number | null;
  readonly minutesPerDecision?: number | null;
  readonly title?: string;
};

/** The class link's code for `variant` (checked first: a variant that does not fit is refused, naming the problem). */
export function classLinkWithVariant(scenario: Scenario, variant: unknown, options: ClassLinkOptions = {}): Result<string, VariantProblem> {
  const checked = checkVariant(scenario, variant);
  if (!checked.ok) return checked;
  const setup: ClassSetup = {
    start: '2012',
    theory: scenario.defaultTheory,
    usPosture: scenario.defaultUsPosture,
    succession: 'player',
    allowedOptions: [],
    randomEvents: true,
    twoTeam: false,
    ...options.setup,
    variant: checked.value,
  };
  return { ok: true, value: encodeClassLink(makeClassLink(scenario, setup, options.seed ?? null, options.minutesPerDecision ?? null, options.title ?? '')) };
}
