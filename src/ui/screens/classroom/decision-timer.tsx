// A gentle pace for class play: the instructor's suggested minutes per decision, counted from when the choice
// screen opened. It never forces anything; when the time is up it only says so.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';
import './classroom.css';

export function DecisionTimer() {
  const minutes = useGameStore((s) => s.classLink?.minutesPerDecision ?? null);
  const term = useGameStore((s) => s.game?.termIndex ?? -1);
  if (minutes === null) return null;
  return <Countdown key={term} minutes={minutes} />;
}

function Countdown({ minutes }: { readonly minutes: number }) {
  const { t } = useTranslation();
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const left = Math.max(0, minutes * 60 - Math.floor((now - started) / 1000));
  const clock = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  return (
    <aside className={`decision-timer${left === 0 ? ' decision-timer--over' : ''}`} aria-label={t('classroom.timer.label')} data-testid="decision-timer">
      <span className="decision-timer__pace">{t('classroom.timer.pace', { count: minutes })}</span>
      <span role="timer" aria-live="off" className="decision-timer__clock">
        {left > 0 ? t('classroom.timer.left', { clock }) : t('classroom.timer.over')}
      </span>
    </aside>
  );
}
