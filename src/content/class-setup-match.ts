// Which runs belong to the class: a run played with another set-up (scenario, start, theory, US posture, options,
// succession, two-team, model variant) or another class seed would read as luck if it were mixed in, so it is set apart and named.
// (A run with other model content cannot be replayed at all and is held apart by the reader; an older run whose
// content cannot be checked stays in the class, marked where it is shown.) The class's set-up is the class link's when the dashboard was opened for
// a class, else the most common one among the runs. Pure: no DOM.
import { variantKey } from '../engine/index.ts';
import type { ClassLink } from './class-link.ts';
import type { RunCode } from './run-code.ts';

/** Everything in a run's set-up that changes its results, except the seed (a class may give each student one). */
export function setupKey(run: Pick<RunCode, 'scenarioId' | 'scenarioVersion' | 'setup'>): string {
  const s = run.setup;
  return JSON.stringify([run.scenarioId, run.scenarioVersion, s.start, s.theory, s.usPosture, s.succession, [...s.allowedOptions].sort(), s.randomEvents, s.twoTeam, variantKey(s.variant)]);
}

export type ClassReference = {
  /** 'link': the class link the dashboard was opened from; 'common': the set-up most runs share; 'none': no runs yet. */
  readonly source: 'link' | 'common' | 'none';
  readonly key: string;
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  /** The class seed, or null when each student has their own. */
  readonly seed: number | null;
  /** An example set-up (for showing it), from the link or the most common run. */
  readonly setup: Omit<RunCode['setup'], 'seed' | 'priorities'> | null;
  readonly title: string | null;
};

export type ApartReason = 'setup' | 'seed';

type Placed = { readonly run: Pick<RunCode, 'scenarioId' | 'scenarioVersion' | 'setup'> };

/**
 * The class's set-up. Without a link: the most common set-up (ties go to the earliest run); its seed is the class
 * seed when more than half of those runs share one, otherwise each student is taken to have their own.
 */
export function classReference(link: ClassLink | null, runs: readonly Placed[]): ClassReference {
  if (link) {
    return { source: 'link', key: setupKey({ scenarioId: link.scenarioId, scenarioVersion: link.scenarioVersion, setup: { ...link.setup, seed: 0 } }), scenarioId: link.scenarioId, scenarioVersion: link.scenarioVersion, seed: link.seed, setup: link.setup, title: link.title ?? null };
  }
  if (runs.length === 0) return { source: 'none', key: '', scenarioId: '', scenarioVersion: 0, seed: null, setup: null, title: null };
  const counts = new Map<string, number>();
  for (const r of runs) counts.set(setupKey(r.run), (counts.get(setupKey(r.run)) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const r of runs) {
    const key = setupKey(r.run);
    const n = counts.get(key) ?? 0;
    if (n > bestCount) [best, bestCount] = [key, n];
  }
  const members = runs.filter((r) => setupKey(r.run) === best);
  const seeds = new Map<number, number>();
  for (const r of members) seeds.set(r.run.setup.seed, (seeds.get(r.run.setup.seed) ?? 0) + 1);
  const [topSeed, topCount] = [...seeds.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  const first = members[0]!.run;
  const { seed: _seed, priorities: _priorities, ...setup } = first.setup;
  return { source: 'common', key: best, scenarioId: first.scenarioId, scenarioVersion: first.scenarioVersion, seed: topCount * 2 > members.length ? topSeed : null, setup, title: null };
}

/** Why a run is set apart from the class, or null when it belongs. */
export function apartReason(placed: Placed, ref: ClassReference): ApartReason | null {
  if (ref.source === 'none') return null;
  if (setupKey(placed.run) !== ref.key) return 'setup';
  if (ref.seed !== null && placed.run.setup.seed !== ref.seed) return 'seed';
  return null;
}

export type SetupField = 'scenario' | 'start' | 'theory' | 'usPosture' | 'succession' | 'options' | 'randomEvents' | 'twoTeam' | 'variant' | 'seed';

/** Which parts of a run's set-up differ from the class's, so the dashboard can name them. */
export function setupDifferences(run: Pick<RunCode, 'scenarioId' | 'scenarioVersion' | 'setup'>, ref: ClassReference): SetupField[] {
  const c = ref.setup;
  if (!c) return [];
  const s = run.setup;
  const fields: [SetupField, boolean][] = [
    ['scenario', run.scenarioId !== ref.scenarioId || run.scenarioVersion !== ref.scenarioVersion],
    ['start', s.start !== c.start],
    ['theory', s.theory !== c.theory],
    ['usPosture', s.usPosture !== c.usPosture],
    ['succession', s.succession !== c.succession],
    ['options', [...s.allowedOptions].sort().join() !== [...c.allowedOptions].sort().join()],
    ['randomEvents', s.randomEvents !== c.randomEvents],
    ['twoTeam', s.twoTeam !== c.twoTeam],
    ['variant', variantKey(s.variant) !== variantKey(c.variant)],
    ['seed', ref.seed !== null && s.seed !== ref.seed],
  ];
  return fields.filter(([, differs]) => differs).map(([field]) => field);
}
