// The changes to one score in the year, one line per factor, largest first, under the score's before → after.
import { useId } from 'react';
import type { Scenario } from '../../../engine/index.ts';
import type { WhyGroup as WhyGroupData } from '../../../state/why-groups.ts';
import { ScoreChangeHead } from './score-change-head.tsx';
import { WhyChange } from './why-change.tsx';

type Props = { readonly scenario: Scenario; readonly group: WhyGroupData; readonly collapsible: boolean };

export function WhyGroup({ scenario, group, collapsible }: Props) {
  const id = useId();
  const { def } = group;
  const head = <ScoreChangeHead group={group} />;
  const list = (
    <ul className="why-group__changes" aria-labelledby={id}>
      {group.rows.map((row) => (
        <WhyChange key={row.factor} scenario={scenario} def={def} row={row} />
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
