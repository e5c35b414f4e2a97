// Compiles a year's lowered rules and events into a YearProgram (see vm.ts for what runs it).
import type { EffectTarget } from './compile.ts';
import { NUMBER_FACT_NAMES } from './facts.ts';
import type { Interval } from './interval.ts';
import { CompileError, type BoolIR, type NumIR, type Symbols } from './ir.ts';
import { WIDTH, END, ADD, SUB, MUL, MIN, MAX, DIV, MOV, TERM_CHANGE, SINCE, COUNT, EVENT_SINCE, RANDOM, FLAG, JMP, JZ, JNZ, J_LT, J_LE, J_GT, J_GE, J_EQ, J_NE, J_NOT_LT, J_NOT_LE, J_NOT_GT, J_NOT_GE, EFFECT, EVENT_DRAW, EVENT_HAPPENS, NEXT_EVENT, EFFECT_MUL, MUL_SUB, EFFECT_MUL_SUB, MUL_DIV, EFFECT_MUL_DIV, CALENDAR, SCORES, REGISTER_OPERANDS, CONST_MARK, type EventInfo, type YearProgram } from './vm-code.ts';

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
        return CALENDAR + NUMBER_FACT_NAMES.indexOf(ir.f);
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

  /** `params`: the parameters the program's lowering read (see YearProgram). */
  build(params: readonly string[]): YearProgram {
    const starts = this.emitEvents();
    this.emit(END, 0, 0, 0);
    for (const l of this.labels) for (const at of l.refs) this.code[at] = l.at;
    // From an array, not an iterable: `from` would walk an iterator element by element.
    const code = new Int32Array(this.code);
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
    const n = events.length;
    const scripted = new Float64Array(n);
    const drawIndex = new Int32Array(n);
    const maxChance = new Float64Array(n);
    const maxTimes = new Float64Array(n);
    const cooldown = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const e = events[i] as EventInfo;
      scripted[i] = e.scriptedYear;
      drawIndex[i] = e.index;
      maxChance[i] = e.maxChance;
      maxTimes[i] = e.maxTimes;
      cooldown[i] = e.cooldown;
    }
    return {
      code,
      regs,
      effects: this.effects,
      events,
      starts,
      scripted,
      drawIndex,
      maxChance,
      maxTimes,
      cooldown,
      low: this.bounds.map((b) => b[0]),
      high: this.bounds.map((b) => b[1]),
      params,
    };
  }
}
