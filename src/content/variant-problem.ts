// What is wrong with a variant, in one line. Apart from variant.ts so that the messages for a bad save or code,
// which the title screen may show, do not bring the variant checker into the first download.

export type VariantProblem =
  | { readonly reason: 'not-a-list' }
  | { readonly reason: 'unknown-parameter'; readonly name: string; readonly nearest: readonly string[] }
  | { readonly reason: 'not-a-number'; readonly name: string; readonly value: string }
  | { readonly reason: 'out-of-range'; readonly name: string; readonly value: number; readonly min: number; readonly max: number };

/** A variant may change every parameter, not more. */
export const MAX_VARIANT_ENTRIES = 400;

export function describeVariantProblem(p: VariantProblem): string {
  switch (p.reason) {
    case 'not-a-list':
      return `a variant is a list of parameter names and numbers (at most ${MAX_VARIANT_ENTRIES})`;
    case 'unknown-parameter':
      return `unknown parameter "${p.name}"${p.nearest.length > 0 ? ` (did you mean ${p.nearest.join(', ')}?)` : ''}`;
    case 'not-a-number':
      return `parameter ${p.name} needs a number, got "${p.value}"`;
    case 'out-of-range':
      return `parameter ${p.name} = ${p.value} is outside its range ${p.min} to ${p.max}`;
  }
}
