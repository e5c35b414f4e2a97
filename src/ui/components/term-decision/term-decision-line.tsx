// Who decided the current term, beyond the strategy: the party and how it came about, the US team's levers in a
// two-team game, and a mark when the succession model decided. Used in the year screen's header and the summary.
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import type { DecisionView } from '../../../state/decision-selectors.ts';
import { useContent } from '../../i18n/use-content.ts';
import './term-decision.css';

/** brief: the party by its initials (the year screen repeats the line every year; the summary names it in full). */
type Props = { readonly scenario: Scenario; readonly view: DecisionView; readonly showParty?: boolean; readonly brief?: boolean };

export function TermDecisionLine({ scenario, view, showParty = true, brief = false }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const { decision, partyBy, twoTeam } = view;
  const party = scenario.parties.find((p) => p.id === decision.party);
  const levers = decision.levers.map((id) => scenario.usLevers.find((l) => l.id === id)).filter((l) => l !== undefined);
  const showLevers = twoTeam || levers.length > 0;
  if (!showParty && !showLevers && decision.by !== 'model') return null;
  return (
    <span className="term-decision" data-testid="term-decision">
      {showParty && party && (
        <span className="term-decision__party" data-party={party.id}>
          {t('year.party', { party: brief ? party.id : content(party.name) })}
          {(partyBy === 'chosen' || partyBy === 'election') && <span className="term-decision__by">, {t(`decision.partyBy.${partyBy}`)}</span>}
        </span>
      )}
      {decision.by === 'model' && <span className="term-decision__model">{t('decision.succession.byModel')}</span>}
      {showLevers && (
        <span className="term-decision__levers" data-testid="us-levers">
          {t('decision.teams.us')} <strong>{levers.length > 0 ? levers.map((l) => content(l.label)).join('; ') : t('decision.teams.usNone')}</strong>
        </span>
      )}
    </span>
  );
}
