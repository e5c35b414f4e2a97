// The game inside an LMS: opens the SCORM session, reopens the attempt's game from cmi.suspend_data when the LMS
// resumes an attempt, reports from then on, and closes the session when the page goes away. Loaded only when an
// LMS's API was found, so the game outside an LMS carries none of this.
import { keepPreviousSave } from '../state/save-slice.ts';
import { useGameStore } from '../state/store.ts';
import { interactionsOf, type GameInteraction } from './game-interactions.ts';
import { ScormSession, type Scorm12Api } from './scorm-api.ts';
import { startScormReporter } from './scorm-reporter.ts';
import { cmiTimespan } from './scorm-values.ts';
import { unpackSuspendData } from './suspend-data.ts';

/** Reopens the attempt's game from the LMS; returns the interactions the LMS already has for it. */
async function resumeAttempt(session: ScormSession): Promise<readonly GameInteraction[]> {
  if (session.get('cmi.core.entry') === 'ab-initio') return [];
  const data = unpackSuspendData(session.get('cmi.suspend_data'));
  if (data.kind === 'empty') return [];
  const problem = data.kind === 'save' ? await useGameStore.getState().importSave(data.text) : ({ reason: 'not-a-save' } as const);
  if (problem === null) {
    const { game } = useGameStore.getState();
    return game ? interactionsOf(game) : [];
  }
  // What cannot be opened is shown with its reason and kept for download, as an unreadable browser save is; the
  // browser's own save is kept one step back first, since starting anew from that screen clears it.
  keepPreviousSave();
  useGameStore.setState({ saveProblem: { problem, text: data.text } });
  return [];
}

export type LmsConnection = { readonly session: ScormSession; readonly stop: () => void };

/**
 * Opens the session. `resume` is false when the address opens something else (a shared run): the LMS's game then
 * waits, untouched, for the next launch. Null when the LMS refuses to initialize: the game then runs as it does
 * outside an LMS.
 */
export async function connectLms(api: Scorm12Api, win: Window, resume: boolean): Promise<LmsConnection | null> {
  const session = new ScormSession(api);
  if (!session.initialize()) return null;
  const started = Date.now();
  const already = resume ? await resumeAttempt(session) : [];
  const unsubscribe = startScormReporter(session, useGameStore, { alreadyReported: already });
  const hidden = () => {
    if (win.document.visibilityState === 'hidden') session.commit();
  };
  const stop = () => {
    unsubscribe();
    win.removeEventListener('pagehide', stop);
    win.document.removeEventListener('visibilitychange', hidden);
    // Suspend: the LMS keeps the suspend data and reopens the attempt where it was, finished or not.
    session.set('cmi.core.exit', 'suspend');
    session.set('cmi.core.session_time', cmiTimespan(Date.now() - started));
    session.commit();
    session.finish();
  };
  win.addEventListener('pagehide', stop);
  win.document.addEventListener('visibilitychange', hidden);
  return { session, stop };
}
