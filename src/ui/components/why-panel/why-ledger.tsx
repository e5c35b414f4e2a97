// Every change of the year, one line per factor with its rules and sources: the headline scores, then the other
// indicators folded. Behind one disclosure, under the summary.
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import type { WhyGroup as WhyGroupData } from '../../../state/why-groups.ts';
import { WhyGroup } from './why-group.tsx';

type Props = { readonly scenario: Scenario; readonly groups: readonly WhyGroupData[] };

export function WhyLedger({ scenario, groups }: Props) {
  const { t } = useTranslation();
  const major = groups.filter((g) => g.def.headline === true);
  const minor = groups.filter((g) => g.def.headline !== true);
  return (
    <details className="why-ledger">
      <summary className="why-ledger__toggle">{t('why.all')}</summary>
      <p className="why-panel__intro">{t('why.intro')}</p>
      {major.map((g) => (
        <WhyGroup key={g.def.id} scenario={scenario} group={g} collapsible={false} />
      ))}
      {minor.length > 0 && (
        <>
          <h3 className="why-panel__minor">{t('why.otherIndicators')}</h3>
          {minor.map((g) => (
            <WhyGroup key={g.def.id} scenario={scenario} group={g} collapsible />
          ))}
        </>
      )}
    </details>
  );
}
