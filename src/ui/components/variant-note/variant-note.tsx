// Says that a game plays a variant of the model and what it changes, in the reader's language; nothing without one.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import { describeVariant, isEmptyVariant, type Variant } from '../../../content/variant.ts';
import './variant-note.css';

export function variantLines(scenario: Scenario, variant: Variant, language: string): string[] {
  return describeVariant(scenario, variant, language.startsWith('es') ? 'es' : 'en');
}

export function VariantNote({ scenario, variant }: { readonly scenario: Scenario; readonly variant: Variant | undefined }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  if (variant === undefined || isEmptyVariant(variant)) return null;
  return (
    <section className="variant-note" aria-labelledby={`${uid}-title`} data-testid="variant-note">
      <h2 id={`${uid}-title`}>{t('variant.note.title')}</h2>
      <p>{t('variant.note.lede')}</p>
      <ul>
        {variantLines(scenario, variant, i18n.language).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
