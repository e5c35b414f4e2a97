// The one store. Slices: session (the game), settings (persisted), ui (transient). Only src/state imports zustand.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createAddressSlice, type AddressSlice } from './address-slice.ts';
import { createClassroomSlice, type ClassroomSlice } from './classroom-slice.ts';
import { autosave, createSaveSlice, type SaveSlice } from './save-slice.ts';
import { createSessionSlice, type SessionSlice } from './session-slice.ts';
import { createSettingsSlice, type SettingsSlice } from './settings-slice.ts';
import { forgivingStorage } from './storage.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';

export type GameStore = SessionSlice & SettingsSlice & UiSlice & ClassroomSlice & SaveSlice & AddressSlice;

export const SETTINGS_KEY = 'sexenio-settings';

export const useGameStore = create<GameStore>()(
  persist(
    (...a) => ({ ...createSessionSlice(...a), ...createSettingsSlice(...a), ...createUiSlice(...a), ...createClassroomSlice(...a), ...createSaveSlice(...a), ...createAddressSlice(...a) }),
    {
      name: SETTINGS_KEY,
      version: 1,
      storage: createJSONStorage(() => forgivingStorage),
      // Persistence policy: settings here; the game has its own versioned save (save-slice.ts), written below.
      partialize: (s) => ({ locale: s.locale, reducedMotion: s.reducedMotion, shortcuts: s.shortcuts }),
    },
  ),
);

// Autosave: after every decision and every year (each is a new game state), and when the screen changes.
useGameStore.subscribe((s, prev) => {
  if (s.game !== prev.game || s.screen !== prev.screen) autosave(s);
});

/** Back to a fresh store (tests). */
export function resetGameStore(): void {
  useGameStore.setState(useGameStore.getInitialState(), true);
}
