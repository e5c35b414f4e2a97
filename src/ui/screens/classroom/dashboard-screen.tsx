// The instructor's class view: paste or drop many run codes; see how the class chose in each sexenio, where each
// path ended, a sortable table of teams, any run's debrief (read-only), a projector step-through, and a CSV.
import { lazy, Suspense, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LIST_CHARS, MAX_LIST_CODES } from '../../../content/class-list-limits.ts';
import { choiceDistribution, classCsv, pathLabel, scoresByPath, type ClassRun } from '../../../content/class-runs.ts';
import { headlineIds, mainScore } from '../../../engine/index.ts';
import { orderedScores } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { ProjectorView } from './projector-view.tsx';
import { useProblemText } from './use-problem-text.ts';
import './classroom.css';

const DashboardCharts = lazy(() => import('./dashboard-charts.tsx'));

/** A column to sort by: line, nickname, path, or `score:<id>` for one of the headline scores. */
type SortKey = 'line' | 'nickname' | 'path' | `score:${string}`;

export function DashboardScreen() {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const uid = useId();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const problemText = useProblemText();
  const scenario = useGameStore((s) => s.scenarios[0] ?? null);
  const classText = useGameStore((s) => s.classText);
  const { runs, bad } = useGameStore((s) => s.classRuns);
  const load = useGameStore((s) => s.loadClassRuns);
  const openRun = useGameStore((s) => s.openRun);
  const show = useGameStore((s) => s.showInstructorScreen);
  const [text, setText] = useState(classText);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'line', dir: 1 });
  const [picked, setScoreId] = useState<string | null>(null);
  const scoreId = picked ?? (scenario ? mainScore(scenario).id : '');
  const scoreColumns = scenario ? headlineIds(scenario) : [];
  const [projected, setProjected] = useState<ClassRun | null>(null);
  const projectorReturn = useRef<HTMLElement | null>(null);
  const read = classText.length > 0 || runs.length > 0 || bad.length > 0;

  // A file over the limit is refused by its size, before a byte of it is read; a pasted list over the limit is
  // refused by readRunList before it is split (it shows as a problem with "the list").
  const readFile = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_LIST_CHARS) {
      setFileProblem(t('classroom.dashboard.fileTooBig', { size: Math.ceil(file.size / 1000), max: MAX_LIST_CHARS / 1_000_000 }));
      return;
    }
    setFileProblem(null);
    file.text().then(
      (content) => {
        setText(content);
        void load(content);
      },
      () => setFileProblem(t('classroom.dashboard.fileUnreadable')),
    );
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    readFile(e.dataTransfer.files[0]);
  };

  const scoreDefs = scenario ? orderedScores(scenario) : [];
  const labelOf = (id: string) => content(scoreDefs.find((d) => d.id === id)?.label) || id;
  const scoreDef = scoreDefs.find((d) => d.id === scoreId) ?? scoreDefs[0];
  const terms = Math.max(0, ...runs.map((r) => r.path.length));
  const distribution = useMemo(() => choiceDistribution(runs), [runs]);
  const strategies = useMemo(() => [...new Set(runs.flatMap((r) => r.path))].sort(), [runs]);
  const byPath = useMemo(() => scoresByPath(runs, scoreId), [runs, scoreId]);
  const sorted = useMemo(() => {
    const value = (r: ClassRun): string | number =>
      sort.key === 'line' ? r.line : sort.key === 'nickname' ? (r.run.nickname ?? '').toLocaleLowerCase() : sort.key === 'path' ? pathLabel(r.path) : (r.final[sort.key.slice('score:'.length)] ?? 0);
    return [...runs].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      return (typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb))) * sort.dir || a.line - b.line;
    });
  }, [runs, sort]);

  const exportCsv = () => {
    const csv = classCsv(runs, scoreDefs.map((d) => d.id), terms);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'sexenio-class.csv';
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const sortButton = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'} className={key === 'line' || key.startsWith('score:') ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : key === 'line' || key === 'nickname' || key === 'path' ? 1 : -1 }))}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <div className="dashboard">
      <header className="screen-head">
        <p className="screen-head__kicker">{t('classroom.instructors.kicker')}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('classroom.dashboard.title')}
        </h1>
        <p className="screen-head__lede">{t('classroom.dashboard.lede')}</p>
      </header>

      <form
        className="dashboard__input"
        onSubmit={(e) => {
          e.preventDefault();
          setFileProblem(null);
          void load(text);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      >
        <label htmlFor={`${uid}-codes`}>{t('classroom.dashboard.pasteLabel')}</label>
        <p className="setup-fields__hint" id={`${uid}-codes-hint`}>
          {t('classroom.dashboard.pasteHint', { codes: MAX_LIST_CODES, size: MAX_LIST_CHARS / 1_000_000 })}
        </p>
        <textarea id={`${uid}-codes`} className="code-box" rows={runs.length > 0 ? 3 : 8} spellCheck={false} autoComplete="off" value={text} aria-describedby={`${uid}-codes-hint`} onChange={(e) => setText(e.target.value)} />
        <div className="run-share__buttons">
          <button type="submit" className="button button--primary">
            {t('classroom.dashboard.read')}
          </button>
          <label className="button file-button">
            {t('classroom.dashboard.file')}
            <input type="file" accept=".txt,.json,text/plain,application/json" className="sr-only" onChange={(e) => readFile(e.target.files?.[0])} />
          </label>
          {fileProblem && (
            <p className="form-problem" role="alert">
              {fileProblem}
            </p>
          )}
        </div>
      </form>

      {read && (
        <p className="dashboard__count" role="status">
          {t('classroom.dashboard.count', { count: runs.length })} {bad.length > 0 && t('classroom.dashboard.badCount', { count: bad.length })}
        </p>
      )}
      {bad.length > 0 && (
        <section className="dashboard__bad" aria-labelledby={`${uid}-bad`}>
          <h2 id={`${uid}-bad`}>{t('classroom.dashboard.badTitle')}</h2>
          <ul>
            {bad.map((b) => (
              <li key={`${b.line}-${b.excerpt}`}>
                <strong>{b.line > 0 ? t('classroom.dashboard.line', { line: b.line }) : t('classroom.dashboard.wholeList')}</strong>{' '}
                {b.excerpt && (
                  <bdi>
                    <code>{b.excerpt}</code>
                  </bdi>
                )}{' '}
                — {problemText(b.problem)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {runs.length > 0 && scenario && scoreDef && (
        <>
          <Suspense fallback={<p className="debrief__note">{t('classroom.dashboard.chartsLoading')}</p>}>
            <DashboardCharts
              distribution={distribution}
              strategies={strategies}
              byPath={byPath}
              scoreLabel={content(scoreDef.label)}
              format={(v) => f.value(scoreDef, v)}
              termLabel={(i) => t('classroom.dashboard.sexenio', { n: i + 1 })}
              titles={{ choices: t('classroom.dashboard.choicesTitle'), scores: t('classroom.dashboard.scoresTitle', { score: content(scoreDef.label) }), runs: t('classroom.dashboard.runsAxis') }}
            />
          </Suspense>

          <div className="dashboard__tables">
            <div className="table-wrap">
              <table className="data-table">
                <caption>{t('classroom.dashboard.choicesTable')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('classroom.dashboard.strategy')}</th>
                    {distribution.map((d) => (
                      <th scope="col" className="num" key={d.term}>
                        {t('classroom.dashboard.sexenio', { n: d.term + 1 })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {strategies.map((s) => (
                    <tr key={s}>
                      <th scope="row">{s}</th>
                      {distribution.map((d) => (
                        <td className="num" key={d.term}>
                          {d.counts[s] ?? 0}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table-wrap">
              <table className="data-table">
                <caption>
                  {t('classroom.dashboard.pathTable')}{' '}
                  <label className="dashboard__score-pick">
                    <span className="sr-only">{t('classroom.dashboard.scorePick')}</span>
                    <select value={scoreId} onChange={(e) => setScoreId(e.target.value)} aria-label={t('classroom.dashboard.scorePick')}>
                      {scoreDefs.map((d) => (
                        <option key={d.id} value={d.id}>
                          {content(d.label)}
                        </option>
                      ))}
                    </select>
                  </label>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('classroom.dashboard.path')}</th>
                    {[t('classroom.dashboard.runs'), t('classroom.dashboard.min'), t('classroom.dashboard.mean'), t('classroom.dashboard.max')].map((head) => (
                      <th key={head} scope="col" className="num">
                        {head}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {byPath.map((p) => (
                    <tr key={p.path}>
                      <th scope="row" className="nowrap">
                        {p.path}
                      </th>
                      <td className="num">{p.count}</td>
                      <td className="num">{f.value(scoreDef, p.min)}</td>
                      <td className="num">{f.value(scoreDef, p.mean)}</td>
                      <td className="num">{f.value(scoreDef, p.max)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>

          <section aria-labelledby={`${uid}-runs`}>
            <div className="dashboard__runs-head">
              <h2 id={`${uid}-runs`}>{t('classroom.dashboard.tableTitle')}</h2>
              <div className="run-share__buttons">
                <button type="button" className="button" onClick={exportCsv}>
                  {t('classroom.dashboard.csv')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={(e) => {
                    projectorReturn.current = e.currentTarget;
                    setProjected(sorted[0] ?? null);
                  }}
                >
                  {t('classroom.dashboard.projector')}
                </button>
              </div>
            </div>
            <div className="table-wrap">
              <table className="data-table dashboard__table">
                <caption className="sr-only">{t('classroom.dashboard.tableTitle')}</caption>
                <thead>
                  <tr>
                    {sortButton('line', t('classroom.dashboard.lineCol'))}
                    {sortButton('nickname', t('classroom.dashboard.nickname'))}
                    {sortButton('path', t('classroom.dashboard.path'))}
                    {scoreColumns.map((id) => sortButton(`score:${id}`, labelOf(id)))}
                    <th scope="col">{t('classroom.dashboard.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((r) => {
                    const name = r.run.nickname ?? t('classroom.dashboard.unnamed', { line: r.line });
                    return (
                      <tr key={r.code}>
                        <td className="num">{r.line}</td>
                        <th scope="row">
                          <bdi>{name}</bdi>
                        </th>
                        <td className="nowrap">
                          {pathLabel(r.path)}
                          {r.decidedBy.includes('model') && <span className="dashboard__model"> {t('classroom.dashboard.modelMark')}</span>}
                          {r.content === 'unverified' && <span className="dashboard__model" data-testid="unverified-run"> {t('classroom.dashboard.unverifiedMark')}</span>}
                        </td>
                        {scoreColumns.map((id) => (
                          <td className="num" key={id}>
                            {f.value(scoreDefs.find((d) => d.id === id) ?? { format: 'index' }, r.final[id] ?? 0)}
                          </td>
                        ))}
                        <td className="nowrap">
                          <button type="button" className="button button--quiet button--small" aria-label={t('classroom.dashboard.openLabel', { name })} onClick={() => void openRun(r.code, 'dashboard')}>
                            {t('classroom.dashboard.open')}
                          </button>{' '}
                          <button
                            type="button"
                            className="button button--quiet button--small"
                            aria-label={t('classroom.dashboard.projectLabel', { name })}
                            onClick={(e) => {
                              projectorReturn.current = e.currentTarget;
                              setProjected(r);
                            }}
                          >
                            {t('classroom.dashboard.project')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
      <p>
        <button type="button" className="button button--quiet" onClick={() => show('instructors')}>
          {t('classroom.instructors.back')}
        </button>
      </p>
      {projected && (
        <ProjectorView
          run={projected}
          runs={sorted}
          onChange={setProjected}
          onClose={() => {
            setProjected(null);
            window.setTimeout(() => projectorReturn.current?.focus(), 0);
          }}
        />
      )}
    </div>
  );
}
