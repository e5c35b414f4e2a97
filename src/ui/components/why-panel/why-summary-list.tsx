// The "why" list's opening view: a few lines under each score's heading, each a signed change and its factor.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import { changeSource, factorById } from '../../../content/change-source.ts';
import type { SummarySection } from '../../../state/why-summary.ts';
import type { FactorRow } from '../../../state/why-groups.ts';
import { useContent } from '../../i18n/use-content.ts';
import { Delta } from '../delta/delta.tsx';
import { ScoreChangeHead } from './score-change-head.tsx';

type Props = { readonly scenario: Scenario; readonly sections: readonly SummarySection[] };

export function WhySummaryList({ scenario, sections }: Props) {
  const id = useId();
  return (
    <div className="why-summary">
      {sections.map(({ group, rows }) => (
        <section key={group.def.id} className="why-summary__section" data-score={group.def.id} aria-labelledby={`${id}-${group.def.id}`}>
          <h3 className="why-group__heading" id={`${id}-${group.def.id}`}>
            <ScoreChangeHead group={group} />
          </h3>
          <ul className="why-summary__lines">
            {rows.map((row) => (
              <li key={row.factor} className="why-summary__line">
                <Delta def={group.def} delta={row.delta} className="why-summary__delta" />
                <SummaryFactor scenario={scenario} row={row} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The factor's name and, when one event alone made the change, the event. */
function SummaryFactor({ scenario, row }: { readonly scenario: Scenario; readonly row: FactorRow }) {
  const { t } = useTranslation();
  const content = useContent();
  const factor = factorById(scenario, row.factor);
  const events = new Set(row.parts.map((p) => changeSource(scenario, p).event));
  const [event] = events;
  return (
    <span className="why-summary__factor">
      {factor ? content(factor.label) : row.factor}
      {events.size === 1 && event && <span className="why-summary__event">{` — ${t('why.event', { title: content(event.title) })}`}</span>}
    </span>
  );
}
