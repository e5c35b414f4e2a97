// What can be wrong with a save, in data and in plain English. Few dependencies, so the interface can show a
// problem without loading the reader (which brings zod).
import { describeVariantProblem, type VariantProblem } from './variant-problem.ts';

export type SaveProblem =
  | { readonly reason: 'empty' }
  | { readonly reason: 'too-large'; readonly size: number }
  | { readonly reason: 'not-json' }
  | { readonly reason: 'not-a-save' }
  | { readonly reason: 'newer-version'; readonly version: number; readonly current: number }
  | { readonly reason: 'old-version'; readonly version: number }
  | { readonly reason: 'edited' }
  | { readonly reason: 'invalid'; readonly detail: string }
  | { readonly reason: 'wrong-scenario'; readonly scenarioId: string }
  | { readonly reason: 'scenario-version'; readonly saveVersion: number; readonly version: number }
  | { readonly reason: 'other-content'; readonly saveContent: string; readonly content: string }
  | { readonly reason: 'unknown-id'; readonly what: 'theory' | 'usPosture' | 'option' | 'start'; readonly id: string }
  | { readonly reason: 'replay-failed'; readonly detail: string }
  | { readonly reason: 'replay-differs' }
  | { readonly reason: 'variant'; readonly problem: VariantProblem };

export function describeSaveProblem(p: SaveProblem): string {
  switch (p.reason) {
    case 'empty':
      return 'The save is empty.';
    case 'too-large':
      return `The file is ${Math.ceil(p.size / 1000)} KB; a Sexenio save is a few KB, so this is not one.`;
    case 'not-json':
      return 'The save is not readable: it is not JSON text. It may be damaged or cut off.';
    case 'not-a-save':
      return 'This is not a Sexenio save file.';
    case 'newer-version':
      return `The save was made by a newer version of Sexenio (save version ${p.version}; this copy reads up to ${p.current}).`;
    case 'old-version':
      return `The save comes from an early version of Sexenio (save version ${p.version}) that can no longer be opened.`;
    case 'edited':
      return 'The save was changed outside the game: its check does not match its contents.';
    case 'invalid':
      return `The save is not valid (${p.detail}).`;
    case 'wrong-scenario':
      return `The save is for the scenario “${p.scenarioId}”, which this copy of Sexenio does not have.`;
    case 'scenario-version':
      return `The save was made with version ${p.saveVersion} of the scenario; this copy has version ${p.version}, so the game would not continue the same.`;
    case 'other-content':
      return `The save was made with other model content than this copy of Sexenio has (its numbers, rules or events differ: content ${p.saveContent} in the save, ${p.content} here), so the game would not continue the same way.`;
    case 'unknown-id':
      return `The save names a ${p.what === 'usPosture' ? 'US posture' : p.what} (“${p.id}”) that the scenario does not have.`;
    case 'replay-failed':
      return `The saved game could not be replayed: ${p.detail}`;
    case 'replay-differs':
      return 'Replaying the save does not reach the same point it recorded, so its future would not be the same.';
    case 'variant':
      return `The save plays a model variant that this copy of Sexenio cannot play: ${describeVariantProblem(p.problem)}.`;
  }
}
