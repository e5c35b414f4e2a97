// One parameter: a slider and a number field over its documented range, its unit and standard value, a reset, and
// its basis (sources or the model's assumption) one click away. The slider commits when it is let go (or at each
// keyboard step), the number field when it is left or Enter is pressed: both through the native change event, so
// dragging does not start a run at every pixel.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabParameter } from '../../../lab/parameter-docs.ts';
import { stepFor } from '../../../lab/parameter-docs.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { useContent } from '../../i18n/use-content.ts';
import type { LabNumber } from './lab-number.ts';

type Props = {
  readonly parameter: LabParameter;
  readonly value: number;
  readonly onCommit: (name: string, value: number) => void;
  readonly number: LabNumber;
};

function useNativeChange(ref: RefObject<HTMLInputElement | null>, handler: (value: string) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const listen = () => latest.current(el.value);
    el.addEventListener('change', listen);
    return () => el.removeEventListener('change', listen);
  }, [ref]);
}

export function ParameterField({ parameter: p, value, onCommit, number }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const id = useId();
  const slider = useRef<HTMLInputElement>(null);
  const field = useRef<HTMLInputElement>(null);
  // What the user is typing or dragging, and any problem with it, belong to the value they started from: once the
  // value in use changes (a commit, a reset), they are dropped.
  const [typed, setTyped] = useState<{ readonly from: number; readonly text: string; readonly problem: string | null } | null>(null);
  const [dragged, setDragged] = useState<{ readonly from: number; readonly to: number } | null>(null);
  const draft = typed?.from === value ? typed.text : String(value);
  const problem = typed?.from === value ? typed.problem : null;
  const dragging = dragged?.from === value ? dragged.to : null;
  const setProblem = (text: string, message: string | null) => setTyped({ from: value, text, problem: message });
  const unit = content(p.unit);
  const step = stepFor(p.min, p.max);
  const changed = value !== p.standard;

  useNativeChange(slider, (text) => {
    setDragged(null);
    const v = Number(text);
    if (Number.isFinite(v) && v !== value) onCommit(p.name, v);
  });
  useNativeChange(field, (text) => {
    const v = Number(text.replace(',', '.').replace('\u2212', '-'));
    if (text.trim() === '' || !Number.isFinite(v)) {
      setProblem(text, t('lab.param.notNumber', { min: number(p.min), max: number(p.max) }));
      return;
    }
    if (v < p.min || v > p.max) {
      setProblem(text, t('lab.param.outOfRange', { value: number(v), min: number(p.min), max: number(p.max) }));
      return;
    }
    setTyped(null);
    if (v !== value) onCommit(p.name, v);
  });

  const shown = dragging ?? value;
  return (
    <div className={`lab-param${changed ? ' lab-param--changed' : ''}`} data-param={p.name}>
      <div className="lab-param__head">
        <label className="lab-param__label" htmlFor={`${id}-slider`}>
          {content(p.label)}
        </label>
        <span className="lab-param__unit">{unit}</span>
      </div>
      <div className="lab-param__inputs">
        <input
          ref={slider}
          id={`${id}-slider`}
          type="range"
          min={p.min}
          max={p.max}
          step={step}
          value={shown}
          aria-valuetext={`${number(shown)} ${unit}`}
          aria-describedby={`${id}-standard`}
          onChange={(e) => setDragged({ from: value, to: Number(e.target.value) })}
        />
        <label className="sr-only" htmlFor={`${id}-field`}>
          {t('lab.param.exact', { label: content(p.label) })}
        </label>
        <input
          ref={field}
          id={`${id}-field`}
          className="lab-param__field"
          type="number"
          inputMode="decimal"
          min={p.min}
          max={p.max}
          step="any"
          value={draft}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : `${id}-standard`}
          onChange={(e) => setTyped({ from: value, text: e.target.value, problem })}
        />
      </div>
      {problem && (
        <p className="lab-param__problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <div className="lab-param__meta">
        <span id={`${id}-standard`}>
          {t('lab.param.standard', { value: number(p.standard) })} · {t('lab.param.range', { min: number(p.min), max: number(p.max) })}
        </span>
        {changed && (
          <button type="button" className="button button--quiet lab-param__reset" onClick={() => onCommit(p.name, p.standard)}>
            {t('lab.param.reset')}
            <span className="sr-only"> {content(p.label)}</span>
          </button>
        )}
      </div>
      <details className="lab-param__basis">
        <summary>{p.assumption ? t('lab.param.basisAssumption') : t('lab.param.basisSources')}</summary>
        {p.assumption && <p className="lab-param__assumption">{content(p.assumption)}</p>}
        {p.sources && p.sources.length > 0 && <CitationList citations={p.sources} />}
      </details>
    </div>
  );
}
