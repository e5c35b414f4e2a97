// "How the model works": what the score measures and how it combines the two channels, the strategies' postures,
// every factor with its rules, numbers, events and sources, the theories and US postures, and every assumption.
// Shown over the current screen (which stays mounted underneath), so "Back" returns the player where they were.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildModelCatalog } from '../../../content/model-catalog.ts';
import { selectGame, selectScenario, selectScreen } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { useModelPage } from '../../components/model-toggle/use-model-page.ts';
import { useLabPage } from '../lab/use-lab-page.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { ModelAssumptions } from './model-assumptions.tsx';
import { AssumptionNote } from './model-factor.tsx';
import { ModelFactors } from './model-factors.tsx';
import { ModelParamSets } from './model-param-sets.tsx';
import './model-screen.css';

export function ModelScreen() {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const uid = useId();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore(selectScenario);
  const game = useGameStore(selectGame);
  const screen = useGameStore(selectScreen);
  const { close } = useModelPage();
  const lab = useLabPage();
  const [theory, setTheory] = useState(() => game?.setup.theory ?? scenario?.defaultTheory ?? '');
  const [usPosture, setUsPosture] = useState(() => game?.setup.usPosture ?? scenario?.defaultUsPosture ?? '');
  const catalog = useMemo(() => (scenario ? buildModelCatalog(scenario, { theory, usPosture }) : null), [scenario, theory, usPosture]);
  const number = useMemo(() => {
    const nf = new Intl.NumberFormat(f.tag, { maximumFractionDigits: 3 });
    return (v: number) => (Number.isFinite(v) ? nf.format(v).replace('-', '\u2212') : '—');
  }, [f.tag]);
  const percent = useMemo(() => new Intl.NumberFormat(f.tag, { style: 'percent', maximumFractionDigits: 1 }), [f.tag]);
  if (!scenario || !catalog) return null;

  const backLabel = screen === 'title' || !game ? t('model.back.title') : t('model.back.game');
  const ids = { score: `${uid}-score`, strategies: `${uid}-strategies`, factors: `${uid}-factors`, theories: `${uid}-theories`, postures: `${uid}-postures`, assumptions: `${uid}-assumptions` };
  const cooperation = scenario.scores.find((s) => s.id === 'cooperation');
  const scoreLabel = (id: string) => content(scenario.scores.find((s) => s.id === id)?.label) || id;
  const theoryDef = scenario.theories.find((x) => x.id === theory);
  const postureDef = scenario.usPostures.find((x) => x.id === usPosture);
  const gameTheory = scenario.theories.find((x) => x.id === game?.setup.theory);
  const gamePosture = scenario.usPostures.find((x) => x.id === game?.setup.usPosture);
  const contents: [string, string][] = [
    [ids.score, t('model.score.title')],
    [ids.strategies, t('model.strategies.title')],
    [ids.factors, t('model.factors.title', { n: catalog.factors.length })],
    [ids.theories, t('model.theories.title')],
    [ids.postures, t('model.postures.title')],
    [ids.assumptions, t('model.assumptions.title', { n: catalog.assumptions.length })],
  ];

  return (
    <div className="model-page" data-testid="model-page">
      <header className="screen-head model-page__head">
        <p className="screen-head__kicker">{t('model.kicker')}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('model.title')}
        </h1>
        <p className="screen-head__lede">{t('model.lede')}</p>
        <p className="model-page__head-actions">
          <button type="button" className="button" onClick={close}>
            <span aria-hidden="true">←</span> {backLabel}
          </button>
          <button type="button" className="button button--primary" onClick={lab.open} aria-describedby={`${uid}-lab-hint`}>
            {t('model.lab.open')}
          </button>
        </p>
        <p id={`${uid}-lab-hint`} className="model-page__lab-hint">
          {t('model.lab.hint')}
        </p>
      </header>

      <div className="model-page__top">
        <nav className="model-contents" aria-label={t('model.contents')}>
          <p className="model-contents__title" aria-hidden="true">
            {t('model.contents')}
          </p>
          <ul>
            {contents.map(([id, label]) => (
              <li key={id}>
<a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <fieldset className="model-lens">
          <legend>{t('model.lens.legend')}</legend>
          <div className="model-lens__fields">
            <label>
              <span>{t('model.lens.theory')}</span>
              <select value={theory} onChange={(e) => setTheory(e.target.value)}>
                {scenario.theories.map((x) => (
                  <option key={x.id} value={x.id}>
                    {content(x.label)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('model.lens.usPosture')}</span>
              <select value={usPosture} onChange={(e) => setUsPosture(e.target.value)}>
                {scenario.usPostures.map((x) => (
                  <option key={x.id} value={x.id}>
                    {content(x.label)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="model-lens__note">
            {game && gameTheory && gamePosture
              ? t('model.lens.game', { theory: content(gameTheory.label), posture: content(gamePosture.label) })
              : t('model.lens.default', { theory: content(scenario.theories.find((x) => x.id === scenario.defaultTheory)?.label), posture: content(scenario.usPostures.find((x) => x.id === scenario.defaultUsPosture)?.label) })}
          </p>
        </fieldset>
      </div>

      <section className="model-section" aria-labelledby={ids.score}>
        <h2 id={ids.score}>
          {t('model.score.title')}
        </h2>
        {cooperation && <p className="model-section__intro">{content(cooperation.description)}</p>}
        <div className="model-score">
          <div className="table-wrap model-score__weights">
            <table className="data-table">
              <caption>{t('model.score.weightsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('model.score.channel')}</th>
                  <th scope="col" className="num">
                    {t('model.score.weight')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(scenario.cooperation.weights).map(([id, w]) => (
                  <tr key={id}>
                    <th scope="row">{scoreLabel(id)}</th>
                    <td className="num">{percent.format(w / Object.values(scenario.cooperation.weights).reduce((a, b) => a + b, 0))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="model-score__explain">
            <p>{content(scenario.cooperation.explain)}</p>
            {scenario.cooperation.assumption && <AssumptionNote text={scenario.cooperation.assumption} />}
            <CitationList citations={scenario.cooperation.sources} />
          </div>
        </div>
        <details className="model-more">
          <summary>{t('model.score.indicators', { n: scenario.scores.length })}</summary>
          <dl className="model-indicators">
            {scenario.scores.map((s) => (
              <div key={s.id}>
                <dt>
                  {content(s.label)} <span className="model-indicators__range">({t('model.score.range', { min: number(s.min), max: number(s.max) })}; {t(s.format === 'count' ? 'model.score.count' : 'model.score.index')})</span>
                </dt>
                <dd>{content(s.description)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </section>

      <section className="model-section" aria-labelledby={ids.strategies}>
        <h2 id={ids.strategies}>
          {t('model.strategies.title')}
        </h2>
        <p className="model-section__intro">{t('model.strategies.intro')}</p>
        <ul className="model-options">
          {scenario.options.map((o) => (
            <li key={o.id} className="model-option" data-option={o.id}>
              <h3>
                <span className="model-option__letter" aria-hidden="true">
                  {o.id}
                </span>
                <span className="sr-only">{t('choice.option', { id: o.id })} </span>
                {content(o.name)}
              </h3>
              <ul className="model-variants">
                {o.variants.map((v) => (
                  <li key={v.id}>
                    {o.variants.length > 1 && <p className="model-variants__name">{content(v.label)}</p>}
                    <ol className="model-phases">
                      {v.phases.map((p) => {
                        const posture = content(scenario.postures.find((x) => x.id === p.posture)?.label) || p.posture;
                        return <li key={p.fromYear}>{p.fromYear <= 1 ? t('model.strategies.phaseFirst', { posture }) : t('model.strategies.phaseFrom', { year: p.fromYear, posture })}</li>;
                      })}
                    </ol>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <details className="model-more">
          <summary>{t('model.strategies.postures')}</summary>
          <dl className="model-indicators">
            {scenario.postures.map((p) => (
              <div key={p.id}>
                <dt>{content(p.label)}</dt>
                <dd>{content(p.description)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </section>

      <ModelFactors scenario={scenario} catalog={catalog} number={number} headingId={ids.factors} />
      <ModelParamSets scenario={scenario} sets={scenario.theories} selected={theoryDef?.id ?? ''} title={t('model.theories.title')} intro={t('model.theories.intro')} headingId={ids.theories} number={number} />
      <ModelParamSets scenario={scenario} sets={scenario.usPostures} selected={postureDef?.id ?? ''} title={t('model.postures.title')} intro={t('model.postures.intro')} headingId={ids.postures} number={number} />
      <ModelAssumptions assumptions={catalog.assumptions} headingId={ids.assumptions} />

      <div className="screen-actions">
        <button type="button" className="button button--primary" onClick={close}>
          <span aria-hidden="true">←</span> {backLabel}
        </button>
      </div>
    </div>
  );
}
