import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/index.ts';
import type { SampleJob } from '../lab/play-samples.ts';
import { LabPool, type JobResult } from './lab-pool.ts';
import { LAB_PROTOCOL, type LabRequest } from './lab-protocol.ts';

/** A worker that holds the jobs it is sent until the test lets it answer the oldest. */
class FakeWorker {
  readonly sent: LabRequest[] = [];
  private listeners: ((e: MessageEvent<unknown>) => void)[] = [];
  addEventListener(type: string, listener: (e: MessageEvent<unknown>) => void): void {
    if (type === 'message') this.listeners.push(listener);
  }
  postMessage(request: LabRequest): void {
    this.sent.push(request);
  }
  terminate(): void {}
  /** Jobs sent and not answered yet. */
  get pending(): number[] {
    return this.sent.flatMap((r) => (r.type === 'run' && !this.answeredIds.has(r.id) ? [r.id] : []));
  }
  private answeredIds = new Set<number>();
  answerOldest(): void {
    const id = this.pending[0];
    if (id === undefined) throw new Error('nothing to answer');
    this.answeredIds.add(id);
    const data = { type: 'result', version: LAB_PROTOCOL, id, samples: {}, ms: 1 };
    for (const l of this.listeners) l({ data } as MessageEvent<unknown>);
  }
}

const job = (firstSeed: number): SampleJob => ({ paths: [], variant: {}, firstSeed, runs: 1, scores: [] });

function pool(size: number) {
  const workers: FakeWorker[] = [];
  const p = new LabPool({} as Scenario, size, () => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { p, workers };
}

describe('the lab pool', () => {
  it('gives every worker a job before any a second, and no worker more than two', () => {
    const { p, workers } = pool(2);
    const seen: number[] = [];
    p.run([0, 1, 2, 3, 4, 5].map(job), 2, { onJob: (i) => seen.push(i), onDone: () => seen.push(-1), onError: () => undefined });
    expect(workers.map((w) => w.pending.length)).toEqual([2, 2]);
    const firstJobs = workers.map((w) => (w.sent.find((r) => r.type === 'run') as Extract<LabRequest, { type: 'run' }>).job.firstSeed);
    expect(firstJobs).toEqual([0, 1]);
    workers[0]?.answerOldest();
    // The answered worker gets the next queued job at once: it still holds two.
    expect(workers.map((w) => w.pending.length)).toEqual([2, 2]);
    for (let i = 0; i < 3; i++) for (const w of workers) if (w.pending.length > 0) w.answerOldest();
    expect(workers.map((w) => w.pending.length)).toEqual([0, 0]);
    expect(seen.slice(-1)).toEqual([-1]);
    expect([...seen.slice(0, -1)].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('puts a more urgent batch ahead of queued jobs, and a cancelled batch is never heard from again', () => {
    const { p, workers } = pool(1);
    const sweep: number[] = [];
    const table: number[] = [];
    const batch = p.run([0, 1, 2, 3].map(job), 2, { onJob: (i) => sweep.push(i), onDone: () => sweep.push(-1), onError: () => undefined });
    p.run([10].map(job), 1, { onJob: (i, r: JobResult) => table.push(i + r.ms), onDone: () => table.push(-1), onError: () => undefined });
    batch.cancel();
    const w = workers[0] as FakeWorker;
    // The two sweep jobs already sent are answered and ignored; the table's job runs next.
    while (w.pending.length > 0) w.answerOldest();
    expect(sweep).toEqual([]);
    expect(table).toEqual([1, -1]);
  });
});
