// The visible text of each screen a player meets (headings read only by screen readers are left out), screen by screen, as the game shows it at 1366×768 with nothing opened:
// closed disclosures (sources, assumptions, the model's other indicators, the full "why" ledger) count by their
// label only. tests/e2e/word-count.spec.ts holds these against the words the browser actually renders.
import type { AdvisorDef, GameState, OptionDef, Scenario, ScoreDef, YearRecord } from '../../src/engine/index.ts';
import type { TermSummary } from '../../src/state/selectors.ts';
import { strategyOf } from '../../src/engine/index.ts';
import { factorById } from '../../src/content/change-source.ts';
import { presentYearEvents } from '../../src/content/event-presentation.ts';
import { situational, type Situation } from '../../src/content/situation.ts';
import { PUBLIC_OUTCOMES } from '../../src/ui/lib/public-outcomes.ts';
import { orderedScores } from '../../src/state/selectors.ts';
import { adviceFor } from '../../src/content/advice.ts';
import { tr } from './messages.ts';

type Texts = (string | undefined)[];
const sources = (n: number): string => (n > 0 ? tr('citation.sourcesCount', { n }) : '');
const reading = (def: ScoreDef, value: number): Texts => [def.label.en, String(Math.round(value)), '+1'];

export function briefingTexts(scenario: Scenario): Texts {
  const start = scenario.start;
  const services = scenario.scores.filter((s) => s.id in scenario.cooperation.weights);
  const all = orderedScores(scenario);
  const front = all.filter((d) => d.headline === true || PUBLIC_OUTCOMES.includes(d.id));
  const startItems = front.flatMap((def) => {
    const v = start.scores[def.id];
    return [def.label.en, '0', v ? v.why.en : scenario.cooperation.explain.en, v?.assumption ? `${tr('why.assumption')} ${v.assumption.en}` : undefined, sources((v?.sources ?? scenario.cooperation.sources).length)];
  });
  return [
    tr('briefing.kicker'), tr('briefing.title', { year: start.firstYear - 1 }), tr('briefing.situation'), start.situation.en,
    tr('briefing.measure.title'), tr('briefing.measure.body'), ...services.flatMap((s) => [`${s.label.en}.`, s.description.en]),
    tr('briefing.measure.lens'),
    tr('briefing.start.title'), tr('briefing.start.intro'), ...startItems, tr('briefing.start.more', { n: all.length - front.length }),
    ...priorityStepTexts(start.firstYear, 2030), tr('briefing.choose'),
  ];
}

const AIMS = ['cooperation', 'lives', 'support', 'sovereignty', 'law'] as const;

function priorityStepTexts(first: number, last: number): Texts {
  return [tr('priorities.step.title'), tr('priorities.step.note'), ...AIMS.flatMap((a) => [tr(`priorities.aims.${a}.label`), tr(`priorities.aims.${a}.measure`, { first, last })]), tr('priorities.step.skip')];
}

function cardTexts(option: OptionDef, situation: Situation): Texts {
  const now = situational(option.now, situation);
  const head = [option.id, option.name.en, option.short.en, now ? `${tr('choice.now')} ${now.text.en}` : undefined];
  // After the first term the case sits behind its disclosure.
  if (situation.term > 1) return [...head, tr('choice.fullCase'), sources(option.sources.length)];
  return [
    ...head, option.description.en,
    tr('choice.advantages'), ...option.advantages.map((a) => a.en), tr('choice.disadvantages'), ...option.disadvantages.map((a) => a.en),
    tr('choice.outcome'), option.outcome.en, sources(option.sources.length),
  ];
}

function advisorTexts(advisors: readonly AdvisorDef[], option: OptionDef, strategy: string, situation: Situation): Texts {
  return advisors.flatMap((a) => {
    const advice = adviceFor(a, option, strategy);
    if (!advice) return [];
    return [a.name.en, (situational(advice.now, situation)?.text ?? advice.text).en, sources(advice.sources.length)];
  });
}

/** The choice screen once the player has selected the strategy they go on to confirm. */
export function choiceTexts(scenario: Scenario, game: GameState, termNumber: number, strategy: string, situation: Situation): Texts {
  const term = game.terms.find((t) => !t.prologue && t.decision?.strategy !== undefined && game.terms.filter((x) => !x.prologue).indexOf(t) === termNumber - 1);
  const start = term?.startYear ?? 0;
  const ref = strategyOf(scenario, strategy);
  const option = ref?.option;
  if (!option) return [];
  const headline = orderedScores(scenario).filter((d) => d.headline === true).slice(0, 3);
  const variants = option.variants.length > 1 ? [option.subChoicePrompt?.en, ...option.variants.flatMap((v) => [v.label.en, v.description.en])] : [];
  return [
    tr('choice.kicker', { n: termNumber, of: 3 }), tr('choice.title', { start, end: start + 5 }), tr('choice.lede'),
    tr('choice.standing'), ...headline.flatMap((d) => [d.label.en, String(Math.round(situation.scores[d.id] ?? 0))]),
    ...scenario.options.flatMap((o) => cardTexts(o, situation)), tr('choice.selected'), ...variants,
    tr('choice.advisors.title', { name: option.name.en }), ...advisorTexts(scenario.advisors, option, strategy, situation),
    tr('decision.party.legend'), tr('decision.party.hint'), tr('decision.party.election'), tr('decision.party.electionHint'), ...scenario.parties.map((p) => p.name.en), sources(1),
    tr('choice.notes.title'), tr('choice.notes.rationale'), tr('choice.notes.rationaleHint'), tr('choice.notes.forecast'),
    tr('choice.notes.forecast_rise'), tr('choice.notes.forecast_fall'), tr('choice.notes.forecast_none'), tr('choice.confirmNamed', { name: option.name.en }),
  ];
}

/** A decision's dialog. */
export function dialogTexts(scenario: Scenario, year: number, id: string): Texts {
  const def = scenario.events.find((e) => e.id === id);
  if (!def?.choice) return [];
  return [tr('event.kicker', { year }), def.title.en, def.body.en, sources(def.sources.length), def.choice.prompt.en, ...def.choice.options.flatMap((o) => [o.label.en, o.explain.en])];
}

/** The line under a year's heading: the strategy (and sub-choice), the party by its initials, a phase that changes. */
function strategyLine(scenario: Scenario, strategy: string | undefined, partyId: string | undefined, postureId: string | undefined): Texts {
  const ref = strategy ? strategyOf(scenario, strategy) : undefined;
  const party = scenario.parties.find((p) => p.id === partyId);
  const posture = scenario.postures.find((p) => p.id === postureId);
  return [
    tr('year.strategy'), `${ref?.option.id ?? ''} — ${ref?.option.name.en ?? ''}`, ref && ref.option.variants.length > 1 ? ref.variant.label.en : undefined,
    party ? tr('year.party', { party: party.id }) : undefined, party ? tr('decision.partyBy.election') : undefined,
    posture && ref && ref.variant.phases.length > 1 ? tr('year.posture', { posture: posture.label.en }) : undefined,
  ];
}

/** The year screen as a term opens, before its first year: the starting readings and the button to begin. */
export function inaugurationTexts(scenario: Scenario, game: GameState, termIndex: number, termNumber: number): Texts {
  const term = game.terms[termIndex];
  const start = term?.startYear ?? 0;
  const scores = orderedScores(scenario);
  const headline = scores.filter((d) => d.headline === true);
  const front = PUBLIC_OUTCOMES.flatMap((id) => scores.filter((d) => d.id === id));
  return [
    tr('year.term', { n: termNumber, of: 3, start, end: start + 5 }), tr('year.inauguration', { year: start - 1 }),
    ...strategyLine(scenario, term?.decision?.strategy, term?.decision?.party, undefined),
    ...Array.from({ length: 6 }, (_, i) => String(start + i)),
    tr('year.begin', { year: start }), 'N', tr('year.autoPlay'), 'P', tr('year.whyShow'), 'W',
    ...headline.flatMap((d) => [d.label.en, '0', tr('meter.startOfTerm')]),
    ...front.flatMap((d) => [d.label.en, '0']), tr('year.moreIndicators', { n: scores.length - headline.length - front.length }),
    tr('year.newsNone'), tr('year.newsBefore'),
  ];
}

/** A year's screen after it resolved, its dialogs answered. */
export function yearTexts(scenario: Scenario, game: GameState, record: YearRecord, termNumber: number): Texts {
  const term = game.terms[record.term];
  const start = term?.startYear ?? record.year;
  const played = record.year - start + 1;
  const scores = orderedScores(scenario);
  const headline = scores.filter((d) => d.headline === true);
  const front = PUBLIC_OUTCOMES.flatMap((id) => scores.filter((d) => d.id === id));
  const others = scores.length - headline.length - front.length;
  const shown = presentYearEvents(scenario, game.history, record.year);
  const news = shown.flatMap((s): Texts => {
    if (s.mode === 'full') return [factorById(scenario, s.def.factor)?.label.en, s.def.title.en, s.def.body.en, s.def.assumption ? tr('news.assumption') : undefined, sources(s.def.sources.length)];
    const answer = s.def.choice?.options.find((o) => o.id === s.choice);
    return [s.mode === 'again' ? tr('news.again', { year: s.firstYear ?? 0 }) : undefined, s.def.title.en, answer ? `${tr('news.answer')} ${answer.label.en}` : undefined];
  });
  const anyFull = shown.some((s) => s.mode === 'full');
  return [
    tr('year.term', { n: termNumber, of: 3, start, end: start + 5 }), String(record.year),
    ...strategyLine(scenario, record.strategy, record.party, record.posture),
    ...Array.from({ length: 6 }, (_, i) => (i < played ? `${start + i} 00` : String(start + i))),
    record.year === start + 5 ? tr('year.toSummary') : tr('year.next', { year: record.year + 1 }), 'N', tr('year.autoPlay'), 'P', tr('year.whyShow'), 'W',
    ...headline.flatMap((d) => reading(d, record.scores[d.id] ?? 0)),
    ...front.flatMap((d) => reading(d, record.scores[d.id] ?? 0)), tr('year.moreIndicators', { n: others }),
    tr('year.news', { year: record.year }), ...(shown.length === 0 ? [tr('year.newsQuiet', { year: record.year })] : news),
    anyFull && shown.some((s) => s.mode !== 'full') ? tr('news.alsoThisYear') : undefined,
  ];
}

/** A sexenio's summary, with the factor bars, the indicators table and the events' recap (closed). */
export function summaryTexts(scenario: Scenario, summary: TermSummary): Texts {
  const { term } = summary;
  const ref = term.decision ? strategyOf(scenario, term.decision.strategy) : undefined;
  const party = scenario.parties.find((p) => p.id === term.decision?.party);
  const bars = summary.headline.flatMap((h) => [h.def.label.en, ...(summary.factors[h.def.id] ?? []).slice(0, 3).flatMap((c) => [factorById(scenario, c.factor)?.label.en, '+1'])]);
  return [
    tr('summary.kicker', { n: summary.termNumber }), tr('summary.title', { start: term.startYear, end: term.startYear + term.years - 1 }),
    tr('year.strategy'), `${ref?.option.id ?? ''} — ${ref?.option.name.en ?? ''}.`, ref && ref.option.variants.length > 1 ? ref.variant.label.en : undefined,
    party ? tr('year.party', { party: party.name.en }) : undefined,
    tr('summary.headline'), ...summary.headline.flatMap((h) => [h.def.label.en, '0', '0', '+1']),
    tr('summary.factors'), tr('summary.factorsNote'), ...bars,
    tr('summary.publicOutcomes'), tr('table.indicator'), tr('table.start'), tr('table.end'), tr('table.change'),
    ...summary.others.filter((o) => PUBLIC_OUTCOMES.includes(o.def.id)).flatMap((o) => [o.def.label.en, '0', '0', '+1']), tr('summary.others'),
    tr('summary.events'), summary.events.length === 0 ? tr('summary.noEvents') : tr('summary.eventsRecap', { n: summary.events.length }),
    summary.nextTerm ? tr('summary.next', { start: summary.nextTerm.startYear, end: summary.nextTerm.startYear + summary.nextTerm.years - 1 }) : tr('summary.toDebrief'),
  ];
}

/** The debrief's first screen: its heading and opening, the hand-in box, and the priorities, before the player scrolls. */
export function debriefTopTexts(first: number, last: number): Texts {
  const years = { first, last };
  const priorities = AIMS.flatMap((a, i) => [
    tr('priorities.section.aim', { aim: tr(`priorities.aims.${a}.label`), ordinal: tr(`priorities.ordinal.${i + 1}`) }),
    tr(a === 'lives' ? 'priorities.values.total' : a === 'law' ? 'priorities.values.end' : 'priorities.values.mean', { ...years, value: '0' }),
    a === 'sovereignty' ? tr('priorities.values.lowerBetter') : undefined,
    tr('priorities.section.place', { place: tr('priorities.ordinal.1'), count: 6 }),
  ]);
  return [
    tr('debrief.kicker'), tr('debrief.title', { start: first, end: last }), tr('debrief.lede'), tr('whatNext.debriefTopButton', { start: first, end: 2025 }),
    tr('handIn.title'), tr('handIn.lede'), tr('handIn.code'), tr('handIn.copy'), tr('handIn.download'), tr('handIn.nickname'), tr('handIn.size', { count: 45 }), tr('handIn.qrCaption'),
    tr('priorities.section.title'), tr('priorities.section.note', { count: 5 }), ...priorities,
    tr('priorities.section.weighted', { place: '0', count: 6 }), tr('priorities.section.lens'), tr('priorities.section.tableSummary'),
  ];
}
