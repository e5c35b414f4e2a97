// One run's side of the projector comparison: its outcomes (cooperation, deaths, support), its decisions with the
// student's reasons, the factors that moved cooperation most over the whole game (from the ledger), and its answers
// to the events that asked.
import { useTranslation } from 'react-i18next';
import { factorById } from '../../../content/change-source.ts';
import { contributions, mainScore } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { outcomesOf } from '../debrief/outcomes.ts';
import type { RunRow } from './run-rows.ts';

const BIGGEST = 4;

export function CompareColumn({ row, name, marker, tone }: { readonly row: RunRow; readonly name: string; readonly marker: string; readonly tone: 'a' | 'b' }) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const { scenario, state } = row.run;
  const main = mainScore(scenario);
  const factors = contributions(state.history, main.id).slice(0, BIGGEST);
  const answers = state.history.flatMap((r) =>
    r.events.flatMap((e) => {
      if (e.choice === undefined) return [];
      const def = scenario.events.find((x) => x.id === e.id);
      const option = def?.choice?.options.find((o) => o.id === e.choice);
      return [{ key: `${r.year}:${e.id}`, year: r.year, title: def ? content(def.title) : e.id, answer: option ? content(option.label) : e.choice }];
    }),
  );
  const value = (id: 'cooperation' | 'deaths' | 'support') => {
    const o = outcomesOf(scenario).find((x) => x.id === id);
    if (!o) return null;
    const v = id === 'cooperation' ? (row.finals[o.def.id] ?? 0) : id === 'deaths' ? row.deaths : row.support;
    const label = id === 'cooperation' ? content(o.def.label) : id === 'deaths' ? t('classroom.dashboard.deaths') : t('classroom.dashboard.support');
    return v === null ? null : { label, text: id === 'deaths' ? f.whole(o.def, v) : f.value(o.def, v) };
  };
  const outcomes = (['cooperation', 'deaths', 'support'] as const).map(value).filter((v) => v !== null);
  return (
    <section className="compare__column" aria-label={name}>
      <h3 className="compare__name">
        <span aria-hidden="true" className={`compare__key--${tone}`}>
          {marker}
        </span>{' '}
        <bdi>{name}</bdi>
      </h3>
      <dl className="compare__outcomes">
        {outcomes.map((o) => (
          <div key={o.label}>
            <dt>{o.label}</dt>
            <dd>{o.text}</dd>
          </div>
        ))}
      </dl>
      <h4>{t('classroom.compare.decisions')}</h4>
      <ol className="compare__list">
        {row.terms.map((x, i) => (
          <li key={i}>
            {t('classroom.reasons.term', { n: i + 1, strategy: x.strategy })}
            {x.party && ` · ${x.party}`}
            {x.by !== 'player' && ` · ${t('classroom.reasons.byModel')}`}
            {x.rationale && (
              <>
                {' — '}
                <q>{x.rationale}</q>
              </>
            )}
          </li>
        ))}
      </ol>
      <h4>{t('classroom.compare.factors', { score: content(main.label) })}</h4>
      <ul className="compare__list">
        {factors.map((c) => (
          <li key={c.factor}>
            {content(factorById(scenario, c.factor)?.label) || c.factor}: <strong>{f.delta(main, c.delta)}</strong>
          </li>
        ))}
      </ul>
      <h4>{t('classroom.compare.answers')}</h4>
      {answers.length > 0 ? (
        <ul className="compare__list">
          {answers.map((a) => (
            <li key={a.key}>
              {a.year} · {a.title}: <strong>{a.answer}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('classroom.compare.noAnswers')}</p>
      )}
    </section>
  );
}
