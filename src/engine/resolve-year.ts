// One year of the model: standing forces and slow dynamics (rules), then events. Every amount is computed from the
// start-of-year snapshot, so the order of rules does not matter; each applied change goes to the ledger.
import { postureFor, type CompiledEvent, type YearProgram } from './compile.ts';
import { termPrograms, yearProgramOf } from './program-cache.ts';
import { copyInto } from './slots.ts';
import { runYear } from './vm.ts';
import { applyEffects } from './ledger.ts';
import { keyedUniform, yearKey } from './keyed-draws.ts';
import { loadTermStart, ownLast, scoresRecord, settle, type Sim, type WorkingRecord } from './sim.ts';
import type { Change, EventOccurrence, GameState, PendingEvent, TermState } from './types.ts';

const NO_CHANGES: Change[] = [];

/** Sets the frame's calendar facts for `year` of `term`. */
function setCalendar(sim: Sim, term: TermState, year: number, yearsInStrategy: number, previousPosture: string): void {
  const decision = term.decision;
  if (!decision) throw new Error('a year was resolved before its term was decided');
  // The strategy's info is looked up once per term object (a new decision makes a new term object).
  let info = sim.termInfo;
  if (sim.termInfoOf !== term || info === undefined) {
    info = sim.c.strategies.get(decision.strategy);
    if (!info) throw new Error(`unknown strategy ${decision.strategy}`);
    sim.termInfo = info;
    sim.termInfoOf = term;
  }
  const posture = postureFor(info, yearsInStrategy);
  const previousTerm = sim.terms[term.index - 1];
  const f = sim.frame;
  f.year = year;
  f.term = term.prologue ? 0 : term.index + (sim.terms[0]?.prologue ? 0 : 1);
  f.yearOfTerm = year - term.startYear + 1;
  f.strategy = decision.strategy;
  f.option = info.optionId;
  f.party = decision.party;
  f.posture = posture;
  f.previousPosture = previousPosture;
  f.postureChanged = posture !== previousPosture;
  f.yearsInStrategy = yearsInStrategy;
  f.prologue = term.prologue;
  f.realCourse = sim.setup.realCourse === true;
  f.previousStrategy = previousTerm?.decision?.strategy ?? sim.lastStrategy ?? 'none';
  f.previousParty = previousTerm?.decision?.party ?? 'none';
}

export function setLevers(sim: Sim, levers: readonly string[]): void {
  const slots = sim.frame.levers;
  for (let i = 0; i < slots.length; i++) slots[i] = 0;
  for (const lever of levers) {
    const i = sim.c.symbols.levers.get(lever);
    if (i !== undefined) slots[i] = 1;
  }
}

/** Sets a flag unless it is already set (flags keep the year they were first set). */
export function setFlag(sim: Sim, flag: string, year: number): void {
  if (sim.flags[flag] !== undefined) return;
  sim.flags = { ...sim.flags, [flag]: year };
  const i = sim.c.symbols.flags.get(flag);
  if (i !== undefined) sim.frame.flags[i] = year;
}

function nextPhase(waiting: number, yearOfTerm: number, term: TermState): GameState['phase'] {
  if (waiting > 0) return 'event';
  return yearOfTerm >= term.years ? 'term-end' : 'playing';
}

/** The year's program for the discrete facts now in the frame; the Sim remembers the last one (and its term's). */
function programFor(sim: Sim, term: TermState, levers: readonly string[]): YearProgram {
  const f = sim.frame;
  const m = sim.memo;
  if (m.term !== term || m.previousParty !== f.previousParty || m.programs === null) {
    m.term = term;
    m.previousParty = f.previousParty;
    m.programs = termPrograms(sim.c, {
      strategy: f.strategy,
      option: f.option,
      party: f.party,
      prologue: f.prologue,
      realCourse: f.realCourse,
      previousParty: f.previousParty,
      theory: f.theory,
      usPosture: f.usPosture,
      levers,
    });
    m.program = null;
  }
  if (m.program !== null && m.posture === f.posture && m.previousPosture === f.previousPosture && m.previousStrategy === f.previousStrategy) return m.program;
  m.posture = f.posture;
  m.previousPosture = f.previousPosture;
  m.previousStrategy = f.previousStrategy;
  return (m.program = yearProgramOf(sim.c, m.programs, f.posture, f.previousPosture, f.previousStrategy));
}

/** Resolves the next year of the current term. The term must be decided. */
export function resolveYear(sim: Sim): void {
  settle(sim);
  const c = sim.c;
  const f = sim.frame;
  const term = sim.terms[sim.termIndex];
  const decision = term?.decision;
  if (!term || !decision) throw new Error('a year was resolved before its term was decided');
  const year = sim.year + 1;
  const yearsInStrategy = sim.lastStrategy === decision.strategy ? sim.yearsInStrategy + 1 : 1;
  loadTermStart(sim);
  // The year's program has the levers compiled in; the frame's lever slots serve answers and the succession model,
  // which set them themselves.
  setCalendar(sim, term, year, yearsInStrategy, sim.lastPosture);

  const program = programFor(sim, term, decision.levers);
  const events = c.events;
  const eventCount = events.length;
  // Events' draws are made by the program, for the events that can happen (see NEXT_EVENT in vm.ts).
  const key = yearKey(sim.setup.seed, year);
  sim.yearKey = key;
  const drawKeys = c.drawKeys;
  const channelSlots = sim.channelSlots;
  const random = sim.yearRandom;
  for (let k = 0; k < channelSlots.length; k++) random[channelSlots[k] as number] = keyedUniform(key, drawKeys[eventCount + k] as number);
  f.random = random;
  const cur = sim.cur;

  const waiting: PendingEvent[] = [];
  const happened = sim.happened;
  const occurred = sim.occurred;
  // The scratch array keeps its length between years (clearing it would free its storage); the count says what is in it.
  const scratch = sim.changes;
  const count = runYear(program, sim, sim.ledger ? scratch : null, occurred, waiting, happened);
  const happenedCount = sim.happenedCount;
  const occurrences: EventOccurrence[] = happenedCount === 0 ? [] : occurred.slice(0, happenedCount);
  // A year whose events wait for answers stays open: answers add to its changes and scores, and its record gets its
  // own changes array and scores once the year is settled (see settle in sim.ts).
  const open = waiting.length > 0;
  sim.changeCount = count;
  const changes: Change[] = !sim.ledger || open ? NO_CHANGES : scratch.slice(0, count);
  // Counts and flags move only now: every rule and event of the year reads the start-of-year values.
  for (let k = 0; k < happenedCount; k++) {
    const i = happened[k] as number;
    sim.eventCounts[i] = (sim.eventCounts[i] ?? 0) + 1;
    sim.eventLastYear[i] = year;
    const sets = (events[i] as CompiledEvent).sets;
    for (let s = 0; s < sets.length; s++) setFlag(sim, sets[s] as string, year);
  }

  const scores = open ? c.scoreTemplate : scoresRecord(sim, cur);
  const record: WorkingRecord = {
    year,
    term: sim.termIndex,
    yearOfTerm: f.yearOfTerm,
    strategy: decision.strategy,
    posture: f.posture,
    party: decision.party,
    changes,
    events: occurrences,
    // Shared with the state: neither is ever mutated once the year is settled.
    scores,
  };
  sim.history.push(record);
  sim.lastOwned = true;
  sim.lastOpen = open && sim.ledger;
  sim.lastDirty = open;
  sim.scoresObj = open ? null : scores;
  sim.year = year;
  sim.lastStrategy = decision.strategy;
  sim.lastPosture = f.posture;
  sim.yearsInStrategy = yearsInStrategy;
  sim.pendingEvents = waiting;
  sim.phase = nextPhase(waiting.length, f.yearOfTerm, term);
}

/** Applies the player's answer to the first waiting event of the last resolved year; false if it is not an answer. */
export function answerEvent(sim: Sim, choiceId: string): boolean {
  const c = sim.c;
  const first = sim.pendingEvents[0];
  const history = sim.history;
  const last = history[history.length - 1];
  const ev = first ? c.events[c.eventIndex.get(first.id) ?? -1] : undefined;
  const choice = ev?.choices.get(choiceId);
  const term = sim.terms[sim.termIndex];
  if (!first || !last || !ev || !choice || !term) return false;
  const f = sim.frame;
  if (choice.constant) {
    // Constant amounts read nothing: the frame is left as it is (the checks of setCalendar still apply).
    if (!term.decision) throw new Error('a year was resolved before its term was decided');
    if (!c.strategies.has(term.decision.strategy)) throw new Error(`unknown strategy ${term.decision.strategy}`);
  } else {
    const previousPosture = history[history.length - 2]?.posture ?? last.posture;
    loadTermStart(sim);
    setCalendar(sim, term, last.year, sim.yearsInStrategy, previousPosture);
    setLevers(sim, term.decision?.levers ?? []);
    f.random = sim.noRandom;
    copyInto(f.s, sim.cur);
  }
  const record = ownLast(sim) as WorkingRecord;
  if (!sim.ledger) applyEffects(choice.effects, f, sim.cur, c.cooperationSlot, null, 0);
  else if (sim.lastOpen) sim.changeCount = applyEffects(choice.effects, f, sim.cur, c.cooperationSlot, sim.changes, sim.changeCount);
  else applyEffects(choice.effects, f, sim.cur, c.cooperationSlot, record.changes, record.changes.length);
  sim.scoresObj = null;
  sim.lastDirty = true;
  for (const flag of choice.sets) setFlag(sim, flag, last.year);
  const occurrences = record.events;
  for (let k = 0; k < occurrences.length; k++) {
    const o = occurrences[k] as EventOccurrence;
    if (o.id === first.id && o.choice === undefined) occurrences[k] = choice.occurrence;
  }
  sim.pendingEvents.shift();
  sim.phase = nextPhase(sim.pendingEvents.length, last.yearOfTerm, term);
  return true;
}
