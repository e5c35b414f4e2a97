// The model lab: change the model's assumptions and see which of its conclusions survive. Every documented
// parameter has a slider and a number field; after each change the five pure paths and one of the user's choosing
// are played again over the same 500 seeds on every core, and the table, the chart and the conclusions show the
// changed model beside the standard one. A sweep sets each parameter to its ends and draws, for each conclusion, how
// far it moves and where it flips. Shown over the page it was opened from, which stays mounted underneath.
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conclusionById, type ConclusionId } from '../../../lab/conclusions.ts';
import { METRICS, pathRows, TABLE_SEEDS, tablePaths, CUSTOM_PATH, type Metric } from '../../../lab/lab-table.ts';
import { labParameters } from '../../../lab/parameter-docs.ts';
import type { Scenario } from '../../../engine/index.ts';
import { selectScenario } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { addLabMessages } from '../../i18n/lab-messages.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { ConclusionsTable } from './conclusions-table.tsx';
import { LabActions } from './lab-actions.tsx';
import { useLabNumber } from './lab-number.ts';
import { ParameterPanel } from './parameter-panel.tsx';
import { PathPicker } from './path-picker.tsx';
import { PathsChart } from './paths-chart.tsx';
import { PathsTable } from './paths-table.tsx';
import { SweepPanel } from './sweep-panel.tsx';
import { useLabPage } from './use-lab-page.ts';
import { useLabPool } from './use-lab-pool.ts';
import { useLabTable } from './use-lab-table.ts';
import { useSweep } from './use-sweep.ts';
import './lab-screen.css';

const DEFAULT_CUSTOM = ['B', 'C+LE', 'A'];

export function LabScreen() {
  const scenario = useGameStore(selectScenario);
  return scenario ? <Lab scenario={scenario} /> : null;
}

function Lab({ scenario }: { readonly scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  useState(() => addLabMessages(i18n));
  const content = useContent();
  const number = useLabNumber();
  const uid = useId();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const variant = useGameStore((s) => s.labVariant);
  const setVariant = useGameStore((s) => s.setLabVariant);
  const { close } = useLabPage();
  const [custom, setCustom] = useState<string[]>(DEFAULT_CUSTOM);
  const [metric, setMetric] = useState<Metric>('coop2018');
  const groups = useMemo(() => labParameters(scenario), [scenario]);
  const parameters = useMemo(() => groups.flatMap((g) => g.parameters), [groups]);
  const livePool = useLabPool(scenario);
  const { standard, changed } = useLabTable(livePool, variant, custom);
  const sweep = useSweep(livePool);

  const commit = useCallback(
    (name: string, value: number) => {
      const p = parameters.find((x) => x.name === name);
      const next = { ...useGameStore.getState().labVariant };
      if (p && value === p.standard) delete next[name];
      else next[name] = value;
      setVariant(next);
    },
    [parameters, setVariant],
  );
  const resetAll = useCallback(() => setVariant({}), [setVariant]);
  const values = useMemo(() => Object.fromEntries(parameters.map((p) => [p.name, variant[p.name] ?? p.standard])), [parameters, variant]);

  const paths = useMemo(() => tablePaths(custom), [custom]);
  const pathLabel = (id: string) => (id === CUSTOM_PATH ? t('lab.paths.custom', { path: custom.join(', ') }) : t('lab.paths.pure', { id }));
  const metricLabel = (m: Metric): string => {
    if (m === 'deaths' || m === 'support') return t(`lab.metric.${m}`);
    const year = m.slice(-4);
    return m.startsWith('coop') ? t('lab.metric.cooperation', { year }) : m.startsWith('sedena') ? t('lab.metric.sedena', { year }) : t('lab.metric.semar', { year });
  };
  const paramLabel = (name: string) => content(parameters.find((p) => p.name === name)?.label) || name;
  const standardRows = useMemo(() => (standard.samples ? pathRows(standard.samples, paths) : null), [standard.samples, paths]);
  const changedSamples = changed?.samples ?? null;
  const changedRows = useMemo(() => (changedSamples ? pathRows(changedSamples, paths) : null), [changedSamples, paths]);
  const live = changed ?? standard;
  const ids = { params: `${uid}-params`, results: `${uid}-results`, table: `${uid}-table`, conclusions: `${uid}-conc`, conclusionsCap: `${uid}-conc-cap`, sweep: `${uid}-sweep` };
  const workers = livePool?.size ?? 1;

  return (
    <div className="lab-page" data-testid="lab-page">
      <header className="screen-head lab-page__head">
        <p className="screen-head__kicker">{t('lab.kicker')}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('lab.title')}
        </h1>
        <p className="screen-head__lede">{t('lab.lede', { seeds: TABLE_SEEDS })}</p>
        <p>
          <button type="button" className="button" onClick={close}>
            <span aria-hidden="true">←</span> {t('lab.back')}
          </button>
        </p>
      </header>
      {!livePool && <p className="lab-note lab-note--problem">{t('lab.noWorkers')}</p>}

      <div className="lab-page__body">
        <ParameterPanel groups={groups} values={values} onCommit={commit} onResetAll={resetAll} number={number} headingId={ids.params} />

        <div className="lab-page__results">
          <section className="lab-section" aria-labelledby={ids.results}>
            <h2 id={ids.results}>{t('lab.paths.title')}</h2>
            <PathPicker scenario={scenario} value={custom} onChange={setCustom} />
            <p className="lab-status" role="status" data-testid="lab-status" data-state={live.status} data-ms={live.ms === null ? undefined : Math.round(live.ms)}>
              {live.status === 'running' && t('lab.status.running', { seeds: TABLE_SEEDS, workers })}
              {live.status === 'done' && (changed ? t('lab.status.changed', { ms: Math.round(live.ms ?? 0), games: live.games, workers }) : t('lab.status.standard', { ms: Math.round(live.ms ?? 0), games: live.games, workers }))}
              {live.status === 'error' && t('lab.status.error', { message: live.error ?? '' })}
            </p>
            {standardRows && (
              <div className="lab-results">
                <div className="lab-results__chart">
                  <label className="lab-results__metric">
                    <span>{t('lab.chart.measure')}</span>
                    <select value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
                      {METRICS.map((m) => (
                        <option key={m} value={m}>
                          {metricLabel(m)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <PathsChart metric={metric} standard={standardRows} changed={changedRows} pathLabel={pathLabel} label={metricLabel(metric)} number={number} />
                </div>
                <PathsTable standard={standardRows} changed={changedRows} pathLabel={pathLabel} metricLabel={metricLabel} number={number} captionId={ids.table} caption={t(changedRows ? 'lab.paths.captionChanged' : 'lab.paths.captionStandard', { seeds: TABLE_SEEDS })} />
              </div>
            )}
          </section>

          <section className="lab-section" aria-labelledby={ids.conclusions}>
            <h2 id={ids.conclusions}>{t('lab.conclusions.title')}</h2>
            <p className="lab-section__intro">{t('lab.conclusions.intro')}</p>
            <ConclusionsTable standard={standard.samples} changed={changed?.samples ?? null} number={number} captionId={ids.conclusionsCap} />
          </section>
        </div>
      </div>

      <SweepPanel
        state={sweep.state}
        parameters={parameters}
        onStart={(chosen: readonly ConclusionId[]) => sweep.start(chosen.map(conclusionById), parameters, variant)}
        onCancel={sweep.cancel}
        paramLabel={paramLabel}
        number={number}
        workers={workers}
        headingId={ids.sweep}
      />

      <LabActions scenario={scenario} variant={variant} />

      <div className="screen-actions">
        <button type="button" className="button button--primary" onClick={close}>
          <span aria-hidden="true">←</span> {t('lab.back')}
        </button>
      </div>
    </div>
  );
}
