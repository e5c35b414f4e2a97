// The lines of the last batch that were not added, each with where it came from (file and line) and why.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BadLine } from '../../../content/class-runs.ts';
import { useProblemText } from './use-problem-text.ts';

export function BadLines({ bad }: { readonly bad: readonly BadLine[] }) {
  const { t } = useTranslation();
  const uid = useId();
  const problemText = useProblemText();
  if (bad.length === 0) return null;
  const where = (b: BadLine) => {
    const line = b.line > 0 ? t('classroom.dashboard.line', { line: b.line }) : t('classroom.dashboard.wholeList');
    return b.source ? t('classroom.dashboard.inFile', { name: b.source, where: line }) : line;
  };
  return (
    <section className="dashboard__bad" aria-labelledby={`${uid}-bad`}>
      <h2 id={`${uid}-bad`}>{t('classroom.dashboard.badTitle')}</h2>
      <ul>
        {bad.map((b, i) => (
          <li key={`${b.source ?? ''}-${b.line}-${i}`}>
            <strong>
              <bdi>{where(b)}</bdi>
            </strong>{' '}
            {b.excerpt && (
              <bdi>
                <code>{b.excerpt}</code>
              </bdi>
            )}{' '}
            — {problemText(b.problem)}
          </li>
        ))}
      </ul>
    </section>
  );
}
