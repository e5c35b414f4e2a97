// Tells the LMS how the learner's game goes, from the store: "incomplete" from the start and "completed" at the
// debrief, each decision and event answer as an interaction, the game in cmi.suspend_data (so the attempt resumes),
// the run code in cmi.comments for the instructor once the game is finished, and a commit after each of these.
// A shared run opened read-only is someone else's game and is never reported.
import type { GameState, Scenario } from '../engine/index.ts';
import { encodeRunCode, runCodeOf } from '../content/run-code.ts';
import { isSavedScreen } from '../content/save-write.ts';
import type { useGameStore } from '../state/store.ts';
import { interactionsOf, type GameInteraction } from './game-interactions.ts';
import type { ScormSession } from './scorm-api.ts';
import { cmiTime, MAX_CMI_STRING } from './scorm-values.ts';
import { suspendDataOf } from './suspend-data.ts';

export type GameStoreApi = Pick<typeof useGameStore, 'getState' | 'subscribe'>;

export type ReporterOptions = {
  /** Interactions the LMS already has for the game being resumed (written in an earlier session). */
  readonly alreadyReported?: readonly GameInteraction[];
  readonly now?: () => Date;
};

const DONE = new Set(['completed', 'passed', 'failed']);

/**
 * The comment for the instructor: the bare run code (it names itself, SX…), so it pastes straight into the class
 * dashboard; with the learner's reasoning, or without it when that would be too long.
 */
export function runCodeComment(scenario: Scenario, game: GameState): string | null {
  for (const includeReasoning of [true, false]) {
    const comment = encodeRunCode(runCodeOf(scenario, game, { includeReasoning }), scenario);
    if (comment.length <= MAX_CMI_STRING) return comment;
  }
  return null;
}

const keyOf = (i: GameInteraction): string => `${i.id}=${i.response}`;

/** Starts reporting; returns the unsubscribe function. */
export function startScormReporter(session: ScormSession, store: GameStoreApi, options: ReporterOptions = {}): () => void {
  const now = options.now ?? (() => new Date());
  const reported = new Set((options.alreadyReported ?? []).map(keyOf));
  const count = Number(session.get('cmi.interactions._count'));
  let nextIndex = Number.isInteger(count) && count >= 0 ? count : 0;
  let status = session.get('cmi.core.lesson_status') ?? '';
  let comments = session.get('cmi.comments') ?? '';
  let suspendData = session.get('cmi.suspend_data') ?? '';

  if (!DONE.has(status) && status !== 'incomplete' && session.set('cmi.core.lesson_status', 'incomplete')) status = 'incomplete';

  const writeInteraction = (item: GameInteraction, time: string): boolean => {
    const n = `cmi.interactions.${nextIndex}`;
    const ok = session.set(`${n}.id`, item.id) && session.set(`${n}.type`, 'choice') && session.set(`${n}.student_response`, item.response) && session.set(`${n}.time`, time);
    nextIndex++;
    return ok;
  };

  /** Writes what is new; true when anything was written. */
  const report = (): boolean => {
    const { game, scenario, screen, readOnly } = store.getState();
    if (!game || !scenario || readOnly || !session.isOpen) return false;
    let wrote = false;
    const items = interactionsOf(game);
    // A new game starts with no choices: its ids may repeat the last game's, and are reported again.
    if (items.length === 0) reported.clear();
    const time = cmiTime(now());
    for (const item of items) {
      if (reported.has(keyOf(item))) continue;
      reported.add(keyOf(item));
      wrote = writeInteraction(item, time) || wrote;
    }
    if (isSavedScreen(screen)) {
      const data = suspendDataOf(scenario, game, screen, now().toISOString());
      if (data !== null && data !== suspendData && session.set('cmi.suspend_data', data)) {
        suspendData = data;
        wrote = true;
      }
    }
    if (game.phase === 'finished') {
      if (!DONE.has(status) && session.set('cmi.core.lesson_status', 'completed')) {
        status = 'completed';
        wrote = true;
      }
      const comment = runCodeComment(scenario, game);
      if (comment !== null && !comments.includes(comment) && session.set('cmi.comments', comment)) {
        comments = comment;
        wrote = true;
      }
    }
    return wrote;
  };

  if (report() || status === 'incomplete') session.commit();
  return store.subscribe((s, prev) => {
    if (s.game === prev.game && s.screen === prev.screen && s.readOnly === prev.readOnly) return;
    if (report()) session.commit();
  });
}
