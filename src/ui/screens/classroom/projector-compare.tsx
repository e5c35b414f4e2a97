// Projector comparison: two chosen runs side by side in large type for the class — their cooperation lines on one
// chart, their outcomes (cooperation, deaths, support), decisions and reasons, the biggest factors and their event
// answers. A modal dialog: focus stays inside, Escape leaves.
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pathLabel } from '../../../content/class-runs.ts';
import { mainScore } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { CompareColumn } from './compare-column.tsx';
import type { RunRow } from './run-rows.ts';

const CompareChart = lazy(() => import('./compare-chart.tsx'));

type Props = { readonly rows: readonly RunRow[]; readonly nameOf: (row: RunRow) => string; readonly onClose: () => void };

export function ProjectorCompare({ rows, nameOf, onClose }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const uid = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [first, setFirst] = useState(rows[0]?.run.n ?? 0);
  const [second, setSecond] = useState(rows[1]?.run.n ?? 0);
  const a = rows.find((r) => r.run.n === first) ?? rows[0];
  const b = rows.find((r) => r.run.n === second) ?? rows[1];

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    heading.current?.focus();
    return () => d?.close();
  }, []);

  if (!a || !b) return null;
  const main = mainScore(a.run.scenario);
  const label = (r: RunRow) => `${nameOf(r)} (${pathLabel(r.run.path)})`;
  const picker = (id: string, text: string, value: number, onChange: (n: number) => void) => (
    <label className="compare__pick" htmlFor={id}>
      {text}{' '}
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {rows.map((r) => (
          <option key={r.run.n} value={r.run.n}>
            {label(r)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <dialog
      ref={dialog}
      className="projector compare"
      aria-labelledby={`${uid}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="projector__bar">
        <h2 id={`${uid}-title`} tabIndex={-1} ref={heading} className="projector__name">
          {t('classroom.compare.title')}
        </h2>
        <div className="compare__picks">
          {picker(`${uid}-a`, t('classroom.compare.first'), a.run.n, setFirst)}
          {picker(`${uid}-b`, t('classroom.compare.second'), b.run.n, setSecond)}
        </div>
      </div>
      {/* Focusable so the keyboard can scroll it when the two runs do not fit the screen. */}
      <div className="compare__body" tabIndex={0} role="region" aria-label={t('classroom.compare.title')}>
        <figure className="compare__chart" aria-label={t('classroom.compare.chart', { score: content(main.label) })} data-testid="compare-chart">
          <figcaption>
            {t('classroom.compare.chart', { score: content(main.label) })}{' '}
            <span className="compare__key compare__key--a">{t('classroom.compare.keySolid', { name: nameOf(a) })}</span>{' '}
            <span className="compare__key compare__key--b">{t('classroom.compare.keyDashed', { name: nameOf(b) })}</span>
          </figcaption>
          <Suspense fallback={null}>
            <CompareChart series={[{ name: nameOf(a), points: a.line }, { name: nameOf(b), points: b.line }]} format={(v) => f.whole(main, v)} />
          </Suspense>
        </figure>
        <div className="compare__columns">
          <CompareColumn row={a} name={nameOf(a)} marker="──" tone="a" />
          <CompareColumn row={b} name={nameOf(b)} marker="╍╍" tone="b" />
        </div>
      </div>
      <div className="projector__controls">
        <button type="button" className="projector__button projector__button--exit" onClick={onClose}>
          {t('classroom.projector.exit')}
        </button>
      </div>
    </dialog>
  );
}
