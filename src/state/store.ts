// The one store. Slices: session (the game), settings (persisted), ui (transient). Only src/state imports zustand.
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createClassroomSlice, type ClassroomSlice } from './classroom-slice.ts';
import { createSessionSlice, type SessionSlice } from './session-slice.ts';
import { createSettingsSlice, type SettingsSlice } from './settings-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';

export type GameStore = SessionSlice & SettingsSlice & UiSlice & ClassroomSlice;

const memory = new Map<string, string>();
const memoryStorage: StateStorage = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
  removeItem: (k) => void memory.delete(k),
};

function browserStorage(): StateStorage {
  try {
    return typeof localStorage === 'undefined' ? memoryStorage : localStorage;
  } catch {
    return memoryStorage;
  }
}

export const SETTINGS_KEY = 'sexenio-settings';

export const useGameStore = create<GameStore>()(
  persist(
    (...a) => ({ ...createSessionSlice(...a), ...createSettingsSlice(...a), ...createUiSlice(...a), ...createClassroomSlice(...a) }),
    {
      name: SETTINGS_KEY,
      version: 1,
      storage: createJSONStorage(browserStorage),
      // Persistence policy: settings only. The game itself is not saved yet.
      partialize: (s) => ({ locale: s.locale, reducedMotion: s.reducedMotion, shortcuts: s.shortcuts }),
    },
  ),
);

/** Back to a fresh store (tests). */
export function resetGameStore(): void {
  useGameStore.setState(useGameStore.getInitialState(), true);
}
