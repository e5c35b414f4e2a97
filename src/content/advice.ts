// Which advice an advisor gives on a strategy: the sub-choice's own (C+LE) where there is one, else the option's.
import type { AdviceDef, AdvisorDef, OptionDef } from '../engine/index.ts';

export function adviceFor(advisor: AdvisorDef, option: OptionDef, strategy: string | null): AdviceDef | undefined {
  return (strategy ? advisor.advice[strategy] : undefined) ?? advisor.advice[option.id];
}
