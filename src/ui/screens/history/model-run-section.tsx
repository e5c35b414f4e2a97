// The model's run of the real course: cooperation (overall, SEDENA, SEMAR) and drug-related deaths per year, each
// on its own chart, with the player's game beside it on the same scale when the page is opened from its debrief.
// The player's game is named with its strategy each term ("Your game (B → C+LE → A)") in the legends and the table,
// and the intro says how the two runs differ besides the choices: the game's own seed and drawn events against the
// real course's fixed seed, no drawn events and only the real ones. The table after the charts holds every number
// the charts draw.
import { useTranslation } from 'react-i18next';
import type { HistoryAdministration } from '../../../engine/index.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { niceTicks } from './chart-scale.ts';
import { governmentBands } from './chart-bands.ts';
import { HistoryChart, type ChartSeries } from './history-chart.tsx';
import { HistoryLegend } from './history-legend.tsx';
import { maxOf, seriesSummary, type Beside, type CourseRow, type ScoreIds } from './history-series.ts';
import { ModelRunTable } from './model-run-table.tsx';

type Props = {
  readonly rows: readonly CourseRow[];
  readonly scores: ScoreIds;
  readonly administrations: readonly HistoryAdministration[];
  readonly beside: Beside;
  readonly seed: number;
  /** The player's game, when it is beside the real course: its strategy each term, its seed and whether it drew events. */
  readonly game: { readonly path: string; readonly seed: number; readonly randomEvents: boolean } | null;
  readonly headingId: string;
};

const COOPERATION_TICKS = [0, 25, 50, 75, 100];

export function ModelRunSection({ rows, scores, administrations, beside, seed, game, headingId }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const years = rows.map((r) => r.year);
  const start = years[0] ?? 0;
  const end = years[years.length - 1] ?? 0;
  const real = (id: string) => rows.map((r) => r.real?.[id] ?? null);
  const player = (id: string) => rows.map((r) => r.player?.[id] ?? null);
  const bands = governmentBands(administrations, start, end);
  const index = { format: 'index' } as const;
  const one = (v: number) => f.value(index, v);

  const cooperation: ChartSeries[] = [
    { id: 'overall', label: t('history.model.series.overall'), tone: 'overall', kind: 'line', values: real(scores.overall) },
    { id: 'sedena', label: t('history.model.series.sedena'), tone: 'sedena', kind: 'line', dash: '9 5', values: real(scores.sedena) },
    { id: 'semar', label: t('history.model.series.semar'), tone: 'semar', kind: 'line', dash: '2 5', values: real(scores.semar) },
  ];
  const deaths: ChartSeries[] = [{ id: 'deaths', label: t('history.model.series.deaths'), tone: 'overall', kind: 'line', values: real(scores.deaths) }];
  const named = (label: string) => (game?.path ? `${label} (${game.path})` : label);
  if (beside) {
    cooperation.push({ id: 'player', label: named(t(beside === 'game' ? 'history.model.series.gameOverall' : 'history.model.series.sharedOverall')), tone: 'player', kind: 'line', dash: '14 4 3 4', values: player(scores.overall) });
    deaths.push({ id: 'player', label: named(t(beside === 'game' ? 'history.model.series.gameDeaths' : 'history.model.series.sharedDeaths')), tone: 'player', kind: 'line', dash: '14 4 3 4', values: player(scores.deaths) });
  }
  const luck = beside && game ? t(`history.model.${beside === 'game' ? 'gameLuck' : 'sharedLuck'}.${game.randomEvents ? 'drawn' : 'notDrawn'}`, { seed: game.seed, realSeed: seed }) : '';

  const describe = (values: readonly (number | null)[], fmt: (v: number) => string) => {
    const s = seriesSummary(years, values);
    return s ? { first: fmt(s.first), max: fmt(s.max), maxYear: s.maxYear, last: fmt(s.last) } : null;
  };
  const playerEnd = (values: readonly (number | null)[], fmt: (v: number) => string) => {
    const s = seriesSummary(years, values);
    return s ? { last: fmt(s.last), end: s.lastYear } : null;
  };
  const chartLabel = (key: 'cooperation' | 'deaths', values: readonly (number | null)[], playerValues: readonly (number | null)[], fmt: (v: number) => string) => {
    const own = describe(values, fmt);
    const theirs = beside ? playerEnd(playerValues, fmt) : null;
    return [
      own ? t(key === 'cooperation' ? 'history.model.cooperationLabel' : 'history.model.deathsLabel', { start, end, ...own }) : '',
      theirs ? t(key === 'cooperation' ? 'history.model.cooperationLabelGame' : 'history.model.deathsLabelGame', theirs) : '',
      t('history.model.tableLabel'),
    ]
      .filter(Boolean)
      .join(' ');
  };

  return (
    <section className="history-section" aria-labelledby={headingId} data-testid="history-model-run">
      <h2 id={headingId}>{t('history.model.title')}</h2>
      <p className="history-section__intro">
        {t('history.model.intro', { seed })} {beside && t(beside === 'game' ? 'history.model.introGame' : 'history.model.introSharedGame')}
      </p>
      {luck && (
        <p className="history-section__intro history-model__luck" data-testid="history-luck">
          {luck}
        </p>
      )}
      <div className="history-pair">
        <figure className="history-figure">
          <figcaption>
            <span className="history-figure__title">{t('history.model.cooperationTitle', { start, end })}</span>
            <span className="history-figure__unit">{t('history.model.cooperationUnit')}</span>
          </figcaption>
          <HistoryLegend series={cooperation} />
          <HistoryChart years={years} series={cooperation} ticks={COOPERATION_TICKS} formatTick={f.integer} bands={bands} label={chartLabel('cooperation', real(scores.overall), player(scores.overall), one)} />
        </figure>
        <figure className="history-figure">
          <figcaption>
            <span className="history-figure__title">{t('history.model.deathsTitle')}</span>
            <span className="history-figure__unit">{t('history.model.deathsUnit')}</span>
          </figcaption>
          <HistoryLegend series={deaths} />
          <HistoryChart
            years={years}
            series={deaths}
            ticks={niceTicks(Math.max(maxOf(real(scores.deaths)), maxOf(player(scores.deaths))))}
            formatTick={f.integer}
            bands={bands}
            label={chartLabel('deaths', real(scores.deaths), player(scores.deaths), (v) => f.integer(Math.round(v)))}
          />
        </figure>
      </div>
      <ModelRunTable rows={rows} scores={scores} beside={beside} path={game?.path ?? ''} captionId={`${headingId}-table`} />
    </section>
  );
}
