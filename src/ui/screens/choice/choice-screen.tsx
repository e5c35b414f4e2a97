// The strategy choice: four cards in a radio group, the sub-choice where there is one, the advisors' views of the
// selected option, the president's party, optional notes, and a confirm button. In a two-team game Mexico's choice
// is held back while the device passes to the US team, which picks its levers; then both are dispatched together.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../engine/index.ts';
import { selectGame, selectScenario, selectYearView } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { PacedButton } from '../../components/paced-button/paced-button.tsx';
import { markNewStep } from '../../lib/pace-guard.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { situationOf } from '../../../content/situation-of-game.ts';
import { AdvisorViews } from './advisor-views.tsx';
import { DecisionNotes, type Forecast } from './decision-notes.tsx';
import { HandOff } from './hand-off.tsx';
import { PartyChoice } from './party-choice.tsx';
import { StrategyCard } from './strategy-card.tsx';
import { UsTeamChoice } from './us-team-choice.tsx';
import { VariantChoice } from './variant-choice.tsx';
import './choice-screen.css';

type Problem = 'option' | 'variant' | null;
type Stage = 'mexico' | 'handoff' | 'us';

export function ChoiceScreen() {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore(selectScenario);
  const view = useGameStore(selectYearView);
  const game = useGameStore(selectGame);
  const choose = useGameStore((s) => s.chooseStrategy);
  const [optionId, setOptionId] = useState<string | null>(null);
  const [variants, setVariants] = useState<Record<string, string>>({});
  const [rationale, setRationale] = useState('');
  const [forecast, setForecast] = useState<Forecast>('none');
  const [problem, setProblem] = useState<Problem>(null);
  const [party, setParty] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>('mexico');
  const [held, setHeld] = useState<Decision | null>(null);
  const group = useRef<HTMLFieldSetElement>(null);
  const variantGroup = useRef<HTMLFieldSetElement>(null);
  if (!scenario || !view || !game) return null;
  const situation = situationOf(game);

  const option = scenario.options.find((o) => o.id === optionId) ?? null;
  const single = option?.variants.length === 1 ? (option.variants[0]?.id ?? null) : null;
  const strategy = single ?? (option ? (variants[option.id] ?? null) : null);
  const variant = option?.variants.find((v) => v.id === strategy);
  const end = view.term.startYear + view.term.years - 1;
  const twoTeam = game?.setup.twoTeam === true;
  // A class set-up may offer only some options; the others are not shown at all.
  const allowed = game?.setup.allowedOptions ?? [];
  const offered = allowed.length > 0 ? scenario.options.filter((o) => allowed.includes(o.id)) : scenario.options;
  // Each stage of a two-team choice is a new screen for the pace guard, though the store has not changed.
  const toStage = (next: Stage) => {
    markNewStep();
    setStage(next);
  };

  if (stage === 'handoff') {
    const back = () => {
      toStage('mexico');
      requestAnimationFrame(() => heading.current?.focus());
    };
    return <HandOff termNumber={view.termNumber} forwardTerms={view.forwardTerms} onReady={() => toStage('us')} onBack={back} />;
  }
  if (stage === 'us' && held) {
    return <UsTeamChoice scenario={scenario} termNumber={view.termNumber} forwardTerms={view.forwardTerms} start={view.term.startYear} end={end} onConfirm={(levers) => choose({ ...held, levers })} />;
  }

  const confirm = () => {
    if (!option) {
      setProblem('option');
      group.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    if (!strategy) {
      setProblem('variant');
      variantGroup.current?.focus();
      return;
    }
    const note = rationale.trim();
    const decision: Decision = { strategy, ...(party ? { party } : {}), ...(note ? { rationale: note } : {}), ...(forecast !== 'none' ? { forecast } : {}) };
    if (twoTeam) {
      setHeld(decision);
      toStage('handoff');
      return;
    }
    choose(decision);
  };

  const select = (id: string) => {
    setOptionId(id);
    if (problem === 'option') setProblem(null);
  };

  return (
    <div className="choice">
      <header className="screen-head">
        <p className="screen-head__kicker">{t('choice.kicker', { n: view.termNumber, of: view.forwardTerms })}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('choice.title', { start: view.term.startYear, end })}
        </h1>
        <p className="screen-head__lede">{t('choice.lede')}</p>
        {twoTeam && (
          <p className="choice__team">
            <strong>{t('decision.twoTeam.kicker')}:</strong> {t('decision.twoTeam.mexicoTurn')}
          </p>
        )}
        <p className="choice__standing">
          <span>{t('choice.standing')}</span>
          {view.scores.slice(0, 3).map((s) => (
            <span key={s.def.id} className="choice__standing-item" data-score={s.def.id}>
              {content(s.def.label)} <strong>{f.whole(s.def, s.value)}</strong>
            </span>
          ))}
        </p>
      </header>

      <fieldset className="strategy-grid" ref={group} aria-describedby={problem === 'option' ? 'choice-problem' : undefined}>
        <legend className="sr-only">{t('choice.legend')}</legend>
        {offered.length < scenario.options.length && (
          <p className="choice__limited">{t('choice.limited', { options: offered.map((o) => o.id).join(', ') })}</p>
        )}
        {offered.map((o) => (
          <StrategyCard key={o.id} option={o} situation={situation} compact={situation.term > 1} checked={o.id === optionId} onSelect={select}>
            {o === option && o.variants.length > 1 && (
              <VariantChoice
                ref={variantGroup}
                option={o}
                value={variants[o.id] ?? null}
                invalid={problem === 'variant'}
                errorId="choice-problem"
                onChange={(v) => {
                  setVariants({ ...variants, [o.id]: v });
                  if (problem === 'variant') setProblem(null);
                }}
              />
            )}
          </StrategyCard>
        ))}
      </fieldset>

      <AdvisorViews scenario={scenario} option={option} strategy={strategy} situation={situation} />
      <div className="choice__lower">
        <div className="choice__decide">
          <PartyChoice parties={scenario.parties} value={party} onChange={setParty} />
          <DecisionNotes rationale={rationale} forecast={forecast} onRationale={setRationale} onForecast={setForecast} />
          <div className="choice__confirm">
            <p id="choice-problem" className="choice__problem" role="alert">
              {problem === 'option' ? (offered.length < scenario.options.length ? t('choice.problem.optionAllowed', { count: offered.length }) : t('choice.problem.option')) : problem === 'variant' ? t('choice.problem.variant') : ''}
            </p>
            <PacedButton className="button button--primary button--large" onActivate={confirm}>
              {twoTeam ? t('decision.twoTeam.confirmMexico') : option ? t('choice.confirmNamed', { name: variant && option.variants.length > 1 ? `${content(option.name)} (${content(variant.label).toLowerCase()})` : content(option.name) }) : t('choice.confirm')}
            </PacedButton>
          </div>
        </div>
      </div>
    </div>
  );
}
