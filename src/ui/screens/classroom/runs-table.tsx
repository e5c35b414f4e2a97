// The class's runs, one row each, sortable by any column: path, cooperation and its channels, deaths added up,
// final support, the student's top aim. Each row opens the run's debrief, shows it in projector mode, or removes it.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pathLabel } from '../../../content/class-runs.ts';
import type { ScoreDef } from '../../../engine/index.ts';
import { useFormat } from '../../i18n/use-format.ts';
import type { RunRow } from './run-rows.ts';

type SortKey = 'n' | 'nickname' | 'path' | 'deaths' | 'support' | 'aim' | `score:${string}`;

type Props = {
  readonly rows: readonly RunRow[];
  readonly headline: readonly ScoreDef[];
  readonly labelOf: (def: ScoreDef) => string;
  readonly nameOf: (row: RunRow) => string;
  /** A short note after the path (set apart, older code, later terms by the model), or null. */
  readonly noteOf: (row: RunRow) => string | null;
  readonly caption: string;
  readonly onOpen: (row: RunRow) => void;
  readonly onProject: (row: RunRow, from: HTMLElement) => void;
  readonly onRemove: (row: RunRow) => void;
};

const COUNT = { format: 'count' } as const;
const INDEX = { format: 'index' } as const;

export function RunsTable({ rows, headline, labelOf, nameOf, noteOf, caption, onOpen, onProject, onRemove }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'n', dir: 1 });
  const aimLabel = (row: RunRow) => (row.topAim ? t(`priorities.aims.${row.topAim}.label`) : '');
  const sorted = useMemo(() => {
    const value = (r: RunRow): string | number => {
      switch (sort.key) {
        case 'n':
          return r.run.n;
        case 'nickname':
          return (r.nickname ?? '').toLocaleLowerCase();
        case 'path':
          return pathLabel(r.run.path);
        case 'deaths':
          return r.deaths ?? 0;
        case 'support':
          return r.support ?? 0;
        case 'aim':
          return r.topAim ?? '';
        default:
          return r.finals[sort.key.slice('score:'.length)] ?? 0;
      }
    };
    return [...rows].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      return (typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb))) * sort.dir || a.run.n - b.run.n;
    });
  }, [rows, sort]);
  const textual = (key: SortKey) => key === 'n' || key === 'nickname' || key === 'path' || key === 'aim';
  const head = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'} className={textual(key) && key !== 'n' ? undefined : 'num'} key={key}>
      <button type="button" className="sort-button" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : textual(key) ? 1 : -1 }))}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  const hasDeaths = rows.some((r) => r.deaths !== null);
  const hasSupport = rows.some((r) => r.support !== null);
  return (
    <div className="table-wrap">
      <table className="data-table dashboard__table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head('n', t('classroom.dashboard.number'))}
            {head('nickname', t('classroom.dashboard.nickname'))}
            {head('path', t('classroom.dashboard.path'))}
            {headline.map((d) => head(`score:${d.id}`, labelOf(d)))}
            {hasDeaths && head('deaths', t('classroom.dashboard.deaths'))}
            {hasSupport && head('support', t('classroom.dashboard.support'))}
            {head('aim', t('classroom.dashboard.topAim'))}
            <th scope="col">{t('classroom.dashboard.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => {
            const name = nameOf(r);
            const note = noteOf(r);
            return (
              <tr key={r.run.n} data-run={r.run.n}>
                <td className="num">{r.run.n}</td>
                <th scope="row">
                  <bdi>{name}</bdi>
                </th>
                <td className="nowrap">
                  {pathLabel(r.run.path)}
                  {note && <span className="dashboard__model"> {note}</span>}
                </td>
                {headline.map((d) => (
                  <td className="num" key={d.id}>
                    {f.value(d, r.finals[d.id] ?? 0)}
                  </td>
                ))}
                {hasDeaths && <td className="num">{r.deaths === null ? '' : f.value(COUNT, r.deaths)}</td>}
                {hasSupport && <td className="num">{r.support === null ? '' : f.value(INDEX, r.support)}</td>}
                <td>{aimLabel(r)}</td>
                <td className="nowrap">
                  <button type="button" className="button button--quiet button--small" aria-label={t('classroom.dashboard.openLabel', { name })} onClick={() => onOpen(r)}>
                    {t('classroom.dashboard.open')}
                  </button>{' '}
                  <button type="button" className="button button--quiet button--small" aria-label={t('classroom.dashboard.projectLabel', { name })} onClick={(e) => onProject(r, e.currentTarget)}>
                    {t('classroom.dashboard.project')}
                  </button>{' '}
                  <button type="button" className="button button--quiet button--small" aria-label={t('classroom.dashboard.removeLabel', { name })} onClick={() => onRemove(r)}>
                    {t('classroom.dashboard.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
