// Transient interface state: the "why" panel, auto-play, the pages shown over a screen and the message for the live
// region. Never persisted.
import type { StateCreator } from 'zustand';
import type { GameStore } from './store.ts';

export type Announcement = { readonly text: string; readonly id: number };

export type UiSlice = {
  readonly whyOpen: boolean;
  /** Off until the player turns it on: a year never turns by itself unasked. */
  readonly autoPlay: boolean;
  readonly announcement: Announcement;
  /** "How the model works" is shown over the current screen, which stays mounted (and paused) underneath. */
  readonly modelOpen: boolean;
  setModelOpen: (open: boolean) => void;
  /** "What happened next" (the real course after 2012) is shown the same way, over the title or the final debrief. */
  readonly historyOpen: boolean;
  setHistoryOpen: (open: boolean) => void;
  /** The model lab is shown the same way, over whatever page was on screen (the model page or the instructors' area). */
  readonly labOpen: boolean;
  setLabOpen: (open: boolean) => void;
  /** The lab's changed assumptions (parameter name → value); empty for the standard model. Kept while the page runs. */
  readonly labVariant: Readonly<Record<string, number>>;
  setLabVariant: (variant: Readonly<Record<string, number>>) => void;
  setWhyOpen: (open: boolean) => void;
  setAutoPlay: (on: boolean) => void;
  announce: (text: string) => void;
};

export const createUiSlice: StateCreator<GameStore, [], [], UiSlice> = (set) => ({
  whyOpen: false,
  autoPlay: false,
  announcement: { text: '', id: 0 },
  modelOpen: false,
  setModelOpen: (modelOpen) => set({ modelOpen }),
  historyOpen: false,
  setHistoryOpen: (historyOpen) => set({ historyOpen }),
  labOpen: false,
  setLabOpen: (labOpen) => set({ labOpen }),
  labVariant: {},
  setLabVariant: (labVariant) => set({ labVariant }),
  setWhyOpen: (whyOpen) => set({ whyOpen }),
  setAutoPlay: (autoPlay) => set({ autoPlay }),
  announce: (text) => set((s) => ({ announcement: { text, id: s.announcement.id + 1 } })),
});
