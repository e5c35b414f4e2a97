// The sensitivity sweep: which conclusion (or all), Run, a progress bar and Cancel; then for each conclusion its
// tornado with a data table beside it, and for all of them which parameters flip which conclusions.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONCLUSIONS, conclusionById, type ConclusionId } from '../../../lab/conclusions.ts';
import type { LabParameter } from '../../../lab/parameter-docs.ts';
import { flipCounts, SWEEP_SEEDS, type Tornado } from '../../../lab/sweep.ts';
import { TableScroll } from '../../components/table-scroll/table-scroll.tsx';
import { VerdictBadge } from './conclusions-table.tsx';
import type { LabNumber } from './lab-number.ts';
import type { SweepState } from './use-sweep.ts';
import { TornadoChart } from './tornado-chart.tsx';

type Props = {
  readonly state: SweepState;
  readonly parameters: readonly LabParameter[];
  readonly onStart: (ids: readonly ConclusionId[]) => void;
  readonly onCancel: () => void;
  readonly paramLabel: (name: string) => string;
  readonly number: LabNumber;
  readonly workers: number;
  readonly headingId: string;
};

const CHART_ROWS = 10;

function TornadoBlock({ tornado, paramLabel, number }: { readonly tornado: Tornado; readonly paramLabel: (name: string) => string; readonly number: LabNumber }) {
  const { t } = useTranslation();
  const id = useId();
  const c = conclusionById(tornado.conclusion);
  const title = t(`lab.conclusion.${c.id}`);
  const moved = tornado.rows.filter((r) => r.swing > 0);
  const flips = moved.filter((r) => r.flipsAt !== null);
  const unit = (v: number) => t(`lab.unit.${c.unit}`, { value: number(c.unit === 'share' ? v * 100 : v, 2) });
  return (
    <section className="lab-tornado-block" aria-labelledby={`${id}-h`} data-conclusion={c.id}>
      <h3 id={`${id}-h`}>{title}</h3>
      <p className="lab-tornado-block__base">
        {t('lab.sweep.base')} <VerdictBadge verdict={tornado.base.verdict} /> {t('lab.sweep.baseMargin', { margin: unit(tornado.base.margin) })}
      </p>
      <p className="lab-tornado-block__flips" data-testid="lab-flips">
        {flips.length === 0
          ? t('lab.sweep.noFlip')
          : t('lab.sweep.flips', { list: flips.map((r) => t('lab.sweep.flipAt', { name: paramLabel(r.name), value: number(r.flipsAt ?? Number.NaN) })).join('; ') })}
      </p>
      <div className="lab-tornado-block__body">
        <TornadoChart tornado={tornado} label={paramLabel} rows={CHART_ROWS} number={number} title={title} layout="wide" />
        <TornadoChart tornado={tornado} label={paramLabel} rows={CHART_ROWS} number={number} title={title} layout="narrow" />
        <TableScroll labelledBy={`${id}-cap`} testId="lab-tornado-table">
          <table className="data-table lab-tornado-table">
            <caption id={`${id}-cap`}>{t('lab.sweep.tableCaption', { conclusion: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lab.sweep.parameter')}</th>
                <th scope="col" className="num">{t('lab.sweep.atMin')}</th>
                <th scope="col" className="num">{t('lab.sweep.atMax')}</th>
                <th scope="col" className="num">{t('lab.sweep.flipsAt')}</th>
              </tr>
            </thead>
            <tbody>
              {moved.map((r) => (
                <tr key={r.name} data-flips={r.flipsAt !== null}>
                  <th scope="row">{paramLabel(r.name)}</th>
                  {[r.min, r.max].map((end, i) => (
                    <td key={i} className="num">
                      {end ? (
                        <>
                          <span className="lab-tornado-table__at">{t('lab.sweep.atValue', { value: number(end.value) })}</span> {unit(end.result.margin)}
                        </>
                      ) : (
                        t('lab.sweep.atCurrent')
                      )}
                    </td>
                  ))}
                  <td className="num">{r.flipsAt === null ? t('lab.sweep.noFlipCell') : t('lab.sweep.about', { value: number(r.flipsAt) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
      {moved.length < tornado.rows.length && <p className="lab-note">{t('lab.sweep.unmoved', { count: tornado.rows.length - moved.length })}</p>}
    </section>
  );
}

export function SweepPanel({ state, parameters, onStart, onCancel, paramLabel, number, workers, headingId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<ConclusionId | 'all'>('all');
  const running = state.status === 'running';
  const runButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Run is disabled while a sweep runs and Cancel goes when it stops: focus moves to whichever is there, so a keyboard
  // user is never left on a control that vanished.
  const hadFocus = useRef(false);
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current === running) return;
    wasRunning.current = running;
    // A sweep that ends by itself takes Cancel away from under the focus, which falls to the page.
    const lost = !running && (document.activeElement === null || document.activeElement === document.body);
    if (!hadFocus.current && !lost) return;
    hadFocus.current = false;
    (running ? cancelButton : runButton).current?.focus();
  }, [running]);
  const keepFocus = () => {
    hadFocus.current = true;
  };
  const summary = state.status === 'done' && state.tornadoes.length > 1 ? flipCounts(state.tornadoes) : null;
  return (
    <section className="lab-section lab-sweep" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('lab.sweep.title')}</h2>
      <p className="lab-section__intro">{t('lab.sweep.intro', { seeds: SWEEP_SEEDS, count: parameters.length })}</p>
      <div className="lab-sweep__controls">
        <div className="lab-sweep__which">
          <label htmlFor={`${id}-which`}>{t('lab.sweep.which')}</label>
          <select id={`${id}-which`} value={choice} onChange={(e) => setChoice(e.target.value as ConclusionId | 'all')} disabled={running}>
            <option value="all">{t('lab.sweep.all')}</option>
            {CONCLUSIONS.map((c) => (
              <option key={c.id} value={c.id}>
                {t(`lab.conclusion.${c.id}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          ref={runButton}
          type="button"
          className="button button--primary"
          disabled={running}
          onClick={() => {
            keepFocus();
            onStart(choice === 'all' ? CONCLUSIONS.map((c) => c.id) : [choice]);
          }}
        >
          {t('lab.sweep.run')}
        </button>
        {running && (
          <button
            ref={cancelButton}
            type="button"
            className="button"
            onClick={() => {
              keepFocus();
              onCancel();
            }}
          >
            {t('lab.sweep.cancel')}
          </button>
        )}
      </div>
      {state.status !== 'idle' && (
        <div className="lab-sweep__progress">
          <label htmlFor={`${id}-progress`}>{t('lab.sweep.progressLabel')}</label>
          <progress id={`${id}-progress`} max={Math.max(1, state.total)} value={state.done} aria-valuenow={state.done} aria-valuemin={0} aria-valuemax={Math.max(1, state.total)} />
          <p role="status" className="lab-sweep__status" data-testid="lab-sweep-status" data-ms={state.ms === null ? undefined : Math.round(state.ms)} data-games={state.games}>
            {state.status === 'running' && t('lab.sweep.running', { done: state.done, total: state.total })}
            {state.status === 'done' && t('lab.sweep.done', { games: state.games, seconds: number((state.ms ?? 0) / 1000, 2), workers })}
            {state.status === 'cancelled' && t('lab.sweep.cancelled', { done: state.done, total: state.total })}
            {state.status === 'error' && t('lab.sweep.error', { message: state.error ?? '' })}
          </p>
        </div>
      )}
      {summary && (
        <TableScroll labelledBy={`${id}-sum`} testId="lab-flip-summary">
          <table className="data-table">
            <caption id={`${id}-sum`}>{t('lab.sweep.summaryCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lab.sweep.parameter')}</th>
                <th scope="col" className="num">{t('lab.sweep.flipCount')}</th>
                <th scope="col">{t('lab.sweep.whichFlip')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.length === 0 ? (
                <tr>
                  <td colSpan={3}>{t('lab.sweep.noFlipAny')}</td>
                </tr>
              ) : (
                summary.map((s) => (
                  <tr key={s.name}>
                    <th scope="row">{paramLabel(s.name)}</th>
                    <td className="num">{s.conclusions.length}</td>
                    <td>{s.conclusions.map((c) => t(`lab.conclusion.${c}`)).join('; ')}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </TableScroll>
      )}
      {state.status === 'done' && state.tornadoes.map((tn) => <TornadoBlock key={tn.conclusion} tornado={tn} paramLabel={paramLabel} number={number} />)}
    </section>
  );
}
