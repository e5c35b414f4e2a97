// Every place where the model extrapolates beyond the documents, in one list an instructor can read through.
import { useTranslation } from 'react-i18next';
import type { Assumption } from '../../../content/model-catalog.ts';
import { useContent } from '../../i18n/use-content.ts';

export function ModelAssumptions({ assumptions, headingId }: { readonly assumptions: readonly Assumption[]; readonly headingId: string }) {
  const { t } = useTranslation();
  const content = useContent();
  return (
    <section className="model-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('model.assumptions.title', { n: assumptions.length })}</h2>
      <p className="model-section__intro">{t('model.assumptions.intro')}</p>
      <ol className="model-assumptions" data-testid="assumption-list">
        {assumptions.map((a) => (
          <li key={`${a.kind}:${a.id}`} className="model-assumptions__item" data-kind={a.kind}>
            <p className="model-assumptions__head">
              <span className="model-badge">{t(`model.assumptions.kind.${a.kind}`)}</span> <strong>{content(a.label)}</strong>
            </p>
            <p className="model-assumptions__text">{content(a.text)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
