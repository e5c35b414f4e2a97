// A score's name, its value before → after the year, and the signed change: the heading of a group of the "why" list.
import { useTranslation } from 'react-i18next';
import type { WhyGroup } from '../../../state/why-groups.ts';
import { useContent } from '../../i18n/use-content.ts';
import { shownChange } from '../../i18n/format.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { Delta } from '../delta/delta.tsx';

export function ScoreChangeHead({ group }: { readonly group: WhyGroup }) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const { def } = group;
  return (
    <>
      <span className="why-group__name">{content(def.label)}</span>{' '}
      <span className="why-group__range">
        {f.value(def, group.before)} <span aria-hidden="true">→</span>
        <span className="sr-only">{t('why.to')}</span> {f.value(def, group.after)}
      </span>{' '}
      <Delta def={def} delta={shownChange(def, group.before, group.after, 'value')} />
    </>
  );
}
