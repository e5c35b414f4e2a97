// The class table as a CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents), one header row
// of readable names in the interface's language, one row per run. Each column has a stable id, listed in the
// README, so a script can find a column whatever the language. Whole numbers for counts (deaths), one decimal
// for indexes. Cells are quoted and kept from running as formulas by csvText.
import type { TFunction } from 'i18next';
import { csvText } from '../../../content/csv.ts';
import type { AimId } from '../../../engine/index.ts';
import type { RunRow } from './run-rows.ts';

const BOM = '\uFEFF';

type CsvKey = 'number' | 'class' | 'nickname' | 'setApart' | 'topAim' | 'priorities' | 'deaths' | 'support' | 'seed' | 'start' | 'theory' | 'usPosture' | 'oneTerm' | 'twoTeam' | 'yes' | 'no' | 'via' | 'file' | 'code';
type TermColumn = 'strategy' | 'party' | 'reason' | 'forecast';

type Column = { readonly id: string; readonly header: string; readonly value: (row: RunRow) => string | number };

export type ClassCsvContext = {
  readonly t: TFunction;
  /** The class's name, or '' when it has none. */
  readonly className: string;
  /** The readable label of a score. */
  readonly scoreLabel: (id: string) => string;
  /** The headline score ids (cooperation first). */
  readonly headline: readonly string[];
  /** Why a run is set apart from the class, in words, or '' when it belongs. */
  readonly apart: (row: RunRow) => string;
  /** How many forward sexenios to give columns to. */
  readonly terms: number;
};

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The columns in order. Per-sexenio ids end in the sexenio's number (strategy_1, party_1, reason_1, forecast_1…). */
export function classCsvColumns(c: ClassCsvContext): Column[] {
  const { t } = c;
  const h = (key: CsvKey): string => t(`classroom.csv.${key}`);
  const aim = (id: AimId | null) => (id ? t(`priorities.aims.${id}.label`) : '');
  const perTerm = (id: TermColumn, value: (row: RunRow, i: number) => string | number): Column[] =>
    Array.from({ length: c.terms }, (_, i) => ({ id: `${id}_${i + 1}`, header: t(`classroom.csv.${id}`, { n: i + 1 }), value: (row: RunRow) => value(row, i) }));
  return [
    { id: 'number', header: h('number'), value: (r) => r.run.n },
    { id: 'class', header: h('class'), value: () => c.className },
    { id: 'nickname', header: h('nickname'), value: (r) => r.nickname ?? '' },
    { id: 'set_apart', header: h('setApart'), value: (r) => c.apart(r) },
    ...perTerm('strategy', (r, i) => r.terms[i]?.strategy ?? ''),
    ...perTerm('party', (r, i) => r.terms[i]?.party ?? ''),
    ...perTerm('reason', (r, i) => r.terms[i]?.rationale ?? ''),
    ...perTerm('forecast', (r, i) => {
      const f = r.terms[i]?.forecast;
      return f ? t(`classroom.csv.forecast_${f}`) : '';
    }),
    { id: 'top_aim', header: h('topAim'), value: (r) => aim(r.topAim) },
    { id: 'priorities', header: h('priorities'), value: (r) => r.priorities.map((p) => aim(p)).join(' > ') },
    ...c.headline.map((id) => ({ id: `final_${id}`, header: t('classroom.csv.final', { score: c.scoreLabel(id) }), value: (r: RunRow) => round1(r.finals[id] ?? 0) })),
    { id: 'deaths_total', header: h('deaths'), value: (r) => r.deaths ?? '' },
    { id: 'support_final', header: h('support'), value: (r) => (r.support === null ? '' : round1(r.support)) },
    { id: 'seed', header: h('seed'), value: (r) => r.run.run.setup.seed },
    { id: 'start', header: h('start'), value: (r) => r.run.run.setup.start },
    { id: 'theory', header: h('theory'), value: (r) => r.run.run.setup.theory },
    { id: 'us_posture', header: h('usPosture'), value: (r) => r.run.run.setup.usPosture },
    { id: 'one_term', header: h('oneTerm'), value: (r) => (r.run.run.setup.succession === 'model' ? h('yes') : h('no')) },
    { id: 'two_team', header: h('twoTeam'), value: (r) => (r.run.run.setup.twoTeam ? h('yes') : h('no')) },
    { id: 'handed_in_as', header: h('via'), value: (r) => t(`classroom.csv.via_${r.run.via}`) },
    { id: 'file', header: h('file'), value: (r) => r.run.source ?? '' },
    { id: 'code', header: h('code'), value: (r) => r.run.code },
  ];
}

/** The CSV text, byte-order mark first. */
export function classCsv(rows: readonly RunRow[], context: ClassCsvContext): string {
  const columns = classCsvColumns(context);
  return BOM + csvText([columns.map((col) => col.header), ...rows.map((row) => columns.map((col) => col.value(row)))]);
}
