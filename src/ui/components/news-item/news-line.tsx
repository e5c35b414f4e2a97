// An event told in one line: a quieter event of a busy year, a decision already told in its dialog, or a repeat.
import { useTranslation } from 'react-i18next';
import type { EventShown } from '../../../content/event-presentation.ts';
import { useContent } from '../../i18n/use-content.ts';

export function NewsLine({ shown }: { readonly shown: EventShown }) {
  const { t } = useTranslation();
  const content = useContent();
  const { def, choice, mode } = shown;
  const answer = choice === undefined ? undefined : def.choice?.options.find((o) => o.id === choice);
  return (
    <li className="news-line" data-mode={mode}>
      {mode === 'again' && <span className="news-line__again">{t('news.again', { year: shown.firstYear })} </span>}
      <strong>{content(def.title)}</strong>
      {answer && (
        <span>
          {' — '}
          {t('news.answer')} {content(answer.label)}
        </span>
      )}
    </li>
  );
}
