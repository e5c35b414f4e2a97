// The instructor's class view: add run codes, links and the game's run downloads (the list is kept in this browser);
// see which set-up is the class's and which runs are set apart; how the class chose in each sexenio, where each
// path ended, every run's year-by-year line, a sortable table of outcomes, the students' reasons side by side, any
// run's debrief (read-only), a projector step-through or comparison, and a CSV for spreadsheets.
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassRun } from '../../../content/class-runs.ts';
import { mainScore } from '../../../engine/index.ts';
import { orderedScores } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { download } from '../../lib/download.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { ApartRuns } from './apart-runs.tsx';
import { BadLines } from './bad-lines.tsx';
import { classCsv } from './class-csv.ts';
import { ClassNotice } from './class-notice.tsx';
import { ClassTables } from './class-tables.tsx';
import { ClearRuns } from './clear-runs.tsx';
import { DashboardInput } from './dashboard-input.tsx';
import { ProjectorCompare } from './projector-compare.tsx';
import { ProjectorView } from './projector-view.tsx';
import { ReasonsWall } from './reasons-wall.tsx';
import type { RunRow } from './run-rows.ts';
import { RunsTable } from './runs-table.tsx';
import { StoreProblem } from './store-problem.tsx';
import { useClassView } from './use-class-view.ts';
import './classroom.css';

const DashboardCharts = lazy(() => import('./dashboard-charts.tsx'));

export function DashboardScreen() {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const uid = useId();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore((s) => s.scenarios[0] ?? null);
  const { runs, held, bad } = useGameStore((s) => s.classRuns);
  const dashboardClass = useGameStore((s) => s.dashboardClass);
  const includeApart = useGameStore((s) => s.includeApart);
  const storeWorks = useGameStore((s) => s.classStoreWorks);
  const add = useGameStore((s) => s.addClassRuns);
  const remove = useGameStore((s) => s.removeClassRun);
  const restore = useGameStore((s) => s.restoreClassRuns);
  const setIncludeApart = useGameStore((s) => s.setIncludeApart);
  const openRun = useGameStore((s) => s.openRun);
  const show = useGameStore((s) => s.showInstructorScreen);
  const [lastAdded, setLastAdded] = useState<number | null>(null);
  const [picked, setScoreId] = useState<string | null>(null);
  const scoreId = picked ?? (scenario ? mainScore(scenario).id : '');
  const view = useClassView(runs, dashboardClass?.link ?? null, includeApart, scoreId);
  const [projected, setProjected] = useState<ClassRun | null>(null);
  const [comparing, setComparing] = useState(false);
  const projectorReturn = useRef<HTMLElement | null>(null);

  useEffect(() => {
    void restore();
  }, [restore]);

  const scoreDefs = scenario ? orderedScores(scenario) : [];
  const scoreDef = scoreDefs.find((d) => d.id === scoreId) ?? scoreDefs[0];
  const main = scenario ? mainScore(scenario) : undefined;
  const headline = scoreDefs.filter((d) => d.headline === true);
  const nameOf = (row: RunRow) => row.nickname ?? t('classroom.dashboard.unnamed', { line: row.run.n });
  const apartOf = new Map(view.apart.map((a) => [a.row.run.n, a]));
  const noteOf = (row: RunRow) => {
    const notes = [
      apartOf.has(row.run.n) ? t('classroom.dashboard.apartMark') : null,
      row.run.decidedBy.includes('model') ? t('classroom.dashboard.modelMark') : null,
      row.run.content === 'unverified' ? t('classroom.dashboard.unverifiedMark') : null,
    ].filter((n) => n !== null);
    return notes.length > 0 ? notes.join(' ') : null;
  };
  const terms = Math.max(0, ...runs.map((r) => r.path.length));

  const addBatch = async (text: string, source: string | null) => {
    const before = useGameStore.getState().classRuns;
    await add(text, source);
    const after = useGameStore.getState().classRuns;
    setLastAdded(after.runs.length + after.held.length - before.runs.length - before.held.length);
  };
  const exportCsv = () => {
    const csv = classCsv(view.rows, {
      t,
      className: dashboardClass?.link.title ?? '',
      scoreLabel: (id) => content(scoreDefs.find((d) => d.id === id)?.label) || id,
      headline: headline.map((d) => d.id),
      apart: (row) => {
        const a = apartOf.get(row.run.n);
        return a ? t('classroom.apart.other', { fields: a.fields.map((x) => t(`classroom.apart.field.${x}`)).join(', ') }) : '';
      },
      terms,
    });
    download('sexenio-class.csv', 'text/csv;charset=utf-8', csv);
  };
  const total = runs.length + held.length;

  return (
    <div className="dashboard">
      <header className="screen-head">
        <p className="screen-head__kicker">{t('classroom.instructors.kicker')}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('classroom.dashboard.title')}
        </h1>
        <p className="screen-head__lede">{t('classroom.dashboard.lede')}</p>
      </header>
      <StoreProblem />
      <DashboardInput compact={total > 0} onAdd={addBatch} />
      {(lastAdded !== null || total > 0) && (
        <p className="dashboard__count" role="status" data-testid="run-count" data-runs={total}>
          {lastAdded !== null && t('classroom.dashboard.added', { count: lastAdded })} {t('classroom.dashboard.count', { count: total })} {bad.length > 0 && t('classroom.dashboard.badCount', { count: bad.length })}
        </p>
      )}
      {!storeWorks && <p className="form-problem">{t('classroom.dashboard.notKept')}</p>}
      <BadLines bad={bad} />
      {scenario && <ClassNotice reference={view.reference} scenario={scenario} inClass={view.inClass.length} apart={view.apart.length + held.length} includeApart={includeApart} onIncludeApart={setIncludeApart} />}

      {view.counted.length > 0 && scenario && scoreDef && main && (
        <>
          <Suspense fallback={<p className="debrief__note">{t('classroom.dashboard.chartsLoading')}</p>}>
            <DashboardCharts
              distribution={view.distribution}
              strategies={view.strategies}
              byPath={view.byPath}
              lines={view.counted.map((r) => ({ n: r.run.n, name: nameOf(r), strategy: r.run.path[0] ?? '?', points: r.line }))}
              format={(v) => f.value(scoreDef, v)}
              formatMain={(v) => f.value(main, v)}
              termLabel={(i) => t('classroom.dashboard.sexenio', { n: i + 1 })}
              titles={{
                choices: t('classroom.dashboard.choicesTitle'),
                scores: t('classroom.dashboard.scoresTitle', { score: content(scoreDef.label), count: view.counted.length }),
                runs: t('classroom.dashboard.runsAxis'),
                lines: t('classroom.dashboard.linesTitle', { score: content(main.label), count: view.counted.length }),
                legend: t('classroom.dashboard.linesLegend'),
              }}
            />
          </Suspense>
          <ClassTables distribution={view.distribution} strategies={view.strategies} byPath={view.byPath} scoreDefs={scoreDefs} scoreDef={scoreDef} onPick={setScoreId} />
        </>
      )}

      {runs.length > 0 && scenario && (
        <section aria-labelledby={`${uid}-runs`}>
          <div className="dashboard__runs-head">
            <h2 id={`${uid}-runs`}>{t('classroom.dashboard.tableTitle')}</h2>
            <div className="run-share__buttons">
              <button type="button" className="button" onClick={exportCsv}>
                {t('classroom.dashboard.csv')}
              </button>
              <button
                type="button"
                className="button"
                disabled={view.counted.length < 2}
                onClick={(e) => {
                  projectorReturn.current = e.currentTarget;
                  setComparing(true);
                }}
              >
                {t('classroom.dashboard.compare')}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={(e) => {
                  projectorReturn.current = e.currentTarget;
                  setProjected(view.counted[0]?.run ?? runs[0] ?? null);
                }}
              >
                {t('classroom.dashboard.projector')}
              </button>
            </div>
          </div>
          <p className="debrief__note">{t('classroom.dashboard.csvNote')}</p>
          <RunsTable
            rows={view.rows}
            headline={headline}
            labelOf={(d) => content(d.label)}
            nameOf={nameOf}
            noteOf={noteOf}
            caption={t('classroom.dashboard.tableTitle')}
            onOpen={(r) => void openRun(r.run.code, 'dashboard')}
            onProject={(r, from) => {
              projectorReturn.current = from;
              setProjected(r.run);
            }}
            onRemove={(r) => remove(r.run.n)}
          />
        </section>
      )}
      <ApartRuns apart={view.apart} held={held} counted={includeApart} nameOf={nameOf} onRemove={remove} />
      {view.counted.length > 0 && <ReasonsWall rows={view.counted} nameOf={nameOf} />}
      {total > 0 && <ClearRuns count={total} />}
      <p>
        <button type="button" className="button button--quiet" onClick={() => show('instructors')}>
          {t('classroom.instructors.back')}
        </button>
      </p>
      {projected && (
        <ProjectorView
          run={projected}
          runs={view.rows.map((r) => r.run)}
          onChange={setProjected}
          onClose={() => {
            setProjected(null);
            window.setTimeout(() => projectorReturn.current?.focus(), 0);
          }}
        />
      )}
      {comparing && (
        <ProjectorCompare
          rows={view.counted}
          nameOf={nameOf}
          onClose={() => {
            setComparing(false);
            window.setTimeout(() => projectorReturn.current?.focus(), 0);
          }}
        />
      )}
    </div>
  );
}
