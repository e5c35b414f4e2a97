// docs/model-validation.md as text: what the model is tested on, its value, the expectation and the verdict, with every
// miss stated plainly. Pure: the numbers come in, Markdown comes out (scripts/validate.ts runs the tests and the runs).
import type { Citation, Scenario } from '../../src/engine/index.ts';
import type { YearRow } from './year-table.ts';

/** One comparison as the claims tests recorded it (.test-reports/<kind>-margins-<seed>.json). */
export type CheckRow = {
  readonly claim: string;
  readonly title?: string;
  readonly margin: { readonly label: string; readonly n: number; readonly diff: number; readonly by: number; readonly se: number; readonly worst: number | null };
  readonly knownMiss?: string;
  readonly holds: boolean;
};

export type ValidationInput = {
  readonly scenario: Scenario;
  readonly fingerprint: string;
  /** A checksum of history.json as loaded (the real course), which the model fingerprint leaves out. */
  readonly courseChecksum: string;
  readonly firstSeed: number;
  readonly seeds: number;
  readonly years: readonly YearRow[];
  readonly claims: readonly CheckRow[];
  readonly realCourse: readonly CheckRow[];
};

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const int = (x: number) => Math.round(x).toLocaleString('en-US');
const one = (x: number) => x.toFixed(1);

function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 0.01) return x.toExponential(1);
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(Math.abs(x) >= 10 ? 1 : 3);
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

const verdict = (r: CheckRow) => (r.holds ? 'holds' : r.knownMiss !== undefined ? '**misses** (known)' : '**fails**');

/** The claims of a report, grouped: one entry per claim with its comparisons in the order they were checked. */
function byClaim(rows: readonly CheckRow[]): { claim: string; title: string; rows: CheckRow[] }[] {
  const out: { claim: string; title: string; rows: CheckRow[] }[] = [];
  for (const r of rows) {
    const hit = out.find((c) => c.claim === r.claim);
    if (hit) hit.rows.push(r);
    else out.push({ claim: r.claim, title: r.title ?? r.claim, rows: [r] });
  }
  const order = (c: string) => (c.startsWith('R') ? 1000 : 0) + Number(c.replace(/^R/, ''));
  return out.sort((a, b) => order(a.claim) - order(b.claim));
}

function checksTable(rows: readonly CheckRow[]): string {
  return table(
    ['claim', 'comparison', 'model value', 'expectation', 'verdict'],
    byClaim(rows).flatMap((c) =>
      c.rows.map((r, i) => [
        i === 0 ? `**${c.claim}.** ${cell(c.title)}` : '',
        cell(r.margin.label),
        r.margin.worst === null ? `${num(r.margin.diff)} (SE ${num(r.margin.se)})` : `worst game ${num(r.margin.worst)}`,
        r.margin.worst === null ? `mean above ${num(r.margin.by)} by 2 SE` : `every game above ${num(r.margin.by)}`,
        verdict(r),
      ]),
    ),
  );
}

function counts(rows: readonly CheckRow[]): string {
  const hold = rows.filter((r) => r.holds).length;
  const known = rows.filter((r) => !r.holds && r.knownMiss !== undefined).length;
  const failing = rows.length - hold - known;
  return `${rows.length} comparisons in ${byClaim(rows).length} claims: ${hold} hold, ${known} miss (known, stated below), ${failing} fail`;
}

function misses(rows: readonly CheckRow[]): string {
  const missed = rows.filter((r) => !r.holds);
  if (missed.length === 0) return 'None: every comparison holds on this seed block.';
  return missed
    .map((r) => `- **${r.claim}. ${cell(r.title ?? '')}** The model gives ${num(r.margin.diff)} for “${cell(r.margin.label)}”, which needed to be above ${num(r.margin.by)}. ${r.knownMiss !== undefined ? `Why: ${r.knownMiss}.` : 'This is not a known miss: the claims test fails.'}`)
    .join('\n');
}

const sourceText = (c: Citation) => ('doc' in c ? `${c.doc}, ${c.section}, lines ${c.lines[0]}–${c.lines[1]}` : `${c.title}, ${c.publisher}, ${c.date}, <${c.url}>`);

function groundedRules(scenario: Scenario): string {
  const rules = scenario.rules.filter((r) => r.sources?.some((c) => !('doc' in c)));
  if (rules.length === 0) return 'No rule cites the real series.';
  return rules
    .map((r) => [`### Rule \`${r.id}\``, '', r.explain.en, '', ...(r.assumption ? [`*Assumption:* ${r.assumption.en}`, ''] : []), 'Sources:', '', ...(r.sources ?? []).map((c) => `- ${sourceText(c)}`)].join('\n'))
    .join('\n\n');
}

export function validationDoc(input: ValidationInput): string {
  const { scenario, years } = input;
  const history = scenario.history;
  if (!history) throw new Error(`scenario ${scenario.id} has no real course`);
  const measure = history.measures.find((m) => m.id === 'inegi-homicides');
  const base = years.find((y) => y.year === scenario.start.firstYear - 1);
  const modelBase = base?.deaths.mean ?? Number.NaN;
  const observedBase = base?.observed ?? Number.NaN;
  const eventTitle = (id: string) => scenario.events.find((e) => e.id === id)?.title.en ?? id;
  const last = input.firstSeed + input.seeds - 1;

  return `# Model validation

Generated by \`npm run validate\` (seeds ${input.firstSeed}..${last} of the claims block; model content ${input.fingerprint}, real course ${input.courseChecksum}). Do not edit by hand: change the model or the tests, then run it again.

Two kinds of test hold the model to account. **The documents' claims** are what the five source documents (2007–2011) expect each strategy to do; they are tested over paired seeds in \`tests/claims/claims.test.ts\`. **The real course** is what happened from December 2012 to 2025: \`sim --history\` plays it (each real government mapped to one of the game's options, the dated real events scripted, nothing drawn) and \`tests/claims/real-course.test.ts\` compares it with the sources in \`scenarios/sexenio-2012/history.json\`. A claim the model misses is measured and reported here with its reason; it is never loosened until it passes.

## Summary

- The documents' claims: ${counts(input.claims)}.
- The real course: ${counts(input.realCourse)}.

## 1. The real course as the model plays it

${table(
  ['term', 'government', 'party (in the game)', 'option played', 'why, and what it cannot represent'],
  history.administrations.map((a, i) => [String(i + 1), `${a.president} (${a.took}${a.left ? ` to ${a.left}` : ' on'})`, a.realParty === a.party ? a.party : `${a.realParty} (${a.party})`, `**${a.strategy}**`, cell(a.mapping.en)]),
)}

## 2. Model against reality, year by year

${measure ? `${measure.description.en} ${measure.comparison?.en ?? ''}` : ''}

The model's columns are means over ${input.seeds} runs of the real course (drug-related deaths with their 5–95% range: only the yearly noise on violence and support differs between runs). The two indices (2012 = 100) are the only place the two death counts meet, and they are compared by shape, never by level.

${table(
  ['year', 'model: drug-related deaths', 'model index', 'INEGI homicides', 'INEGI index', 'cooperation', 'SEDENA', 'SEMAR', 'police capacity', 'public support', 'real events the model plays'],
  years.map((y) => [
    String(y.year),
    `${int(y.deaths.mean)} (${int(y.deaths.low)}–${int(y.deaths.high)})`,
    int((100 * y.deaths.mean) / modelBase),
    y.observed === null ? '' : int(y.observed),
    y.observed === null ? '' : int((100 * y.observed) / observedBase),
    one(y.cooperation),
    one(y.sedena),
    one(y.semar),
    one(y.policeCapacity),
    one(y.publicSupport),
    cell(y.events.map(eventTitle).join('; ')),
  ]),
)}

## 3. The real course: checks and verdicts

${checksTable(input.realCourse)}

### Misses, plainly

${misses(input.realCourse)}

## 4. The documents' claims

${checksTable(input.claims)}

### Misses, plainly

${misses(input.claims)}

## 5. Where the model rests on the real series rather than the documents

The documents say how violence and police reform behaved up to 2011; they give no levels for what follows. These rules take their shape from what happened after 2012 and mark the rest as an assumption.

${groundedRules(scenario)}

## 6. What is not checked

- **Public support.** No stored source gave a yearly series of support for the security strategy, so the model's public support is not held against reality.
- **Cooperation's level.** No public index of military cooperation exists. The real-course checks test only the direction and timing of change that the sources describe: which service was closer, when cooperation grew, fell and recovered.
- **Drawn events.** The real-course run draws none, so the model's own random events, such as a cartel splitting after a capture, play no part in it. Only the real events listed in \`history.json\` happen.
- **Other seed blocks.** The verdicts above are for seeds ${input.firstSeed}..${last}. Run \`npm run validate -- --seed 200000\` to check another block.
`;
}
