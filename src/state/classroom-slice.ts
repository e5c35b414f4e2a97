// Runs that travel without accounts or servers: opening a shared run code (read-only debrief), joining a class
// link (a fixed set-up and a suggested pace), and the instructor's class view of many run codes.
// The decoders (zod, lz-string) load on first use, so the first screen does not wait for them.
import type { StateCreator } from 'zustand';
import type { ClassLink } from '../content/class-link.ts';
import type { RunList } from '../content/class-runs.ts';
import type { StoredClass } from '../content/class-run-store.ts';
import type { CodeProblem } from '../content/code-problem.ts';
import type { ContentMatch } from '../content/content-fingerprint.ts';
import type { GameSetup, StartPoint } from '../engine/index.ts';
import { readClassStore, writeClassStore, type ClassStoreProblem } from './class-runs-persist.ts';
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
  /** The runs on the class dashboard (kept across reloads) and the last batch's lines that could not be read. */
  readonly classRuns: RunList;
  /** The class the dashboard was opened for (from the class set-up), and its link code; null: no particular class. */
  readonly dashboardClass: { readonly link: ClassLink; readonly code: string } | null;
  /** Whether the stored list has been read back into classRuns since the page loaded. */
  readonly classRunsRestored: boolean;
  /** The stored list could not be read (it was set aside): shown on the dashboard until dismissed. */
  readonly classStoreProblem: ClassStoreProblem | null;
  /** False when storage refused to keep the list. */
  readonly classStoreWorks: boolean;
  /** Whether runs set apart from the class (another set-up) count in the class's charts and tables. */
  readonly includeApart: boolean;
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
  /** Reads a batch of codes (pasted, or a file's text with its name) and adds its runs to the list. */
  addClassRuns: (text: string, source?: string | null) => Promise<void>;
  removeClassRun: (n: number) => void;
  clearClassRuns: () => void;
  /** Reads the stored list back (once per page load). */
  restoreClassRuns: () => Promise<void>;
  /** Opens the dashboard, for the given class (its link and code) or for whatever runs are loaded. */
  openDashboard: (forClass?: { readonly link: ClassLink; readonly code: string }) => void;
  setIncludeApart: (include: boolean) => void;
  dismissClassStoreProblem: () => void;
};

const EMPTY: RunList = { runs: [], held: [], bad: [] };

function storedOf(list: RunList, dashboardClass: ClassroomSlice['dashboardClass']): StoredClass {
  return { runs: [...list.runs, ...list.held].sort((a, b) => a.n - b.n).map(({ code, via, source }) => ({ code, via, source })), classLink: dashboardClass?.code ?? null };
}

/** The one read of the stored list in progress or done (every caller waits for the same one). */
let restoring: Promise<void> | null = null;

export const createClassroomSlice: StateCreator<GameStore, [], [], ClassroomSlice> = (set, get) => ({
  classLink: null,
  classProblem: null,
  classContent: 'same',
  sharedContent: 'same',
  hashRunProblem: null,
  sharedNickname: null,
  readOnlyFrom: null,
  classRuns: EMPTY,
  dashboardClass: null,
  classRunsRestored: false,
  classStoreProblem: null,
  classStoreWorks: true,
  includeApart: false,
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
  addClassRuns: async (text, source = null) => {
    await get().restoreClassRuns();
    const { readRunList, addRunList } = await import('../content/class-runs.ts');
    const batch = readRunList(text, get().scenarios, { source, known: get().classRuns });
    const classRuns = addRunList(get().classRuns, batch);
    set({ classRuns });
    const works = await writeClassStore(storedOf(classRuns, get().dashboardClass));
    set({ classStoreWorks: works });
  },
  removeClassRun: (n) => {
    const { runs, held } = get().classRuns;
    const classRuns = { runs: runs.filter((r) => r.n !== n), held: held.filter((r) => r.n !== n), bad: [] };
    set({ classRuns });
    void writeClassStore(storedOf(classRuns, get().dashboardClass)).then((works) => set({ classStoreWorks: works }));
  },
  clearClassRuns: () => {
    set({ classRuns: EMPTY, dashboardClass: null });
    void writeClassStore({ runs: [], classLink: null });
  },
  restoreClassRuns: () => {
    if (restoring && get().classRunsRestored) return restoring;
    set({ classRunsRestored: true });
    restoring = (async () => {
      const { stored, problem } = await readClassStore();
      if (problem) set({ classStoreProblem: problem });
      if (!stored) return;
      const { readRunList, addRunList } = await import('../content/class-runs.ts');
      let list: RunList = EMPTY;
      for (const entry of stored.runs) list = addRunList(list, readRunList(entry.code, get().scenarios, { source: entry.source, known: list }));
      let dashboardClass = get().dashboardClass;
      if (!dashboardClass && stored.classLink) {
        const { readClassLink } = await import('../content/class-link.ts');
        const read = readClassLink(stored.classLink);
        if (read.ok) dashboardClass = { link: read.value, code: stored.classLink };
      }
      set({ classRuns: { ...list, bad: [] }, dashboardClass });
    })();
    return restoring;
  },
  openDashboard: (forClass) => {
    set({ screen: 'dashboard', game: null, actions: [], readOnly: false, readOnlyFrom: null, sharedNickname: null });
    if (forClass) {
      set({ dashboardClass: forClass });
      void get()
        .restoreClassRuns()
        .then(() => writeClassStore(storedOf(get().classRuns, get().dashboardClass)));
    }
  },
  setIncludeApart: (includeApart) => set({ includeApart }),
  dismissClassStoreProblem: () => set({ classStoreProblem: null }),
});
