// The students' one-line reasons and forecasts, all at once, grouped by the path they took (or by their first
// sexenio's strategy), so a class can read side by side why people chose alike or differently.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pathLabel } from '../../../content/class-runs.ts';
import type { RunRow } from './run-rows.ts';

type Props = { readonly rows: readonly RunRow[]; readonly nameOf: (row: RunRow) => string };

export function ReasonsWall({ rows, nameOf }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const [by, setBy] = useState<'first' | 'path'>('first');
  const groupOf = (r: RunRow) => (by === 'first' ? (r.run.path[0] ?? '?') : pathLabel(r.run.path));
  const groups = [...new Set(rows.map(groupOf))].sort().map((g) => ({ group: g, rows: rows.filter((r) => groupOf(r) === g) }));
  const written = rows.filter((r) => r.terms.some((x) => x.rationale || x.forecast)).length;
  return (
    <section className="reasons-wall" aria-labelledby={`${uid}-title`} data-testid="reasons-wall">
      <div className="dashboard__runs-head">
        <h2 id={`${uid}-title`}>{t('classroom.reasons.title')}</h2>
        <label className="dashboard__score-pick">
          {t('classroom.reasons.groupBy')}{' '}
          <select value={by} onChange={(e) => setBy(e.target.value === 'path' ? 'path' : 'first')}>
            <option value="first">{t('classroom.reasons.byFirst')}</option>
            <option value="path">{t('classroom.reasons.byPath')}</option>
          </select>
        </label>
      </div>
      <p className="debrief__note">{t('classroom.reasons.note', { written, count: rows.length })}</p>
      {groups.map(({ group, rows: members }, index) => (
        <section key={group} className="reasons-wall__group" aria-labelledby={`${uid}-g${index}`}>
          <h3 id={`${uid}-g${index}`}>{t(by === 'first' ? 'classroom.reasons.groupFirst' : 'classroom.reasons.groupPath', { path: group, count: members.length })}</h3>
          <ul className="reasons-wall__cards">
            {members.map((r) => (
              <li key={r.run.n} className="reasons-wall__card">
                <p className="reasons-wall__name">
                  <bdi>{nameOf(r)}</bdi> <span className="dashboard__model">{pathLabel(r.run.path)}</span>
                </p>
                <ol className="reasons-wall__terms">
                  {r.terms.map((x, i) => (
                    <li key={i}>
                      <span className="reasons-wall__term">{t('classroom.reasons.term', { n: i + 1, strategy: x.strategy })}</span>{' '}
                      {x.by !== 'player' ? (
                        <span className="dashboard__model">{t('classroom.reasons.byModel')}</span>
                      ) : (
                        <>
                          {x.rationale ? <q>{x.rationale}</q> : <span className="dashboard__model">{t('classroom.reasons.none')}</span>}
                          {x.forecast && <span className="reasons-wall__forecast"> · {t(`classroom.reasons.forecast_${x.forecast}`)}</span>}
                        </>
                      )}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
