// Which set-up the dashboard takes as the class's (the class link's, or the one most runs share), how many runs
// fit it and how many are set apart, and whether the set-apart runs count in the charts and tables.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassReference } from '../../../content/class-setup-match.ts';
import type { Scenario } from '../../../engine/index.ts';
import { SetupSummary } from './setup-fields.tsx';

type Props = {
  readonly reference: ClassReference;
  readonly scenario: Scenario;
  readonly inClass: number;
  readonly apart: number;
  readonly includeApart: boolean;
  readonly onIncludeApart: (include: boolean) => void;
};

export function ClassNotice({ reference, scenario, inClass, apart, includeApart, onIncludeApart }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  if (reference.source === 'none' || !reference.setup) return null;
  return (
    <section className="class-notice" aria-labelledby={`${uid}-title`} data-testid="class-notice" data-source={reference.source}>
      <h2 id={`${uid}-title`}>{reference.source === 'link' ? t('classroom.notice.fromLink', { title: reference.title ?? t('classroom.notice.untitled') }) : t('classroom.notice.fromRuns')}</h2>
      <p className="debrief__note">{reference.source === 'link' ? t('classroom.notice.fromLinkNote') : t('classroom.notice.fromRunsNote')}</p>
      <SetupSummary scenario={scenario} setup={reference.setup} seed={reference.seed} minutes={null} />
      <p className="class-notice__counts" data-testid="class-counts">
        {t('classroom.notice.counts', { count: inClass })} {apart > 0 && t('classroom.notice.apart', { count: apart })}
      </p>
      {apart > 0 && (
        <label className="check">
          <input type="checkbox" checked={includeApart} onChange={(e) => onIncludeApart(e.target.checked)} /> {t('classroom.notice.include')}
        </label>
      )}
    </section>
  );
}
