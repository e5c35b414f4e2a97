// Runs that travel without accounts or servers: opening a shared run code (read-only debrief), joining a class
// link (a fixed set-up and a suggested pace), and the instructor's class view of many run codes.
// The decoders (zod, lz-string) load on first use, so the first screen does not wait for them.
import type { StateCreator } from 'zustand';
import type { ClassLink } from '../content/class-link.ts';
import type { RunList } from '../content/class-runs.ts';
import type { CodeProblem } from '../content/code-problem.ts';
import type { ContentMatch } from '../content/content-fingerprint.ts';
import type { GameSetup, StartPoint } from '../engine/index.ts';
import { randomSeed, type Screen } from './session-slice.ts';
import type { GameStore } from './store.ts';

export type InstructorScreen = Extract<Screen, 'instructors' | 'class-setup' | 'dashboard'>;

export type ClassroomSlice = {
  /** The class this browser joined through a class link; its set-up replaces the title screen's settings. */
  readonly classLink: ClassLink | null;
  /** Why the last class link did not open. */
  readonly classProblem: CodeProblem | null;
  /** Whether this copy has the model content the class link was made with (the banner says so when it has not). */
  readonly classContent: ContentMatch;
  /** For the shared run on screen: 'unverified' when its code is older than content fingerprints. */
  readonly sharedContent: ContentMatch;
  /** Why a run code in the address (#run=…) did not open. */
  readonly hashRunProblem: CodeProblem | null;
  /** The nickname of the shared run on screen (read-only), and where "back" goes. */
  readonly sharedNickname: string | null;
  readonly readOnlyFrom: 'title' | 'dashboard' | null;
  /** The instructor's pasted codes and what was read from them. */
  readonly classText: string;
  readonly classRuns: RunList;
  /** Opens a run code as a read-only debrief; resolves to why it cannot, or null. */
  openRun: (code: string, from?: 'title' | 'dashboard') => Promise<CodeProblem | null>;
  /** Back from a read-only debrief to where it was opened. */
  closeSharedRun: () => void;
  openClassLink: (code: string) => Promise<CodeProblem | null>;
  leaveClass: () => void;
  /** Reads `#run=` or `#class=` from the address. */
  openFromHash: (hash: string) => Promise<void>;
  /** Starts a game with the class set-up when there is one, otherwise with the given choices. */
  startConfiguredGame: (start: StartPoint, seed: number | undefined, setup: Partial<GameSetup>) => void;
  showInstructorScreen: (screen: InstructorScreen | 'title') => void;
  loadClassRuns: (text: string) => Promise<void>;
};

const EMPTY: RunList = { runs: [], bad: [] };

export const createClassroomSlice: StateCreator<GameStore, [], [], ClassroomSlice> = (set, get) => ({
  classLink: null,
  classProblem: null,
  classContent: 'same',
  sharedContent: 'same',
  hashRunProblem: null,
  sharedNickname: null,
  readOnlyFrom: null,
  classText: '',
  classRuns: EMPTY,
  openRun: async (code, from = 'title') => {
    const { openRunCode } = await import('../content/run-code.ts');
    const opened = openRunCode(code, get().scenarios);
    if (!opened.ok) return opened.error;
    const { scenario, state, actions, run, content } = opened.value;
    set({ scenario, game: state, actions, screen: 'debrief', readOnly: true, readOnlyFrom: from, sharedNickname: run.nickname ?? null, sharedContent: content, hashRunProblem: null, lastError: null, whyOpen: false, historyOpen: false, autoPlay: false });
    return null;
  },
  closeSharedRun: () => {
    const { readOnlyFrom, scenarios } = get();
    if (typeof window !== 'undefined' && /^#run=/.test(window.location.hash)) history.replaceState(null, '', window.location.pathname + window.location.search);
    set({ game: null, actions: [], readOnly: false, readOnlyFrom: null, sharedNickname: null, scenario: scenarios[0] ?? null, screen: readOnlyFrom === 'dashboard' ? 'dashboard' : 'title' });
  },
  openClassLink: async (code) => {
    const { readClassLink, checkClassLink } = await import('../content/class-link.ts');
    const read = readClassLink(code);
    if (!read.ok) {
      set({ classProblem: read.error });
      return read.error;
    }
    const checked = checkClassLink(read.value, get().scenarios);
    if (!checked.ok) {
      set({ classProblem: checked.error });
      return checked.error;
    }
    set({ classLink: read.value, classProblem: null, classContent: checked.value.content, scenario: checked.value.scenario });
    return null;
  },
  leaveClass: () => {
    set({ classLink: null, classProblem: null, classContent: 'same' });
    if (typeof window !== 'undefined' && /^#class=/.test(window.location.hash)) history.replaceState(null, '', window.location.pathname + window.location.search);
  },
  openFromHash: async (hash) => {
    const run = /^#run=(.+)$/.exec(hash);
    const cls = /^#class=(.+)$/.exec(hash);
    if (run?.[1]) {
      const problem = await get().openRun(run[1]);
      if (problem) set({ hashRunProblem: problem });
    } else if (cls?.[1]) {
      await get().openClassLink(cls[1]);
    }
  },
  startConfiguredGame: (start, seed, setup) => {
    const { classLink, startGame } = get();
    if (classLink) {
      const { setup: fixed, seed: classSeed } = classLink;
      startGame(fixed.start, classSeed ?? randomSeed(), { ...fixed, allowedOptions: [...fixed.allowedOptions] });
    } else {
      startGame(start, seed, setup);
    }
  },
  // A fresh visit to the class set-up starts blank (editClass fills it in from a link right after).
  showInstructorScreen: (screen) =>
    set((s) => ({ screen, game: null, actions: [], readOnly: false, readOnlyFrom: null, sharedNickname: null, ...(screen === 'class-setup' && s.screen !== 'class-setup' ? { classDraft: { link: null, problem: null, id: s.classDraft.id + 1 } } : {}) })),
  loadClassRuns: async (text) => {
    const { readRunList } = await import('../content/class-runs.ts');
    set({ classText: text, classRuns: readRunList(text, get().scenarios) });
  },
});
