// The changes to one score in the year, largest first, under the score's before → after.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import type { WhyGroup as WhyGroupData } from '../../../state/selectors.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { Delta } from '../delta/delta.tsx';
import { WhyChange } from './why-change.tsx';

type Props = { readonly scenario: Scenario; readonly group: WhyGroupData; readonly collapsible: boolean };

export function WhyGroup({ scenario, group, collapsible }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const id = useId();
  const { def } = group;
  const head = (
    <>
      <span className="why-group__name">{content(def.label)}</span>{' '}
      <span className="why-group__range">
        {f.value(def, group.before)} <span aria-hidden="true">→</span>
        <span className="sr-only">{t('why.to')}</span> {f.value(def, group.after)}
      </span>{' '}
      <Delta def={def} delta={group.total} />
    </>
  );
  const list = (
    <ul className="why-group__changes" aria-labelledby={id}>
      {group.changes.map((c, i) => (
        <WhyChange key={`${c.rule}-${i}`} scenario={scenario} def={def} change={c} />
      ))}
    </ul>
  );
  if (collapsible) {
    return (
      <details className="why-group why-group--minor" data-score={def.id}>
        <summary className="why-group__summary">
          <span id={id}>{head}</span>
        </summary>
        {list}
      </details>
    );
  }
  return (
    <section className="why-group" data-score={def.id} aria-labelledby={id}>
      <h3 className="why-group__heading" id={id}>
        {head}
      </h3>
      {list}
    </section>
  );
}
