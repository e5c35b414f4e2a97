// Shown when scenario content does not validate: every problem, with its file and path, so an author can fix it.
import { useTranslation } from 'react-i18next';

export function LoadErrorScreen({ errors }: { readonly errors: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="load-error">
      <h1>{t('loadError.title')}</h1>
      <p>{t('loadError.body')}</p>
      <ul className="load-error__list">
        {errors.map((e) => (
          <li key={e}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
      <p className="load-error__hint">{t('loadError.hint')}</p>
    </div>
  );
}
