// Before the first term: the player orders the five aims they are trying to achieve (buttons, not dragging), and
// leaves the briefing with that order (the briefing's own button) or without one. The order is the player's stated aim, never a model input.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContinueButton } from '../../components/paced-button/continue-button.tsx';
import { AIM_IDS, type AimId, type Scenario } from '../../../engine/index.ts';
import { useGameStore } from '../../../state/store.ts';
import './priorities-step.css';

type Props = { readonly scenario: Scenario; readonly prologue: boolean };

/** The years the debrief reads each aim over: the first term's first year to the last term's last. */
export function aimYears(scenario: Scenario): { first: number; last: number } {
  const last = scenario.terms[scenario.terms.length - 1];
  return { first: scenario.start.firstYear, last: last ? last.startYear + last.years - 1 : scenario.start.firstYear };
}

/** `order` with the aim at `from` moved one place toward `to`. */
export function moveAim(order: readonly AimId[], from: number, to: number): AimId[] {
  const next = [...order];
  const [aim] = next.splice(from, 1);
  if (aim === undefined || to < 0 || to >= order.length) return [...order];
  next.splice(to, 0, aim);
  return next;
}

export function PrioritiesStep({ scenario, prologue }: Props) {
  const { t } = useTranslation();
  const leave = useGameStore((s) => s.leaveBriefing);
  const announce = useGameStore((s) => s.announce);
  const [order, setOrder] = useState<readonly AimId[]>(AIM_IDS);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const years = aimYears(scenario);

  const move = (index: number, step: -1 | 1) => {
    const aim = order[index];
    if (aim === undefined) return;
    const next = moveAim(order, index, index + step);
    setOrder(next);
    const place = index + step;
    announce(t('priorities.step.moved', { aim: t(`priorities.aims.${aim}.label`), place: place + 1, count: next.length }));
    // Focus stays with the moved aim; at the top or bottom its button is disabled, so the other one takes it.
    const atEnd = place === 0 || place === next.length - 1;
    const direction = atEnd ? (step < 0 ? 'down' : 'up') : step < 0 ? 'up' : 'down';
    requestAnimationFrame(() => buttons.current.get(`${aim}:${direction}`)?.focus());
  };
  const keep = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <section className="priorities-step" aria-labelledby="priorities-title" data-testid="priorities-step">
      <h2 id="priorities-title">{t('priorities.step.title')}</h2>
      <p className="priorities-step__note">{t('priorities.step.note')}</p>
      <ol className="priorities-step__list">
        {order.map((aim, i) => {
          const label = t(`priorities.aims.${aim}.label`);
          return (
            <li key={aim} className="priorities-step__aim" data-aim={aim}>
              <span className="priorities-step__rank" aria-hidden="true">
                {i + 1}
              </span>
              <span className="priorities-step__text">
                <strong>{label}</strong>
                <span className="priorities-step__measure">{t(`priorities.aims.${aim}.measure`, years)}</span>
              </span>
              <span className="priorities-step__moves">
                <button type="button" className="button button--quiet priorities-step__move" ref={keep(`${aim}:up`)} disabled={i === 0} aria-label={t('priorities.step.up', { aim: label })} onClick={() => move(i, -1)}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button type="button" className="button button--quiet priorities-step__move" ref={keep(`${aim}:down`)} disabled={i === order.length - 1} aria-label={t('priorities.step.down', { aim: label })} onClick={() => move(i, 1)}>
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="screen-actions priorities-step__actions">
        <ContinueButton onContinue={() => leave(order)}>{prologue ? t('briefing.beginPrologue') : t('briefing.choose')}</ContinueButton>
        <button type="button" className="button button--quiet" onClick={() => leave()}>
          {t('priorities.step.skip')}
        </button>
      </div>
    </section>
  );
}
