// UI settings: language, motion, keyboard shortcuts. These are the only keys that persist between visits.
import type { StateCreator } from 'zustand';
import type { GameStore } from './store.ts';

export type Locale = 'en' | 'es';
/** 'user' follows the operating system's setting; 'always' reduces motion whatever the system says. */
export type MotionSetting = 'user' | 'always';

export type SettingsSlice = {
  readonly locale: Locale;
  readonly reducedMotion: MotionSetting;
  /** Single-key shortcuts (N, P, W, …) can be turned off (WCAG 2.1.4). */
  readonly shortcuts: boolean;
  setLocale: (locale: Locale) => void;
  setReducedMotion: (setting: MotionSetting) => void;
  setShortcuts: (on: boolean) => void;
};

export const LOCALES: readonly Locale[] = ['en', 'es'];

export function initialLocale(): Locale {
  const lang = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return lang.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export const createSettingsSlice: StateCreator<GameStore, [], [], SettingsSlice> = (set) => ({
  locale: initialLocale(),
  reducedMotion: 'user',
  shortcuts: true,
  setLocale: (locale) => set({ locale }),
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
  setShortcuts: (shortcuts) => set({ shortcuts }),
});
