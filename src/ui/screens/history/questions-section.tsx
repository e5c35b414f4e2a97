// The scenario's questions on the real course, for discussion at the end of the page.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';

export function QuestionsSection({ questions, headingId }: { readonly questions: readonly LocalizedText[]; readonly headingId: string }) {
  const { t } = useTranslation();
  const content = useContent();
  if (questions.length === 0) return null;
  return (
    <section className="history-section history-questions" aria-labelledby={headingId} data-testid="history-questions">
      <h2 id={headingId}>{t('history.questions.title')}</h2>
      <p className="history-section__intro">{t('history.questions.intro')}</p>
      <ol className="history-questions__list">
        {questions.map((q, i) => (
          <li key={i}>{content(q)}</li>
        ))}
      </ol>
    </section>
  );
}
