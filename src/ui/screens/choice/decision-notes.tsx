// Optional: the player's one-line reasoning and a forecast for overall cooperation, kept for the debrief.
import { useTranslation } from 'react-i18next';

export type Forecast = 'rise' | 'fall' | 'none';

type Props = {
  readonly rationale: string;
  readonly forecast: Forecast;
  readonly onRationale: (text: string) => void;
  readonly onForecast: (forecast: Forecast) => void;
};

export function DecisionNotes({ rationale, forecast, onRationale, onForecast }: Props) {
  const { t } = useTranslation();
  const options: Forecast[] = ['rise', 'fall', 'none'];
  return (
    <section className="notes" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('choice.notes.title')}</h2>
      <div className="notes__field">
        <label htmlFor="rationale">{t('choice.notes.rationale')}</label>
        <input id="rationale" type="text" maxLength={160} value={rationale} onChange={(e) => onRationale(e.target.value)} aria-describedby="rationale-hint" autoComplete="off" />
        <p id="rationale-hint" className="notes__hint">
          {t('choice.notes.rationaleHint')}
        </p>
      </div>
      <fieldset className="notes__forecast">
        <legend>{t('choice.notes.forecast')}</legend>
        <div className="notes__forecast-options">
          {options.map((o) => (
            <label key={o} className="check">
              <input type="radio" name="forecast" value={o} checked={forecast === o} onChange={() => onForecast(o)} />
              <span>{t(`choice.notes.forecast_${o}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
