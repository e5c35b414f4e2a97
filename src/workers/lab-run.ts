// The model lab's worker, the computation (lab.worker.ts runs it off the main thread): it keeps the scenario it was
// sent and answers each run with the games' samples, or says why it cannot.
import type { Scenario } from '../engine/index.ts';
import { playSamples } from '../lab/play-samples.ts';
import { LAB_PROTOCOL, isLabRequest, protocolError, type LabMessage } from './lab-protocol.ts';

export type LabWorkerState = { scenario: Scenario | null };

export function handleLabRequest(state: LabWorkerState, data: unknown, now: () => number = () => performance.now()): LabMessage | null {
  if (!isLabRequest(data)) return protocolError(data);
  if (data.type === 'scenario') {
    state.scenario = data.scenario;
    return null;
  }
  if (!state.scenario) return { type: 'error', version: LAB_PROTOCOL, id: data.id, message: 'the lab worker has no scenario yet' };
  const t0 = now();
  try {
    const samples = playSamples(state.scenario, data.job);
    return { type: 'result', version: LAB_PROTOCOL, id: data.id, samples, ms: now() - t0 };
  } catch (error) {
    return { type: 'error', version: LAB_PROTOCOL, id: data.id, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The buffers of a result, handed over rather than copied. */
export const transferables = (message: LabMessage): ArrayBuffer[] =>
  message.type === 'result' ? Object.values(message.samples).flatMap((s) => [s.values.buffer, s.incumbentKept.buffer]).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer) : [];
