// Projector mode: one run, year by year (cooperation, deaths, support), in large high-contrast type for a class discussion. Arrow keys step
// through the years, Page Up / Page Down change the run, Escape leaves. A modal dialog, so focus stays inside.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassRun } from '../../../content/class-runs.ts';
import { pathLabel } from '../../../content/class-runs.ts';
import { outcomeScoreIds } from '../debrief/outcomes.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';

type Props = { readonly run: ClassRun; readonly runs: readonly ClassRun[]; readonly onChange: (run: ClassRun) => void; readonly onClose: () => void };

export function ProjectorView({ run, runs, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState(0);
  const { state, scenario } = run;
  const records = state.history;
  const last = records.length;
  const at = Math.min(step, last);
  const record = at > 0 ? records[at - 1] : undefined;
  const scores = record?.scores ?? state.initialScores;
  const before = at > 1 ? (records[at - 2]?.scores ?? state.initialScores) : state.initialScores;
  const runIndex = runs.indexOf(run);
  // Cooperation and its channels, then the year's deaths and public support: a class weighs all three.
  const defs = outcomeScoreIds(scenario).flatMap((id) => scenario.scores.filter((d) => d.id === id));
  const term = record ? state.terms[record.term] : undefined;
  const termNo = term ? (term.prologue ? 0 : term.index + (state.terms[0]?.prologue ? 0 : 1)) : 0;
  const name = run.run.nickname ?? t('classroom.dashboard.unnamed', { line: run.line });

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    heading.current?.focus();
    return () => d?.close();
  }, []);

  const changeRun = (delta: number) => {
    const next = runs[runIndex + delta];
    if (next) {
      onChange(next);
      setStep(0);
    }
  };
  const onKey = (e: KeyboardEvent<HTMLDialogElement>) => {
    const target = e.target as HTMLElement;
    if (target.tagName === 'SELECT') return;
    const moves: Record<string, () => void> = {
      ArrowRight: () => setStep(Math.min(last, at + 1)),
      ArrowLeft: () => setStep(Math.max(0, at - 1)),
      Home: () => setStep(0),
      End: () => setStep(last),
      PageDown: () => changeRun(1),
      PageUp: () => changeRun(-1),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      move();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="projector"
      aria-labelledby="projector-title"
      onKeyDown={onKey}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="projector__bar">
        <h2 id="projector-title" tabIndex={-1} ref={heading} className="projector__name">
          <bdi>{name}</bdi> <span className="projector__path">{pathLabel(run.path)}</span>
        </h2>
        <p className="projector__count">{t('classroom.projector.runOf', { n: runIndex + 1, total: runs.length })}</p>
      </div>
      <div className="projector__year" aria-live="polite" aria-atomic="true">
        <p className="projector__when">{record ? record.year : t('classroom.projector.start', { year: scenario.start.firstYear - 1 })}</p>
        <p className="projector__what">
          {record ? t('classroom.projector.yearLine', { n: termNo, strategy: record.strategy, year: record.yearOfTerm }) : t('classroom.projector.startLine')}
        </p>
        <div className="projector__scores">
          {defs.map((d) => {
            const delta = (scores[d.id] ?? 0) - (before[d.id] ?? 0);
            return (
              <div className="projector__score" key={d.id}>
                <p className="projector__label">{content(d.label)}</p>
                <p className="projector__value">{f.whole(d, scores[d.id] ?? 0)}</p>
                <p className="projector__delta">{record ? f.delta(d, delta) : '\u00a0'}</p>
              </div>
            );
          })}
        </div>
        <div className="projector__events">
          {record && record.events.length > 0 ? (
            <ul>
              {record.events.map((e) => {
                const def = scenario.events.find((x) => x.id === e.id);
                return <li key={e.id}>{def ? content(def.title) : e.id}</li>;
              })}
            </ul>
          ) : (
            <p>{record ? t('classroom.projector.noEvents') : '\u00a0'}</p>
          )}
        </div>
      </div>
      <div className="projector__controls">
        <button type="button" className="projector__button" onClick={() => setStep(Math.max(0, at - 1))} disabled={at === 0}>
          {t('classroom.projector.prev')}
        </button>
        <p className="projector__step">{t('classroom.projector.step', { n: at, total: last })}</p>
        <button type="button" className="projector__button" onClick={() => setStep(Math.min(last, at + 1))} disabled={at === last}>
          {t('classroom.projector.next')}
        </button>
        <button type="button" className="projector__button" onClick={() => changeRun(1)} disabled={runIndex >= runs.length - 1}>
          {t('classroom.projector.nextRun')}
        </button>
        <button type="button" className="projector__button projector__button--exit" onClick={onClose}>
          {t('classroom.projector.exit')}
        </button>
      </div>
      <p className="projector__keys">{t('classroom.projector.keys')}</p>
    </dialog>
  );
}
