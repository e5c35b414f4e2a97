// A variant problem (a class link's, a save's, or the class set-up's field) in the reader's language.
import type { TFunction } from 'i18next';
import { MAX_VARIANT_ENTRIES } from '../../../content/variant-problem.ts';
import type { VariantTextProblem } from '../../../content/variant-text.ts';

export function variantProblemText(t: TFunction, p: VariantTextProblem): string {
  switch (p.reason) {
    case 'not-a-list':
      return t('variant.problem.notAList', { max: MAX_VARIANT_ENTRIES });
    case 'unknown-parameter':
      return p.nearest.length > 0 ? t('variant.problem.unknownParameterNearest', { name: p.name, nearest: p.nearest.join(', ') }) : t('variant.problem.unknownParameter', { name: p.name });
    case 'not-a-number':
      return t('variant.problem.notANumber', { name: p.name, value: p.value });
    case 'out-of-range':
      return t('variant.problem.outOfRange', { name: p.name, value: p.value, min: p.min, max: p.max });
    case 'not-name-value':
      return t('variant.problem.notNameValue', { entry: p.entry });
    case 'repeated':
      return t('variant.problem.repeated', { name: p.name });
  }
}
