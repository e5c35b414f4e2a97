// Two-team game: the US team picks Downie's recommendations as levers for the sexenio, within the scenario's budget.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { PacedButton } from '../../components/paced-button/paced-button.tsx';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';

type Props = {
  readonly scenario: Scenario;
  readonly termNumber: number;
  readonly forwardTerms: number;
  readonly start: number;
  readonly end: number;
  readonly onConfirm: (levers: readonly string[]) => void;
};

export function UsTeamChoice({ scenario, termNumber, forwardTerms, start, end, onConfirm }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const budget = scenario.usLeverBudget;
  const full = chosen.length >= budget;
  const toggle = (id: string, on: boolean) => setChosen(on ? (chosen.includes(id) || full ? chosen : [...chosen, id]) : chosen.filter((x) => x !== id));
  // In the scenario's order, whatever order they were ticked in.
  const ordered = scenario.usLevers.map((l) => l.id).filter((id) => chosen.includes(id));

  return (
    <div className="choice us-team" data-testid="us-team">
      <header className="screen-head">
        <p className="screen-head__kicker">{t('decision.twoTeam.us.kicker', { n: termNumber, of: forwardTerms })}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('decision.twoTeam.us.title', { start, end })}
        </h1>
        <p className="screen-head__lede">{t('decision.twoTeam.us.lede', { budget })}</p>
      </header>
      <fieldset className="lever-grid" aria-describedby="lever-budget">
        <legend className="lever-grid__legend">{t('decision.twoTeam.us.legend', { budget })}</legend>
        {scenario.usLevers.map((l) => {
          const id = `lever-${l.id}`;
          const checked = chosen.includes(l.id);
          return (
            <div key={l.id} className={`lever-card${checked ? ' lever-card--selected' : ''}`} data-lever={l.id}>
              <div className="lever-card__head">
                <input type="checkbox" id={id} checked={checked} disabled={!checked && full} onChange={(e) => toggle(l.id, e.target.checked)} aria-describedby={`${id}-desc`} />
                <label htmlFor={id} className="lever-card__name">
                  {content(l.label)}
                </label>
              </div>
              <p id={`${id}-desc`} className="lever-card__description">
                {content(l.description)}
              </p>
              <CitationList citations={l.sources} />
            </div>
          );
        })}
      </fieldset>
      <div className="choice__confirm">
        <p id="lever-budget" className="lever-budget" role="status">
          {t('decision.twoTeam.us.budget', { chosen: chosen.length, budget })}
          {full && budget > 0 ? ` ${t('decision.twoTeam.us.budgetFull')}` : ''}
        </p>
        <PacedButton className="button button--primary button--large" onActivate={() => onConfirm(ordered)}>
          {chosen.length > 0 ? t('decision.twoTeam.us.confirm') : t('decision.twoTeam.us.confirmNone')}
        </PacedButton>
      </div>
    </div>
  );
}
