// The end of a sexenio: the headline scores at its start and end, the factors that moved them, its events, then on.
import { useTranslation } from 'react-i18next';
import { strategyOf } from '../../../engine/index.ts';
import { selectDecisionView, selectNextSuccession } from '../../../state/decision-selectors.ts';
import { selectScenario, selectTermSummary } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { Delta } from '../../components/delta/delta.tsx';
import { FactorBars } from '../../components/factor-bars/factor-bars.tsx';
import { EventDigest } from '../../components/event-digest/event-digest.tsx';
import { SuccessionNotice } from '../../components/term-decision/succession-notice.tsx';
import { TermDecisionLine } from '../../components/term-decision/term-decision-line.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { PUBLIC_OUTCOMES } from '../../lib/public-outcomes.ts';
import { shownChange } from '../../i18n/format.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { ChangeTable } from '../../components/change-table/change-table.tsx';
import { ContinueButton } from '../../components/paced-button/continue-button.tsx';
import './summary-screen.css';

export function SummaryScreen() {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore(selectScenario);
  const summary = useGameStore(selectTermSummary);
  const closeTerm = useGameStore((s) => s.closeTerm);
  const decisionView = useGameStore(selectDecisionView);
  const next = useGameStore(selectNextSuccession);
  if (!scenario || !summary) return null;
  const { term } = summary;
  const end = term.startYear + term.years - 1;
  const decision = term.decision;
  const ref = decision ? strategyOf(scenario, decision.strategy) : undefined;
  const option = ref?.option;
  const variant = option && option.variants.length > 1 ? ref.variant : undefined;
  // Forecasts are about the main score: the first headline score.
  const main = summary.headline[0];
  const forecastHit = decision?.forecast && main ? (main.end >= main.start ? 'rise' : 'fall') : null;

  return (
    <div className="summary">
      <header className="screen-head">
        <p className="screen-head__kicker">{term.prologue ? t('summary.kickerPrologue') : t('summary.kicker', { n: summary.termNumber })}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('summary.title', { start: term.startYear, end })}
        </h1>
        <p className="screen-head__lede">
          {decisionView?.twoTeam ? t('decision.teams.mexico') : t('year.strategy')} <strong>{option ? `${option.id} — ${content(option.name)}` : decision?.strategy}</strong>
          {variant ? ` (${content(variant.label).toLowerCase()})` : ''}.{' '}
          {decision?.forecast && forecastHit && t(decision.forecast === forecastHit ? 'summary.forecastMet' : 'summary.forecastMissed', { forecast: t(`summary.forecast_${decision.forecast}`) })}
        </p>
        {decisionView && (
          <p className="summary__decision">
            <TermDecisionLine scenario={scenario} view={decisionView} />
          </p>
        )}
        {decision?.rationale && (
          <p className="summary__rationale">
            {t('summary.rationale')} <q>{decision.rationale}</q>
          </p>
        )}
      </header>

      <section aria-labelledby="summary-headline">
        <h2 id="summary-headline">{t('summary.headline')}</h2>
        <ul className="summary__cards">
          {summary.headline.map((h) => (
            <li key={h.def.id} className="summary-card" data-score={h.def.id}>
              <p className="summary-card__label">{content(h.def.label)}</p>
              <p className="summary-card__values">
                <span className="summary-card__start">{f.whole(h.def, h.start)}</span>
                <span aria-hidden="true" className="summary-card__arrow">→</span>
                <span className="sr-only">{t('why.to')}</span>
                <span className="summary-card__end">{f.whole(h.def, h.end)}</span>
              </p>
              <Delta def={h.def} delta={shownChange(h.def, h.start, h.end, 'whole')} whole />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="summary-factors">
        <h2 id="summary-factors">{t('summary.factors')}</h2>
        <p className="summary__note">{t('summary.factorsNote')}</p>
        <div className="summary__factor-columns">
          {summary.headline.map((h) => (
            <div key={h.def.id} className="summary__factor-column" data-score={h.def.id}>
              <h3>{content(h.def.label)}</h3>
              <FactorBars scenario={scenario} def={h.def} factors={summary.factors[h.def.id] ?? []} limit={3} />
            </div>
          ))}
        </div>
      </section>

      <div className="summary__lower">
        <div>
          <ChangeTable rows={summary.others.filter((o) => PUBLIC_OUTCOMES.includes(o.def.id))} caption={t('summary.publicOutcomes')} />
          <details className="summary__more">
            <summary>{t('summary.others')}</summary>
            <ChangeTable rows={summary.others.filter((o) => !PUBLIC_OUTCOMES.includes(o.def.id))} caption={t('summary.others')} />
          </details>
        </div>
        <section aria-labelledby="summary-events" className="summary__events">
          <h2 id="summary-events">{t('summary.events')}</h2>
          {summary.events.length === 0 && <p className="summary__note">{t('summary.noEvents')}</p>}
          {summary.events.length > 0 && (
            <details className="summary__events-recap">
              <summary>{t('summary.eventsRecap', { n: summary.events.length })}</summary>
              <EventDigest items={summary.events} />
            </details>
          )}
        </section>
      </div>

      {next && <SuccessionNotice scenario={scenario} view={next} when="next" />}

      <div className="screen-actions">
        <ContinueButton onContinue={closeTerm}>
          {next ? t('decision.succession.continue', { start: next.term.startYear, end: next.term.startYear + next.term.years - 1 }) : summary.nextTerm ? t('summary.next', { start: summary.nextTerm.startYear, end: summary.nextTerm.startYear + summary.nextTerm.years - 1 }) : t('summary.toDebrief')}
        </ContinueButton>
      </div>
    </div>
  );
}
