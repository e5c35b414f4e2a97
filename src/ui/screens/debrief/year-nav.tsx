// A row of year buttons, one tab stop: arrows, Home and End move along it, and focusing or pointing at a year selects it.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  readonly years: readonly number[];
  readonly selected: number | null;
  readonly onSelect: (year: number) => void;
  /** Id of the panel the buttons control. */
  readonly controls: string;
};

export function YearNav({ years, selected, onSelect, controls }: Props) {
  const { t } = useTranslation();
  const refs = useRef(new Map<number, HTMLButtonElement>());
  const current = selected ?? years[0];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = years.indexOf(current ?? NaN);
    const target =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? years[Math.min(years.length - 1, i + 1)]
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? years[Math.max(0, i - 1)]
      : e.key === 'Home' ? years[0]
      : e.key === 'End' ? years[years.length - 1]
      : undefined;
    if (target === undefined) return;
    e.preventDefault();
    onSelect(target);
    refs.current.get(target)?.focus();
  };

  return (
    <div className="year-nav">
      <p className="debrief__note" id="year-nav-note">
        {t('debriefPlus.yearsNavNote')}
      </p>
      <div className="year-nav__row" role="toolbar" aria-label={t('debriefPlus.yearsNavLabel')} aria-describedby="year-nav-note" onKeyDown={onKeyDown}>
        {years.map((year) => (
          <button
            key={year}
            type="button"
            className="year-nav__year"
            aria-pressed={year === current}
            aria-controls={controls}
            tabIndex={year === current ? 0 : -1}
            ref={(el) => {
              if (el) refs.current.set(year, el);
              else refs.current.delete(year);
            }}
            onFocus={() => onSelect(year)}
            onMouseEnter={() => onSelect(year)}
            onClick={() => onSelect(year)}
          >
            {year}
          </button>
        ))}
      </div>
    </div>
  );
}
