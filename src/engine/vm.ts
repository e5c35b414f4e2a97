// A year's rules and events as bytecode for a small register machine. Compiled once per parameter set and set of
// discrete facts (a strategy, its posture, the party, the levers…: see yearProgram in compile.ts), so every test on
// those facts is already decided and only arithmetic on scores, counts and years is left. Running it allocates nothing
// but the ledger entries and event records a year produces. No code generation: the program is an Int32Array that one
// interpreter loop walks.
import { COOPERATION, type EffectTarget } from './compile.ts';
import { CompileError, NEVER, type BoolIR, type Interval, type NumIR, type Symbols } from './ir.ts';
import type { Sim } from './sim.ts';
import type { Change, EventOccurrence, PendingEvent } from './types.ts';

// Opcodes. Every instruction is five ints: opcode, then four operands (registers, slots, ids or a jump target; a
// jump's target is always the third operand).
const WIDTH = 5;
const END = 0;
const ADD = 1; // d a b: R[d] = R[a] + R[b]
const SUB = 2;
const MUL = 3;
const MIN = 4;
const MAX = 5;
const DIV = 6; // d a b: R[d] = R[b] === 0 ? 0 : R[a] / R[b]
const MOV = 7; // d a
const TERM_CHANGE = 8; // d slot: score minus its value when the term began
const SINCE = 9; // d flag: years since the flag was set, NEVER if it is not
const COUNT = 10; // d event: times the event happened
const EVENT_SINCE = 11; // d event: years since the event last happened, NEVER if it did not
const RANDOM = 12; // d channel
const FLAG = 13; // d flag: 1 if set, else 0
const JMP = 14; // - - target
const JZ = 15; // a - target: jump if R[a] === 0
const JNZ = 16; // a - target: jump if R[a] !== 0
const J_LT = 17; // a b target: jump if R[a] < R[b]
const J_LE = 18;
const J_GT = 19;
const J_GE = 20;
const J_EQ = 21;
const J_NE = 22;
const J_NOT_LT = 23; // a b target: jump unless R[a] < R[b] (differs from J_GE when a value is NaN)
const J_NOT_LE = 24;
const J_NOT_GT = 25;
const J_NOT_GE = 26;
const EFFECT = 27; // e a: apply effect e with amount R[a]
const EVENT_DRAW = 29; // event p target: jump unless this year's draw for the event is below R[p]
// (28 is unused.)
const EVENT_HAPPENS = 30; // event: record that it happened
// - - target: go to the code of the next event (in scenario order) that can happen this year, or to the target when
// there is none left. "Can happen": its scripted year; or, drawn events on, a draw below its highest chance, not
// past its maximum count nor in its cooldown. Scanning in one instruction spares a dispatch per event.
const NEXT_EVENT = 31;
const EFFECT_MUL = 32; // e a b: apply effect e with amount R[a] * R[b]
const MUL_SUB = 33; // d a b c: R[d] = R[a] * (R[b] - R[c])
const EFFECT_MUL_SUB = 34; // e a b c: apply effect e with amount R[a] * (R[b] - R[c])
const MUL_DIV = 35; // d a b c: R[d] = R[a] * (R[c] === 0 ? 0 : R[b] / R[c])
const EFFECT_MUL_DIV = 36; // e a b c: apply effect e with amount R[a] * (R[c] === 0 ? 0 : R[b] / R[c])

/** Registers 0–3 hold the calendar's numbers; the start-of-year scores follow. */
const YEAR = 0;
const TERM = 1;
const YEAR_OF_TERM = 2;
const YEARS_IN_STRATEGY = 3;
const SCORES = 4;

/** Operand positions that are registers, per opcode (bit 1: first operand, 2: second, 4: third, 8: fourth). */
const REGISTER_OPERANDS: Record<number, number> = {
  [ADD]: 7, [SUB]: 7, [MUL]: 7, [MIN]: 7, [MAX]: 7, [DIV]: 7, [MOV]: 3,
  [TERM_CHANGE]: 1, [SINCE]: 1, [COUNT]: 1, [EVENT_SINCE]: 1, [RANDOM]: 1, [FLAG]: 1,
  [JZ]: 1, [JNZ]: 1, [J_LT]: 3, [J_LE]: 3, [J_GT]: 3, [J_GE]: 3, [J_EQ]: 3, [J_NE]: 3,
  [J_NOT_LT]: 3, [J_NOT_LE]: 3, [J_NOT_GT]: 3, [J_NOT_GE]: 3, [EFFECT]: 2, [EVENT_DRAW]: 2, [EFFECT_MUL]: 6, [MUL_SUB]: 15, [EFFECT_MUL_SUB]: 14, [MUL_DIV]: 15, [EFFECT_MUL_DIV]: 14,
};

/** Constants are numbered from here while emitting, and moved behind the temporaries at the end. */
const CONST_MARK = 1 << 24;

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
};

type Label = { at: number; readonly refs: number[] };

/** Compiles lowered rules and events into one program. */
export class ProgramBuilder {
  private readonly code: number[] = [];
  private readonly consts: number[] = [];
  private readonly constIndex = new Map<number | string, number>();
  private readonly effects: EffectTarget[] = [];
  private readonly events: EventInfo[] = [];
  private readonly labels: Label[] = [];
  private readonly pending: { info: EventInfo; when: BoolIR; probability: NumIR; effects: readonly (readonly [EffectTarget, NumIR])[] }[] = [];
  private declare readonly tempBase: number;
  private declare temp: number;
  private declare maxTemp: number;

  constructor(
    sym: Symbols,
    private readonly bounds: readonly Interval[],
  ) {
    this.tempBase = SCORES + sym.scores.size;
    this.temp = this.tempBase;
    this.maxTemp = this.tempBase;
  }

  private emit(op: number, a: number, b: number, c: number, d = 0): void {
    this.code.push(op, a, b, c, d);
  }

  private newTemp(): number {
    const r = this.temp++;
    if (this.temp > this.maxTemp) this.maxTemp = this.temp;
    return r;
  }

  private constant(v: number): number {
    const key = Object.is(v, -0) ? '-0' : v;
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(key, i);
    }
    return CONST_MARK + i;
  }

  private label(): Label {
    const l: Label = { at: -1, refs: [] };
    this.labels.push(l);
    return l;
  }

  private jump(op: number, a: number, b: number, to: Label): void {
    to.refs.push(this.code.length + 3);
    this.emit(op, a, b, -1);
  }

  private place(l: Label): void {
    l.at = this.code.length;
  }

  private num(ir: NumIR): number {
    switch (ir.t) {
      case 'const':
        return this.constant(ir.v);
      case 'score':
        return SCORES + ir.i;
      case 'calendar':
        return ir.f === 'year' ? YEAR : ir.f === 'term' ? TERM : ir.f === 'yearOfTerm' ? YEAR_OF_TERM : YEARS_IN_STRATEGY;
      case 'termChange':
        return this.load(TERM_CHANGE, ir.i);
      case 'since':
        return this.load(SINCE, ir.i);
      case 'count':
        return this.load(COUNT, ir.i);
      case 'eventSince':
        return this.load(EVENT_SINCE, ir.i);
      case 'random':
        return this.load(RANDOM, ir.i);
      case 'param':
        throw new CompileError(`parameter "${ir.name}" must be known to compile a year`);
      case 'bool': {
        const d = this.newTemp();
        const no = this.label();
        const end = this.label();
        this.jumpUnless(ir.c, no);
        this.emit(MOV, d, this.constant(1), 0);
        this.jump(JMP, 0, 0, end);
        this.place(no);
        this.emit(MOV, d, this.constant(0), 0);
        this.place(end);
        return d;
      }
      case 'binary': {
        const fused = this.mulOf(ir);
        if (fused) {
          const d = this.newTemp();
          this.emit(fused[0] === 'sub' ? MUL_SUB : MUL_DIV, d, fused[1], fused[2], fused[3]);
          return d;
        }
        const a = this.num(ir.a);
        const b = this.num(ir.b);
        const d = this.newTemp();
        const op = ir.op === 'add' ? ADD : ir.op === 'sub' ? SUB : ir.op === 'mul' ? MUL : ir.op === 'min' ? MIN : MAX;
        this.emit(op, d, a, b);
        return d;
      }
      case 'div': {
        const a = this.num(ir.a);
        const b = this.num(ir.b);
        const d = this.newTemp();
        this.emit(DIV, d, a, b);
        return d;
      }
      case 'clamp': {
        // Math.min(hi, Math.max(lo, x))
        const x = this.num(ir.x);
        const lo = this.num(ir.lo);
        const hi = this.num(ir.hi);
        const t = this.newTemp();
        this.emit(MAX, t, lo, x);
        const d = this.newTemp();
        this.emit(MIN, d, hi, t);
        return d;
      }
      case 'if': {
        const d = this.newTemp();
        const no = this.label();
        const end = this.label();
        this.jumpUnless(ir.c, no);
        this.emit(MOV, d, this.num(ir.a), 0);
        this.jump(JMP, 0, 0, end);
        this.place(no);
        this.emit(MOV, d, this.num(ir.b), 0);
        this.place(end);
        return d;
      }
    }
  }

  /**
   * For x * (y - z) or x * (y / z), either way round (the same number: multiplication commutes exactly), which of the
   * two it is and the registers of x, y, z (emitting their code); null for anything else.
   */
  private mulOf(ir: NumIR): ['sub' | 'div', number, number, number] | null {
    if (ir.t !== 'binary' || ir.op !== 'mul') return null;
    const inner = (n: NumIR): n is Extract<NumIR, { t: 'binary' } | { t: 'div' }> => (n.t === 'binary' && n.op === 'sub') || n.t === 'div';
    const [x, y] = inner(ir.b) ? [ir.a, ir.b] : inner(ir.a) ? [ir.b, ir.a] : [null, null];
    if (!x || !y || !inner(y)) return null;
    return [y.t === 'div' ? 'div' : 'sub', this.num(x), this.num(y.a), this.num(y.b)];
  }

  private load(op: number, slot: number): number {
    const d = this.newTemp();
    this.emit(op, d, slot, 0);
    return d;
  }

  /** Jumps to `to` when the condition is false; falls through when it is true. */
  private jumpUnless(c: BoolIR, to: Label): void {
    this.branch(c, false, to);
  }

  /** Jumps to `to` when the condition has the value `when`, falls through otherwise. */
  private branch(c: BoolIR, when: boolean, to: Label): void {
    switch (c.t) {
      case 'bconst':
        if (c.v === when) this.jump(JMP, 0, 0, to);
        return;
      case 'compare': {
        const a = this.num(c.a);
        const b = this.num(c.b);
        let op: number;
        switch (c.op) {
          case 'eq': op = when ? J_EQ : J_NE; break;
          case 'ne': op = when ? J_NE : J_EQ; break;
          case 'lt': op = when ? J_LT : J_NOT_LT; break;
          case 'lte': op = when ? J_LE : J_NOT_LE; break;
          case 'gt': op = when ? J_GT : J_NOT_GT; break;
          default: op = when ? J_GE : J_NOT_GE; break;
        }
        this.jump(op, a, b, to);
        return;
      }
      case 'flag': {
        const r = this.load(FLAG, c.i);
        this.jump(when ? JNZ : JZ, r, 0, to);
        return;
      }
      case 'not':
        this.branch(c.x, !when, to);
        return;
      case 'and':
      case 'or': {
        // `and` is false as soon as a part is false; `or` is true as soon as a part is true.
        const decisive = c.t === 'or';
        if (when === decisive) {
          for (const p of c.parts) this.branch(p, when, to);
          return;
        }
        const done = this.label();
        const parts = c.parts;
        for (let i = 0; i < parts.length - 1; i++) this.branch(parts[i] as BoolIR, decisive, done);
        this.branch(parts[parts.length - 1] as BoolIR, when, to);
        this.place(done);
        return;
      }
      default:
        throw new CompileError(`"${c.t}" must be known to compile a year`);
    }
  }

  /** A rule: when its condition holds, each effect with its amount. */
  rule(when: BoolIR, effects: readonly (readonly [EffectTarget, NumIR])[]): void {
    this.temp = this.tempBase;
    const next = this.label();
    this.jumpUnless(when, next);
    this.effectsOf(effects);
    this.place(next);
  }

  /** An event: its condition, its draw (drawn events), then its effects. Emitted after the rules, at build(). */
  event(info: EventInfo, when: BoolIR, probability: NumIR, effects: readonly (readonly [EffectTarget, NumIR])[]): void {
    this.pending.push({ info, when, probability, effects });
  }

  private effectsOf(effects: readonly (readonly [EffectTarget, NumIR])[]): void {
    for (const [target, amount] of effects) {
      this.effects.push(target);
      const id = this.effects.length - 1;
      const fused = this.mulOf(amount);
      if (fused) {
        this.emit(fused[0] === 'sub' ? EFFECT_MUL_SUB : EFFECT_MUL_DIV, id, fused[1], fused[2], fused[3]);
      } else if (amount.t === 'binary' && amount.op === 'mul') {
        const a = this.num(amount.a);
        const b = this.num(amount.b);
        this.emit(EFFECT_MUL, id, a, b);
      } else {
        this.emit(EFFECT, id, this.num(amount), 0);
      }
    }
  }

  private emitEvents(): Int32Array {
    const scan = this.label();
    const end = this.label();
    this.place(scan);
    this.jump(NEXT_EVENT, 0, 0, end);
    const starts = new Int32Array(this.pending.length);
    this.pending.forEach(({ info, when, probability, effects }, id) => {
      this.temp = this.tempBase;
      this.events.push(info);
      starts[id] = this.code.length;
      this.jumpUnless(when, scan);
      if (Number.isNaN(info.scriptedYear)) this.jump(EVENT_DRAW, id, this.num(probability), scan);
      this.emit(EVENT_HAPPENS, id, 0, 0);
      this.effectsOf(effects);
      this.jump(JMP, 0, 0, scan);
    });
    this.place(end);
    return starts;
  }

  build(): YearProgram {
    const starts = this.emitEvents();
    this.emit(END, 0, 0, 0);
    for (const l of this.labels) for (const at of l.refs) this.code[at] = l.at;
    const code = Int32Array.from(this.code);
    const constBase = this.maxTemp;
    for (let pc = 0; pc < code.length; pc += WIDTH) {
      const registers = REGISTER_OPERANDS[code[pc] as number] ?? 0;
      for (let k = 0; k < 4; k++) {
        const at = pc + 1 + k;
        if (registers & (1 << k) && (code[at] as number) >= CONST_MARK) code[at] = constBase + (code[at] as number) - CONST_MARK;
      }
    }
    const regs = new Float64Array(constBase + this.consts.length);
    regs.set(this.consts, constBase);
    const events = this.events;
    return {
      code,
      regs,
      effects: this.effects,
      events,
      starts,
      scripted: Float64Array.from(events, (e) => e.scriptedYear),
      drawIndex: Int32Array.from(events, (e) => e.index),
      maxChance: Float64Array.from(events, (e) => e.maxChance),
      maxTimes: Float64Array.from(events, (e) => e.maxTimes),
      cooldown: Float64Array.from(events, (e) => e.cooldown),
      low: this.bounds.map((b) => b[0]),
      high: this.bounds.map((b) => b[1]),
    };
  }
}

/**
 * Runs a year's program on the Sim: the frame's calendar and term-start scores, `sim.cur` as the scores it moves, and
 * `sim.draws` as the year's uniforms. Writes changes to `out` from index 0 (null: no ledger) and returns how many;
 * writes what happened to `occurrences` and the indices of those events to `happened`, from index 0, and their number
 * to `sim.happenedCount`; appends events that ask the player to `waiting`.
 */
export function runYear(p: YearProgram, sim: Sim, out: Change[] | null, occurrences: EventOccurrence[], waiting: PendingEvent[], happened: number[]): number {
  const code = p.code;
  const R = p.regs;
  const f = sim.frame;
  const cur = sim.cur;
  const year = f.year;
  R[YEAR] = year;
  R[TERM] = f.term;
  R[YEAR_OF_TERM] = f.yearOfTerm;
  R[YEARS_IN_STRATEGY] = f.yearsInStrategy;
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
            if (inBounds && (draws[index] as number) >= (maxChance[k] as number)) continue;
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
        // As applyEffect (ledger.ts), written out here so the amount is never boxed for a call.
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
