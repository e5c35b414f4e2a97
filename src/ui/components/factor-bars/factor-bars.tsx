// The factors that moved a score over a span of years, largest first, as signed bars around a zero line.
import type { FactorContribution, Scenario, ScoreDef } from '../../../engine/index.ts';
import { factorById } from '../../../content/change-source.ts';
import { useContent } from '../../i18n/use-content.ts';
import { Delta } from '../delta/delta.tsx';
import './factor-bars.css';

type Props = { readonly scenario: Scenario; readonly def: ScoreDef; readonly factors: readonly FactorContribution[]; readonly limit?: number };

export function FactorBars({ scenario, def, factors, limit = 6 }: Props) {
  const content = useContent();
  const shown = factors.slice(0, limit);
  const scale = Math.max(1e-9, ...shown.map((c) => Math.abs(c.delta)));
  return (
    <ol className="factor-bars">
      {shown.map((c) => {
        const factor = factorById(scenario, c.factor);
        const width = `${(Math.abs(c.delta) / scale) * 50}%`;
        return (
          <li key={c.factor} className="factor-bars__item">
            <span className="factor-bars__label">{factor ? content(factor.label) : c.factor}</span>
            <Delta def={def} delta={c.delta} className="factor-bars__value" />
            <span className="factor-bars__track" aria-hidden="true">
              <span className={`factor-bars__bar factor-bars__bar--${c.delta < 0 ? 'down' : 'up'}`} style={{ width }} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}
