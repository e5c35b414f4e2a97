// One year's changes with their factors, rules and sources: the "why" list's groups, read from the ledger of any game.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameState, Scenario } from '../../../engine/index.ts';
import { eventById } from '../../../content/change-source.ts';
import { WhyGroup } from '../../components/why-panel/why-group.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { yearGroups } from './debrief-data.ts';
import '../../components/why-panel/why-panel.css';

type Props = { readonly id: string; readonly scenario: Scenario; readonly game: GameState; readonly year: number };

export function YearDetail({ id, scenario, game, year }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const groups = useMemo(() => yearGroups(scenario, game, year), [scenario, game, year]);
  const record = game.history.find((r) => r.year === year);
  const major = groups.filter((g) => g.def.headline === true);
  const minor = groups.filter((g) => g.def.headline !== true);
  const events = record?.events.map((e) => content(eventById(scenario, e.id)?.title)).filter(Boolean) ?? [];

  return (
    <section id={id} className="year-detail why-panel" aria-labelledby={`${id}-title`} data-testid="year-detail" data-year={year} tabIndex={0}>
      <h3 id={`${id}-title`} className="why-panel__title">
        {t('debriefPlus.yearDetailTitle', { year })}
      </h3>
      <p className="why-panel__intro">
        {record ? t('debriefPlus.yearStrategy', { strategy: record.strategy }) : null}
        {events.length > 0 && ` · ${t('debriefPlus.yearEvents', { list: events.join('; ') })}`}
      </p>
      {major.length === 0 && <p className="why-panel__intro">{t('debriefPlus.yearNoChanges')}</p>}
      {major.map((g) => (
        <WhyGroup key={g.def.id} scenario={scenario} group={g} collapsible={false} />
      ))}
      {minor.length > 0 && (
        <>
          <h4 className="why-panel__minor">{t('debriefPlus.otherIndicators')}</h4>
          {minor.map((g) => (
            <WhyGroup key={g.def.id} scenario={scenario} group={g} collapsible />
          ))}
        </>
      )}
    </section>
  );
}
