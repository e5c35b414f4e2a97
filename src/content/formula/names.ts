// What the names in a scenario's formulas can refer to, gathered from the scenario itself.
import type { Namespace } from '../../engine/facts.ts';

export type FormulaNames = {
  readonly scores: ReadonlySet<string>;
  readonly params: ReadonlySet<string>;
  /** Named formulas (the scenario's `formulas`): a name stands for its formula wherever it is used. */
  readonly formulas: ReadonlyMap<string, string>;
  readonly ids: Readonly<Record<Namespace, ReadonlySet<string>>>;
};

type NamedSource = {
  readonly scores: readonly { readonly id: string }[];
  readonly formulas?: Readonly<Record<string, string>> | undefined;
  readonly params: Readonly<Record<string, number>>;
  readonly theories: readonly { readonly params: Readonly<Record<string, number>> }[];
  readonly usPostures: readonly { readonly params: Readonly<Record<string, number>> }[];
  readonly randomChannels: readonly string[];
  readonly usLevers: readonly { readonly id: string }[];
  readonly events: readonly { readonly id: string; readonly sets?: readonly string[] | undefined; readonly choice?: { readonly options: readonly { readonly sets?: readonly string[] | undefined }[] } | undefined }[];
};

export function formulaNames(s: NamedSource): FormulaNames {
  const scores = new Set(s.scores.map((x) => x.id));
  return {
    scores,
    formulas: new Map(Object.entries(s.formulas ?? {})),
    params: new Set([...Object.keys(s.params), ...s.theories.flatMap((t) => Object.keys(t.params)), ...s.usPostures.flatMap((t) => Object.keys(t.params))]),
    ids: {
      flag: new Set(s.events.flatMap((e) => [...(e.sets ?? []), ...(e.choice?.options.flatMap((c) => c.sets ?? []) ?? [])])),
      event: new Set(s.events.map((e) => e.id)),
      lever: new Set(s.usLevers.map((l) => l.id)),
      score: scores,
      channel: new Set(s.randomChannels),
    },
  };
}
