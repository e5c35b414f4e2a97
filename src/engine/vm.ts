// A year's rules and events as bytecode for a small register machine. Compiled once per parameter set and set of
// discrete facts (a strategy, its posture, the party, the levers…: see yearProgram in compile.ts), so every test on
// those facts is already decided and only arithmetic on scores, counts and years is left. Running it allocates nothing
// but the ledger entries and event records a year produces. No code generation: the program is an Int32Array that one
// interpreter loop walks.
import { COOPERATION, type EffectTarget } from './compile.ts';
import { NEVER } from './ir.ts';
import type { Sim } from './sim.ts';
import type { Change, EventOccurrence, PendingEvent } from './types.ts';
import type { NUMBER_FACT_NAMES } from './facts.ts';
import { keyedUniform } from './keyed-draws.ts';
import { WIDTH, CALENDAR, SCORES, type EventInfo, type YearProgram } from './vm-code.ts';

/** runYear loads the calendar registers one by one: this stops type-checking when NUMBER_FACT_NAMES changes, until they are loaded anew. */
export const calendarLoadsChecked: typeof NUMBER_FACT_NAMES extends readonly ['year', 'term', 'yearOfTerm', 'yearsInStrategy'] ? true : never = true;

/**
 * Runs a year's program on the Sim: the frame's calendar and term-start scores, `sim.cur` as the scores it moves, and
 * `sim.yearKey` for the year's draws (written to `sim.draws` as they are made). Writes changes to `out` from index 0
 * (null: no ledger) and returns how many; writes what happened to `occurrences` and the indices of those events to
 * `happened`, from index 0, and their number to `sim.happenedCount`; appends events that ask the player to `waiting`.
 */
export function runYear(p: YearProgram, sim: Sim, out: Change[] | null, occurrences: EventOccurrence[], waiting: PendingEvent[], happened: number[]): number {
  const code = p.code;
  const R = p.regs;
  const f = sim.frame;
  const cur = sim.cur;
  const year = f.year;
  // In the order of NUMBER_FACT_NAMES (facts.ts).
  R[CALENDAR] = year;
  R[CALENDAR + 1] = f.term;
  R[CALENDAR + 2] = f.yearOfTerm;
  R[CALENDAR + 3] = f.yearsInStrategy;
  const low = p.low;
  const high = p.high;
  let inBounds = true;
  for (let i = 0; i < cur.length; i++) {
    const v = cur[i] as number;
    R[SCORES + i] = v;
    if (!(v >= (low[i] as number) && v <= (high[i] as number))) inBounds = false;
  }
  const termStart = f.ts;
  const flags = f.flags;
  const random = f.random;
  const counts = sim.eventCounts;
  const lastYear = sim.eventLastYear;
  const draws = sim.draws;
  const drawKeys = sim.c.drawKeys;
  const yearKey = sim.yearKey;
  const effects = p.effects;
  const events = p.events;
  const randomEvents = sim.setup.randomEvents;
  const cooperation = sim.c.cooperationSlot;
  const starts = p.starts;
  const eventCount = events.length;
  const scriptedYears = p.scripted;
  const drawIndex = p.drawIndex;
  const maxChance = p.maxChance;
  const maxTimes = p.maxTimes;
  const cooldown = p.cooldown;
  // The next event NEXT_EVENT looks at.
  let next = 0;
  // Changes and events written so far.
  let n = 0;
  let happenedCount = 0;
  let pc = 0;
  for (;;) {
    const op = code[pc] as number;
    const a = code[pc + 1] as number;
    const b = code[pc + 2] as number;
    const c = code[pc + 3] as number;
    pc += WIDTH;
    switch (op) {
      case 0: // END
        sim.happenedCount = happenedCount;
        return n;
      case 1: // ADD
        R[a] = (R[b] as number) + (R[c] as number);
        break;
      case 2: // SUB
        R[a] = (R[b] as number) - (R[c] as number);
        break;
      case 3: // MUL
        R[a] = (R[b] as number) * (R[c] as number);
        break;
      case 4: // MIN
        R[a] = Math.min(R[b] as number, R[c] as number);
        break;
      case 5: // MAX
        R[a] = Math.max(R[b] as number, R[c] as number);
        break;
      case 6: { // DIV
        const d = R[c] as number;
        R[a] = d === 0 ? 0 : (R[b] as number) / d;
        break;
      }
      case 7: // MOV
        R[a] = R[b] as number;
        break;
      case 8: // TERM_CHANGE
        R[a] = (R[SCORES + b] as number) - (termStart[b] as number);
        break;
      case 9: { // SINCE
        const set = flags[b] as number;
        R[a] = set !== set ? NEVER : year - set;
        break;
      }
      case 10: // COUNT
        R[a] = counts[b] ?? 0;
        break;
      case 11: { // EVENT_SINCE
        const last = lastYear[b] ?? -1;
        R[a] = last < 0 ? NEVER : year - last;
        break;
      }
      case 12: // RANDOM
        R[a] = random[b] as number;
        break;
      case 13: { // FLAG
        const set = flags[b] as number;
        R[a] = set !== set ? 0 : 1;
        break;
      }
      case 14: // JMP
        pc = c;
        break;
      case 15: // JZ
        if (R[a] === 0) pc = c;
        break;
      case 16: // JNZ
        if (R[a] !== 0) pc = c;
        break;
      case 17: // J_LT
        if ((R[a] as number) < (R[b] as number)) pc = c;
        break;
      case 18: // J_LE
        if ((R[a] as number) <= (R[b] as number)) pc = c;
        break;
      case 19: // J_GT
        if ((R[a] as number) > (R[b] as number)) pc = c;
        break;
      case 20: // J_GE
        if ((R[a] as number) >= (R[b] as number)) pc = c;
        break;
      case 21: // J_EQ
        if (R[a] === R[b]) pc = c;
        break;
      case 22: // J_NE
        if (R[a] !== R[b]) pc = c;
        break;
      case 23: // J_NOT_LT
        if (!((R[a] as number) < (R[b] as number))) pc = c;
        break;
      case 24: // J_NOT_LE
        if (!((R[a] as number) <= (R[b] as number))) pc = c;
        break;
      case 25: // J_NOT_GT
        if (!((R[a] as number) > (R[b] as number))) pc = c;
        break;
      case 26: // J_NOT_GE
        if (!((R[a] as number) >= (R[b] as number))) pc = c;
        break;
      case 31: { // NEXT_EVENT
        let start = c;
        while (next < eventCount) {
          const k = next++;
          const scripted = scriptedYears[k] as number;
          if (scripted === scripted) {
            if (scripted !== year) continue;
          } else {
            if (!randomEvents) continue;
            const index = drawIndex[k] as number;
            // An event's draw is made only when it could happen (EVENT_DRAW reads it next); it is the same number
            // whenever it is made, so skipping the others changes nothing.
            const u = keyedUniform(yearKey, drawKeys[index] as number);
            draws[index] = u;
            if (inBounds && u >= (maxChance[k] as number)) continue;
            const times = counts[index] ?? 0;
            if (times > 0 && (times >= (maxTimes[k] as number) || year - (lastYear[index] ?? 0) <= (cooldown[k] as number))) continue;
          }
          start = starts[k] as number;
          break;
        }
        pc = start;
        break;
      }
      case 33: // MUL_SUB
        R[a] = (R[b] as number) * ((R[c] as number) - (R[code[pc - 1] as number] as number));
        break;
      case 35: { // MUL_DIV
        const d = R[code[pc - 1] as number] as number;
        R[a] = (R[b] as number) * (d === 0 ? 0 : (R[c] as number) / d);
        break;
      }
      case 27: // EFFECT
      case 32: // EFFECT_MUL
      case 34: // EFFECT_MUL_SUB
      case 36: { // EFFECT_MUL_DIV
        let amount: number;
        if (op === 27) amount = R[b] as number;
        else if (op === 32) amount = (R[b] as number) * (R[c] as number);
        else if (op === 34) amount = (R[b] as number) * ((R[c] as number) - (R[code[pc - 1] as number] as number));
        else {
          const d = R[code[pc - 1] as number] as number;
          amount = (R[b] as number) * (d === 0 ? 0 : (R[c] as number) / d);
        }
        if (amount === 0 || !Number.isFinite(amount)) break;
        const e = effects[a] as EffectTarget;
        const before = cur[e.slot] as number;
        let after = before + amount;
        if (after > e.max) after = e.max;
        else if (after < e.min) after = e.min;
        const delta = after - before;
        if (delta === 0) break;
        cur[e.slot] = after;
        const event = e.event;
        // Applied whole, a constant amount makes the entries prepared for it (the same numbers: delta is the amount).
        const whole = delta === amount;
        if (out !== null) {
          const prepared = e.whole;
          out[n++] =
            whole && prepared !== null ? prepared
            : event === undefined ? { target: e.target, delta, factor: e.factor, rule: e.rule }
            : { target: e.target, delta, factor: e.factor, rule: e.rule, event };
        }
        const weight = e.weight;
        if (weight === weight) {
          const moved = weight * delta;
          cur[cooperation] = (cur[cooperation] as number) + moved;
          if (out !== null) {
            const prepared = e.wholeCooperation;
            out[n++] =
              whole && prepared !== null ? prepared
              : event === undefined ? { target: COOPERATION, delta: moved, factor: e.factor, rule: e.rule }
              : { target: COOPERATION, delta: moved, factor: e.factor, rule: e.rule, event };
          }
        }
        break;
      }
      case 29: // EVENT_DRAW
        if (!((draws[drawIndex[a] as number] as number) < (R[b] as number))) pc = c;
        break;
      case 30: { // EVENT_HAPPENS
        const ev = events[a] as EventInfo;
        occurrences[happenedCount] = ev.occurrence;
        happened[happenedCount++] = ev.index;
        if (ev.hasChoice) waiting.push({ id: ev.id, year });
        break;
      }
      default:
        throw new Error(`bad opcode ${op}`);
    }
  }
}
