// A pool of lab workers, as many as the machine has cores. Work comes in batches of jobs; jobs queue by priority (the
// table the instructor is looking at before a sweep) and each goes to the next free worker. Cancelling a batch drops
// its queued jobs at once and ignores the answers of those already running, so a newer change never waits for more
// than the jobs in flight.
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
type Slot = { readonly worker: Worker; running: (Entry & { readonly id: number }) | null };

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
      const slot: Slot = { worker, running: null };
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
      cancel: () => {
        batch.live = false;
        this.queue = this.queue.filter((e) => e.batch !== batch);
      },
    };
  }

  dispose(): void {
    this.queue = [];
    for (const slot of this.slots) slot.worker.terminate();
    this.slots = [];
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.running) continue;
      const entry = this.queue.shift();
      if (!entry) return;
      const id = this.nextId++;
      slot.running = { ...entry, id };
      const request: LabRequest = { type: 'run', version: LAB_PROTOCOL, id, job: entry.job };
      slot.worker.postMessage(request);
    }
  }

  private answered(slot: Slot, data: unknown): void {
    const running = slot.running;
    if (!isLabMessage(data)) {
      this.failed(slot, `unreadable message from the lab worker (protocol ${LAB_PROTOCOL} expected)`);
      return;
    }
    if (data.type === 'error' && data.id === null) {
      this.failed(slot, data.message);
      return;
    }
    if (!running || data.id !== running.id) return;
    slot.running = null;
    const { batch } = running;
    if (batch.live) {
      if (data.type === 'error') {
        batch.live = false;
        this.queue = this.queue.filter((e) => e.batch !== batch);
        batch.callbacks.onError(data.message);
      } else {
        batch.callbacks.onJob(running.index, { samples: data.samples, ms: data.ms });
        if (--batch.left === 0) batch.callbacks.onDone();
      }
    }
    this.pump();
  }

  private failed(slot: Slot, message: string): void {
    const running = slot.running;
    slot.running = null;
    if (running?.batch.live) {
      running.batch.live = false;
      this.queue = this.queue.filter((e) => e.batch !== running.batch);
      running.batch.callbacks.onError(message);
    }
    this.pump();
  }
}
