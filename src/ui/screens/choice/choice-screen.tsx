// The strategy choice: four cards in a radio group, the sub-choice where there is one, the advisors' views of the
// selected option, optional notes, and a confirm button.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectScenario, selectYearView } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { AdvisorViews } from './advisor-views.tsx';
import { DecisionNotes, type Forecast } from './decision-notes.tsx';
import { StrategyCard } from './strategy-card.tsx';
import { VariantChoice } from './variant-choice.tsx';
import './choice-screen.css';

type Problem = 'option' | 'variant' | null;

export function ChoiceScreen() {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore(selectScenario);
  const view = useGameStore(selectYearView);
  const choose = useGameStore((s) => s.chooseStrategy);
  const [optionId, setOptionId] = useState<string | null>(null);
  const [variants, setVariants] = useState<Record<string, string>>({});
  const [rationale, setRationale] = useState('');
  const [forecast, setForecast] = useState<Forecast>('none');
  const [problem, setProblem] = useState<Problem>(null);
  const group = useRef<HTMLFieldSetElement>(null);
  const variantGroup = useRef<HTMLFieldSetElement>(null);
  if (!scenario || !view) return null;

  const option = scenario.options.find((o) => o.id === optionId) ?? null;
  const single = option?.variants.length === 1 ? (option.variants[0]?.id ?? null) : null;
  const strategy = single ?? (option ? (variants[option.id] ?? null) : null);
  const variant = option?.variants.find((v) => v.id === strategy);
  const end = view.term.startYear + view.term.years - 1;

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
    choose({ strategy, ...(note ? { rationale: note } : {}), ...(forecast !== 'none' ? { forecast } : {}) });
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
        {scenario.options.map((o) => (
          <StrategyCard key={o.id} option={o} checked={o.id === optionId} onSelect={select}>
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

      <AdvisorViews scenario={scenario} option={option} />
      <div className="choice__lower">
        <div className="choice__decide">
          <DecisionNotes rationale={rationale} forecast={forecast} onRationale={setRationale} onForecast={setForecast} />
          <div className="choice__confirm">
            <p id="choice-problem" className="choice__problem" role="alert">
              {problem === 'option' ? t('choice.problem.option') : problem === 'variant' ? t('choice.problem.variant') : ''}
            </p>
            <button type="button" className="button button--primary button--large" onClick={confirm}>
              {option ? t('choice.confirmNamed', { name: variant && option.variants.length > 1 ? `${content(option.name)} (${content(variant.label).toLowerCase()})` : content(option.name) }) : t('choice.confirm')}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
