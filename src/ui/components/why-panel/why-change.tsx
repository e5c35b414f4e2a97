// One line of the "why" list: the signed change, its factor, the rule's explanation and its sources.
import { useTranslation } from 'react-i18next';
import type { Change, Scenario, ScoreDef } from '../../../engine/index.ts';
import { changeSource } from '../../../content/change-source.ts';
import { useContent } from '../../i18n/use-content.ts';
import { CitationList } from '../citation/citation-list.tsx';
import { Delta } from '../delta/delta.tsx';

type Props = { readonly scenario: Scenario; readonly def: ScoreDef; readonly change: Change };

export function WhyChange({ scenario, def, change }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const source = changeSource(scenario, change);
  const factor = source.factor ? content(source.factor.label) : change.factor;
  return (
    <li className="why-change">
      <Delta def={def} delta={change.delta} className="why-change__delta" />
      <div className="why-change__body">
        <p className="why-change__factor">
          {factor}
          {source.event && (
            <span className="why-change__event">
              {' — '}
              {t('why.event', { title: content(source.event.title) })}
              {source.choice && ` (${content(source.choice.label)})`}
            </span>
          )}
        </p>
        {source.explain && <p className="why-change__explain">{content(source.explain)}</p>}
        {source.assumption && (
          <p className="why-change__assumption">
            <strong>{t('why.assumption')}</strong> {content(source.assumption)}
          </p>
        )}
        <CitationList citations={source.sources} />
      </div>
    </li>
  );
}
