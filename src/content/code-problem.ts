// What can be wrong with a run code or a class link, in data and in plain English. Few dependencies, so the
// interface can name problems without loading the decoders (they load with the screens that need them).
import { describeVariantProblem, type VariantProblem } from './variant-problem.ts';

/** Codes longer than this are refused before anything is unpacked. */
export const MAX_CODE_CHARS = 20_000;
/** Unpacked JSON longer than this is refused (lz-string can expand a small code a lot). */
export const MAX_JSON_CHARS = 200_000;

export type CodeKind = 'run' | 'class';
export const PREFIX: Readonly<Record<CodeKind, string>> = { run: 'SX', class: 'SXC' };
/** The version each kind of code is written in now (older ones are migrated when read). */
export const CODE_VERSION: Readonly<Record<CodeKind, number>> = { run: 3, class: 2 };

/** How a code starts today, e.g. "SX3.". */
export function codeStart(kind: CodeKind): string {
  return `${PREFIX[kind]}${CODE_VERSION[kind]}.`;
}

export type CodeProblem =
  | { readonly reason: 'empty'; readonly kind: CodeKind }
  | { readonly reason: 'too-long'; readonly kind: CodeKind; readonly size: number }
  | { readonly reason: 'not-a-code'; readonly kind: CodeKind }
  | { readonly reason: 'wrong-kind'; readonly kind: CodeKind }
  | { readonly reason: 'newer-version'; readonly kind: CodeKind; readonly version: number; readonly current: number }
  | { readonly reason: 'old-version'; readonly kind: CodeKind; readonly version: number }
  | { readonly reason: 'damaged'; readonly kind: CodeKind }
  | { readonly reason: 'invalid'; readonly kind: CodeKind; readonly detail: string }
  | { readonly reason: 'wrong-scenario'; readonly kind: CodeKind; readonly scenarioId: string }
  | { readonly reason: 'scenario-version'; readonly kind: CodeKind; readonly codeVersion: number; readonly version: number }
  /** Made with other model content (its fingerprint differs from this copy's): it would not be the same game. */
  | { readonly reason: 'other-content'; readonly kind: CodeKind; readonly codeContent: string; readonly content: string }
  | { readonly reason: 'unknown-id'; readonly kind: CodeKind; readonly what: 'theory' | 'usPosture' | 'option' | 'start'; readonly id: string }
  | { readonly reason: 'replay-failed'; readonly kind: CodeKind; readonly detail: string }
  /** Its model variant does not fit this copy's parameters (an unknown name, or a value outside its range). */
  | { readonly reason: 'variant'; readonly kind: CodeKind; readonly problem: VariantProblem };

const NOUN: Record<CodeKind, string> = { run: 'run code', class: 'class link' };

/** The problem in plain English (the interface shows the translated text from classroom.problem.*). */
export function describeProblem(p: CodeProblem): string {
  const noun = NOUN[p.kind];
  const prefix = codeStart(p.kind);
  switch (p.reason) {
    case 'empty':
      return `Nothing to open: paste a ${noun} (it starts with “${prefix}”).`;
    case 'too-long':
      return `This ${noun} is ${Math.ceil(p.size / 1000)} KB; codes are at most ${MAX_CODE_CHARS / 1000} KB. Several codes may have been pasted together.`;
    case 'not-a-code':
      return `This is not a Sexenio ${noun}: it should start with “${prefix}”.`;
    case 'wrong-kind':
      return p.kind === 'run' ? 'This is a class link, not a run code: open it as a class link.' : 'This is a run code, not a class link: paste it into “Open a shared run”.';
    case 'newer-version':
      return `This ${noun} was made by a newer version of Sexenio (code version ${p.version}; this copy reads up to ${p.current}). Open it in the current version of the game.`;
    case 'old-version':
      return `This ${noun} comes from an early test version of Sexenio (code version ${p.version}) that can no longer be opened.`;
    case 'damaged':
      return `This ${noun} is damaged or cut off: its check does not match. Copy it again in full.`;
    case 'invalid':
      return `This ${noun} unpacked, but its contents are not valid (${p.detail}). It may have been edited by hand.`;
    case 'wrong-scenario':
      return `This ${noun} is for the scenario “${p.scenarioId}”, which this copy of Sexenio does not have.`;
    case 'scenario-version':
      return `This ${noun} was made with version ${p.codeVersion} of the scenario; this copy has version ${p.version}, so it would not replay the same.`;
    case 'other-content':
      return `This ${noun} was made with other model content than this copy of Sexenio has (its numbers, rules or events differ: content ${p.codeContent} in the ${noun}, ${p.content} here), so it would not ${p.kind === 'run' ? 'replay as the same game' : 'set up the same game'}.`;
    case 'unknown-id':
      return `This ${noun} names a ${p.what === 'usPosture' ? 'US posture' : p.what} (“${p.id}”) that the scenario does not have.`;
    case 'replay-failed':
      return `This run could not be replayed: ${p.detail}`;
    case 'variant':
      return `This ${noun} sets a model variant that this copy of Sexenio cannot play: ${describeVariantProblem(p.problem)}.`;
  }
}

