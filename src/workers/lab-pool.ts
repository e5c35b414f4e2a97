// A pool of lab workers, as many as the machine has cores. Work comes in batches of jobs; jobs queue by priority (the
// table the instructor is looking at before a sweep) and go to the workers in order, each worker holding its next job
// while it runs one, so that it never waits for the page between two jobs. Cancelling a batch drops its queued jobs
// at once and ignores the answers of those already sent, so a newer change never waits for more than the jobs in
// flight.
import type { GameSample, Scenario } from '../engine/index.ts';
import type { SampleJob } from '../lab/play-samples.ts';
import { isLabMessage, LAB_PROTOCOL, type LabRequest } from './lab-protocol.ts';

export type JobResult = { readonly samples: Readonly<Record<string, GameSample>>; readonly ms: number };

export type BatchCallbacks = {
  /** One job's games, with its index in the batch. */
  readonly onJob: (index: number, result: JobResult) => void;
  readonly onDone: () => void;
  readonly onError: (message: string) => void;
};

export type Batch = { readonly cancel: () => void };

type Entry = { readonly batch: BatchState; readonly index: number; readonly job: SampleJob };
type BatchState = { readonly priority: number; readonly callbacks: BatchCallbacks; left: number; live: boolean };
type Sent = Entry & { readonly id: number };
/** `sent`: the jobs the worker has been given and not answered yet, oldest first (it answers them in order). */
type Slot = { readonly worker: Worker; sent: Sent[] };

/** Jobs a worker holds at once: the one it runs and the next. */
const IN_FLIGHT = 2;

export type MakeWorker = () => Worker;

export const defaultWorker: MakeWorker = () => new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });

export const poolSize = () => Math.max(1, typeof navigator !== 'undefined' ? (navigator.hardwareConcurrency || 1) : 1);

/** Workers start on the first run (and again after dispose), so making a pool costs nothing until it is used. */
export class LabPool {
  private slots: Slot[] = [];
  private queue: Entry[] = [];
  private nextId = 1;
  readonly size: number;

  constructor(
    private readonly scenario: Scenario,
    size: number = poolSize(),
    private readonly make: MakeWorker = defaultWorker,
  ) {
    this.size = Math.max(1, size);
  }

  private start(): void {
    if (this.slots.length > 0) return;
    const scenario = this.scenario;
    this.slots = Array.from({ length: this.size }, () => {
      const worker = this.make();
      const slot: Slot = { worker, sent: [] };
      worker.addEventListener('message', (e: MessageEvent<unknown>) => this.answered(slot, e.data));
      worker.addEventListener('error', (e) => this.failed(slot, e.message || 'the lab worker stopped'));
      const hello: LabRequest = { type: 'scenario', version: LAB_PROTOCOL, scenario };
      worker.postMessage(hello);
      return slot;
    });
  }

  /** Runs the jobs; lower `priority` goes first. An empty batch is done at once. */
  run(jobs: readonly SampleJob[], priority: number, callbacks: BatchCallbacks): Batch {
    this.start();
    const batch: BatchState = { priority, callbacks, left: jobs.length, live: true };
    if (jobs.length === 0) {
      callbacks.onDone();
      return { cancel: () => undefined };
    }
    const entries = jobs.map((job, index) => ({ batch, index, job }));
    // Stable: a batch's jobs stay in order behind every queued job of the same or a lower priority number.
    const at = this.queue.findIndex((e) => e.batch.priority > priority);
    this.queue.splice(at < 0 ? this.queue.length : at, 0, ...entries);
    this.pump();
    return {
      cancel: () => this.drop(batch),
    };
  }

  dispose(): void {
    this.queue = [];
    for (const slot of this.slots) slot.worker.terminate();
    this.slots = [];
  }

  private pump(): void {
    // Round by round, so every worker gets a job before any gets a second.
    for (let depth = 1; depth <= IN_FLIGHT; depth++) {
      for (const slot of this.slots) {
        if (slot.sent.length >= depth) continue;
        const entry = this.queue.shift();
        if (!entry) return;
        const id = this.nextId++;
        slot.sent.push({ ...entry, id });
        const request: LabRequest = { type: 'run', version: LAB_PROTOCOL, id, job: entry.job };
        slot.worker.postMessage(request);
      }
    }
  }

  private answered(slot: Slot, data: unknown): void {
    if (!isLabMessage(data)) {
      this.failed(slot, `unreadable message from the lab worker (protocol ${LAB_PROTOCOL} expected)`);
      return;
    }
    if (data.type === 'error' && data.id === null) {
      this.failed(slot, data.message);
      return;
    }
    const at = slot.sent.findIndex((s) => s.id === data.id);
    if (at < 0) return;
    const [running] = slot.sent.splice(at, 1);
    if (!running) return;
    const { batch } = running;
    if (batch.live) {
      if (data.type === 'error') {
        this.drop(batch);
        batch.callbacks.onError(data.message);
      } else {
        batch.callbacks.onJob(running.index, { samples: data.samples, ms: data.ms });
        if (--batch.left === 0) batch.callbacks.onDone();
      }
    }
    this.pump();
  }

  /** A batch given up: its queued jobs go, and the answers to those sent will be ignored. */
  private drop(batch: BatchState): void {
    batch.live = false;
    this.queue = this.queue.filter((e) => e.batch !== batch);
  }

  private failed(slot: Slot, message: string): void {
    const sent = slot.sent;
    slot.sent = [];
    for (const running of sent) {
      if (!running.batch.live) continue;
      this.drop(running.batch);
      running.batch.callbacks.onError(message);
    }
    this.pump();
  }
}
