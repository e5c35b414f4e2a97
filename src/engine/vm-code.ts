// The year program's instruction set and shape, shared by the builder (vm-builder.ts) and the interpreter (vm.ts).
import type { EffectTarget } from './compile.ts';
import { NUMBER_FACT_COUNT } from './facts.ts';
import type { EventOccurrence } from './types.ts';

// Opcodes. Every instruction is five ints: opcode, then four operands (registers, slots, ids or a jump target; a
// jump's target is always the third operand).
export const WIDTH = 5;
export const END = 0;
export const ADD = 1; // d a b: R[d] = R[a] + R[b]
export const SUB = 2;
export const MUL = 3;
export const MIN = 4;
export const MAX = 5;
export const DIV = 6; // d a b: R[d] = R[b] === 0 ? 0 : R[a] / R[b]
export const MOV = 7; // d a
export const TERM_CHANGE = 8; // d slot: score minus its value when the term began
export const SINCE = 9; // d flag: years since the flag was set, NEVER if it is not
export const COUNT = 10; // d event: times the event happened
export const EVENT_SINCE = 11; // d event: years since the event last happened, NEVER if it did not
export const RANDOM = 12; // d channel
export const FLAG = 13; // d flag: 1 if set, else 0
export const JMP = 14; // - - target
export const JZ = 15; // a - target: jump if R[a] === 0
export const JNZ = 16; // a - target: jump if R[a] !== 0
export const J_LT = 17; // a b target: jump if R[a] < R[b]
export const J_LE = 18;
export const J_GT = 19;
export const J_GE = 20;
export const J_EQ = 21;
export const J_NE = 22;
export const J_NOT_LT = 23; // a b target: jump unless R[a] < R[b] (differs from J_GE when a value is NaN)
export const J_NOT_LE = 24;
export const J_NOT_GT = 25;
export const J_NOT_GE = 26;
export const EFFECT = 27; // e a: apply effect e with amount R[a]
export const EVENT_DRAW = 29; // event p target: jump unless this year's draw for the event is below R[p]
// (28 is unused.)
export const EVENT_HAPPENS = 30; // event: record that it happened
// - - target: go to the code of the next event (in scenario order) that can happen this year, or to the target when
// there is none left. "Can happen": its scripted year; or, drawn events on, a draw below its highest chance, not
// past its maximum count nor in its cooldown. Scanning in one instruction spares a dispatch per event.
export const NEXT_EVENT = 31;
export const EFFECT_MUL = 32; // e a b: apply effect e with amount R[a] * R[b]
export const MUL_SUB = 33; // d a b c: R[d] = R[a] * (R[b] - R[c])
export const EFFECT_MUL_SUB = 34; // e a b c: apply effect e with amount R[a] * (R[b] - R[c])
export const MUL_DIV = 35; // d a b c: R[d] = R[a] * (R[c] === 0 ? 0 : R[b] / R[c])
export const EFFECT_MUL_DIV = 36; // e a b c: apply effect e with amount R[a] * (R[c] === 0 ? 0 : R[b] / R[c])

/** The first registers hold the calendar's numbers, in the order of NUMBER_FACT_NAMES (facts.ts); the start-of-year scores follow. */
export const CALENDAR = 0;
export const SCORES = CALENDAR + NUMBER_FACT_COUNT;

/** Operand positions that are registers, per opcode (bit 1: first operand, 2: second, 4: third, 8: fourth). */
export const REGISTER_OPERANDS: Record<number, number> = {
  [ADD]: 7, [SUB]: 7, [MUL]: 7, [MIN]: 7, [MAX]: 7, [DIV]: 7, [MOV]: 3,
  [TERM_CHANGE]: 1, [SINCE]: 1, [COUNT]: 1, [EVENT_SINCE]: 1, [RANDOM]: 1, [FLAG]: 1,
  [JZ]: 1, [JNZ]: 1, [J_LT]: 3, [J_LE]: 3, [J_GT]: 3, [J_GE]: 3, [J_EQ]: 3, [J_NE]: 3,
  [J_NOT_LT]: 3, [J_NOT_LE]: 3, [J_NOT_GT]: 3, [J_NOT_GE]: 3, [EFFECT]: 2, [EVENT_DRAW]: 2, [EFFECT_MUL]: 6, [MUL_SUB]: 15, [EFFECT_MUL_SUB]: 14, [MUL_DIV]: 15, [EFFECT_MUL_DIV]: 14,
};

/** Constants are numbered from here while emitting, and moved behind the temporaries at the end. */
export const CONST_MARK = 1 << 24;

/** What the interpreter needs to know about an event. */
export type EventInfo = {
  readonly index: number;
  readonly id: string;
  /** The year a scripted event happens in; NaN for drawn events. */
  readonly scriptedYear: number;
  /** A drawn event cannot happen when its draw is at or above this (valid while the scores are within their bounds). */
  readonly maxChance: number;
  readonly maxTimes: number;
  readonly cooldown: number;
  readonly hasChoice: boolean;
  /** Its entry in a year's events (shared: entries are replaced, never changed, when answered). */
  readonly occurrence: EventOccurrence;
};

export type YearProgram = {
  readonly code: Int32Array;
  /** Register file: calendar, scores, temporaries, then constants (written once, here). Scratch, shared: running a
   *  program is never re-entered. */
  readonly regs: Float64Array;
  readonly effects: readonly EffectTarget[];
  readonly events: readonly EventInfo[];
  /** Where each event's code starts. */
  readonly starts: Int32Array;
  /** The events' fields NEXT_EVENT reads, as flat arrays (see EventInfo). */
  readonly scripted: Float64Array;
  readonly drawIndex: Int32Array;
  readonly maxChance: Float64Array;
  readonly maxTimes: Float64Array;
  readonly cooldown: Float64Array;
  /** The bounds of each score slot that maxChance assumes. */
  readonly low: readonly number[];
  readonly high: readonly number[];
  /**
   * Every parameter its lowering could have read: another parameter set with the same values for these gets the same
   * program (see shared-programs.ts).
   */
  readonly params: readonly string[];
};
