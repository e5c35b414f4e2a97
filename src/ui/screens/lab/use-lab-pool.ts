// The lab's workers, one per core, started on the first run and stopped when the lab closes.
import { useEffect, useState } from 'react';
import type { Scenario } from '../../../engine/index.ts';
import { LabPool } from '../../../workers/lab-pool.ts';

/** The pool, or null where the browser has no workers. */
export function useLabPool(scenario: Scenario): LabPool | null {
  const [pool] = useState(() => (typeof Worker === 'undefined' ? null : new LabPool(scenario)));
  useEffect(() => () => pool?.dispose(), [pool]);
  return pool;
}
