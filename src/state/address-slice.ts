// Following the address: the instructor pages (#instructors, #class-setup, #dashboard) are read from it at start and
// when Back or Forward change it; shared runs and class links (#run=, #class=) open as before. The class set-up can be
// filled in from a class link (its address, or "Edit this class" on a class link's title screen) to make a new one.
import type { StateCreator } from 'zustand';
import type { ClassLink } from '../content/class-link.ts';
import type { CodeProblem } from '../content/code-problem.ts';
import { isInstructorPage, readAddress } from './address.ts';
import type { GameStore } from './store.ts';

/** What the class set-up starts from: a class link to edit, or a blank set-up; `id` changes with every new start. */
export type ClassDraft = { readonly link: ClassLink | null; readonly problem: CodeProblem | null; readonly id: number };

export type AddressSlice = {
  /** An address the game could not read (shortened for the message), or null. */
  readonly addressProblem: string | null;
  readonly classDraft: ClassDraft;
  /** Shows the page the address names; never throws (an unreadable hash leaves a message on the title). */
  openAddress: (hash: string) => Promise<void>;
  /**
   * Opens the class set-up filled in from a class link (an object, or a code or address to read; null: blank).
   * A code that cannot be read opens a blank set-up that says why, or with `keepOnProblem` (a link pasted into the
   * set-up) changes nothing and only returns why.
   */
  editClass: (source: ClassLink | string | null, keepOnProblem?: boolean) => Promise<CodeProblem | null>;
  dismissAddressProblem: () => void;
};

export const createAddressSlice: StateCreator<GameStore, [], [], AddressSlice> = (set, get) => ({
  addressProblem: null,
  classDraft: { link: null, problem: null, id: 0 },
  openAddress: async (hash) => {
    const address = readAddress(hash);
    const { screen, showInstructorScreen, openFromHash } = get();
    const onInstructorPage = isInstructorPage(screen);
    // The title says when an address names nothing; a game or a shared run on screen is left as it is, unannounced.
    const onTitle = screen === 'title' || onInstructorPage;
    set({ addressProblem: address.kind === 'unknown' && onTitle ? address.shown : null });
    // An address that names a page, a run or a class is what the reader wants to see: the model page and the lab,
    // which open over every screen, close.
    if (address.kind === 'page' || address.kind === 'run' || address.kind === 'class') {
      get().setLabOpen(false);
      get().setModelOpen(false);
    }
    switch (address.kind) {
      case 'page':
        if (address.page === 'class-setup' && address.classCode !== null) await get().editClass(address.classCode);
        else if (screen !== address.page) showInstructorScreen(address.page);
        return;
      case 'run':
      case 'class':
        if (onInstructorPage) showInstructorScreen('title');
        await openFromHash(hash);
        return;
      case 'none':
      case 'unknown':
        if (onInstructorPage) showInstructorScreen('title');
        return;
    }
  },
  editClass: async (source, keepOnProblem = false) => {
    let link: ClassLink | null = null;
    let problem: CodeProblem | null = null;
    if (typeof source === 'string') {
      const { readClassLink, checkClassLink } = await import('../content/class-link.ts');
      const read = readClassLink(source);
      const checked = read.ok ? checkClassLink(read.value, get().scenarios) : read;
      if (read.ok && checked.ok) link = read.value;
      else if (!checked.ok) problem = checked.error;
    } else {
      link = source;
    }
    if (problem && keepOnProblem) return problem;
    get().showInstructorScreen('class-setup');
    set((s) => ({ classDraft: { link, problem, id: s.classDraft.id + 1 } }));
    return problem;
  },
  dismissAddressProblem: () => set({ addressProblem: null }),
});
